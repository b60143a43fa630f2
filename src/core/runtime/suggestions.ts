// "Did you mean: 'x'?" for NameError and AttributeError (Python/suggestions.c, 3.10+), and
// 3.12's "Did you forget to import 'sys'?".

import { cpythonBuiltinNames, isStdlibModuleName } from './cpython-names';
import { PyExceptionObj, PyTraceback } from '../objects/instances';
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyCell } from '../objects/callables';
import { dirNames } from './dir';
import type { VM } from '../vm/vm';
import { PyStr } from '../objects/atoms';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

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

export function suggestName(vm: VM, exc: PyExceptionObj): string {
  if (exc.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) return suggestAttribute(vm, exc);
  const missing = (exc as PyExceptionObj & { missingName?: string }).missingName;
  if (exc.type.name !== 'NameError' || !missing) return '';
  const printer = vm.options.version.nameErrorSuggestions;
  if (printer === 'traceback-py' && (exc as PyExceptionObj & { selfHasName?: boolean }).selfHasName) return `. Did you mean: 'self.${missing}'?`;
  const frame = (exc as PyExceptionObj & { missingScope?: string[] }).missingScope ?? [];
  const candidates = [...frame];
  for (const e of vm.builtins.items()) candidates.push((e.key as PyStr).value);
  // CPython's builtins the simulator lacks (copyright, open…) are candidates there too.
  for (const name of cpythonBuiltinNames(vm.options.version.version)) if (!vm.builtins.getStr(name)) candidates.push(name);
  const match = bestMatch(missing, candidates);
  // 3.12+ (traceback.py): a name of the standard library's modules also gets "forget to import".
  const stdlib = printer === 'traceback-py' && isStdlibModuleName(vm.options.version.version, missing);
  if (match) return `. Did you mean: '${match}'?${stdlib ? ` Or did you forget to import '${missing}'?` : ''}`;
  if (stdlib) return `. Did you forget to import '${missing}'?`;
  return '';
}

/**
 * An AttributeError's suggestion from dir() of the object it names (offer_suggestions_for_attribute_error
 * in 3.11/3.12's C printer; traceback._compute_suggestion_error in 3.13, which leaves out names
 * starting with '_' unless the missing one does, or the failing code is a method of that object).
 */
function suggestAttribute(vm: VM, exc: PyExceptionObj): string {
  const name = exc.attributeName;
  const obj = exc.attributeObject;
  if (!(name instanceof PyStr) || name.type !== vm.t.str || !obj) return '';
  let candidates = dirNames(obj, vm.options.version.version);
  if (vm.options.version.suggestionsHideUnderscored && !name.value.startsWith('_') && !innermostSelfIs(exc, obj)) {
    candidates = candidates.filter((c) => !c.startsWith('_'));
  }
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return '';
  const match = bestMatch(name.value, candidates);
  return match ? `. Did you mean: '${match}'?` : '';
}

/** Whether the innermost frame of the traceback has a local `self` that is obj. */
function innermostSelfIs(exc: PyExceptionObj, obj: PyObject): boolean {
  let tb = exc.traceback as PyTraceback | null;
  if (!tb) return false;
  while (tb.next) tb = tb.next;
  const frame = tb.frame;
  const slot = frame.localNames.indexOf('self');
  if (slot < 0) return false;
  // By the time an exception is printed its innermost frame has finished: the frame object owns the locals.
  const value = frame.ownedLocals?.[slot] ?? null;
  return (value instanceof PyCell ? value.contents : value) === obj;
}
