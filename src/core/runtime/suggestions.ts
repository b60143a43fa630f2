// "Did you mean: 'x'?" for NameError and AttributeError (Python/suggestions.c, 3.10+), and
// 3.12's "Did you forget to import 'sys'?".

import { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import { PyStr } from '../objects/atoms';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** CPython's levenshtein_distance with case-aware costs and a cutoff. */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i * MOVE_COST);
  for (let i = 1; i <= a.length; i++) {
    const next = [i * MOVE_COST];
    let min = next[0];
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(row[j] + MOVE_COST, next[j - 1] + MOVE_COST, row[j - 1] + substitutionCost(a[i - 1], b[j - 1]));
      next.push(v);
      min = Math.min(min, v);
    }
    if (min > maxCost) return maxCost + 1;
    row = next;
  }
  return row[b.length];
}

export function bestMatch(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const maxCost = Math.floor(((name.length + c.length + 3) * MOVE_COST) / 6);
    const d = distance(name, c, Math.min(maxCost, bestDistance - 1));
    if (d <= maxCost && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const STDLIB = new Set(['sys', 'os', 'gc', 'math', 'time', 'threading', 'random', 'json', 're', 'weakref', 'collections', 'itertools', 'functools', 'copy']);

export function suggestName(vm: VM, exc: PyExceptionObj): string {
  const missing = (exc as PyExceptionObj & { missingName?: string }).missingName;
  if (exc.type.name !== 'NameError' || !missing) return '';
  const frame = (exc as PyExceptionObj & { missingScope?: string[] }).missingScope ?? [];
  const candidates = [...frame];
  for (const e of vm.builtins.items()) candidates.push((e.key as PyStr).value);
  const match = bestMatch(missing, candidates);
  if (match) return `. Did you mean: '${match}'?`;
  if (vm.options.version.version !== '3.11' && STDLIB.has(missing)) return `. Did you forget to import '${missing}'?`;
  return '';
}
