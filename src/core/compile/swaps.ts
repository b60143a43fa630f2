// CPython 3.11's peephole treatment of SWAP (Python/compile.c: swaptimize and
// apply_static_swaps): a run of SWAPs becomes the fewest SWAPs with the same effect, and a
// SWAP right before STORE_FAST / POP_TOP instructions of the same line disappears by swapping
// those instructions instead. The order in which names are bound (and old values released,
// running their __del__) is the optimised one: `a, b = b, a` in a function stores b first, and
// a match statement's captures are stored in a different order than they were rotated.

import { Op } from './bytecode';

export interface SwapCode {
  ops: number[];
  args: number[];
  /** Per instruction, whatever must move with it (positions, jump labels, handlers). */
  swapExtra(i: number, j: number): void;
  line(i: number): number;
}

const VISITED = -1;

/**
 * Optimises every SWAP; returns the instructions that became NOPs (to be removed). `blockStarts`
 * holds the indices where a basic block starts (jump targets, instructions after a jump).
 */
export function optimizeSwaps(code: SwapCode, blockStarts: ReadonlySet<number>): Set<number> {
  const nops = new Set<number>();
  const isNop = (i: number): boolean => code.ops[i] === Op.NOP;
  let blockEnd = 0;
  for (let i = 0; i < code.ops.length; i++) {
    if (i >= blockEnd) {
      blockEnd = i + 1;
      while (blockEnd < code.ops.length && !blockStarts.has(blockEnd)) blockEnd++;
    }
    if (code.ops[i] !== Op.SWAP) continue;
    if (code.args[i] === 1) {
      code.ops[i] = Op.NOP;
      nops.add(i);
      continue;
    }
    i = swaptimize(code, i, blockEnd, nops);
    applyStaticSwaps(code, i, blockStarts, blockEnd, nops, isNop);
  }
  return nops;
}

/** Rewrites the run of SWAPs/NOPs starting at `start` minimally; returns the run's last index. */
function swaptimize(code: SwapCode, start: number, blockEnd: number, nops: Set<number>): number {
  let depth = code.args[start];
  let len = 1;
  let more = false;
  for (; start + len < blockEnd; len++) {
    const op = code.ops[start + len];
    if (op === Op.SWAP) {
      depth = Math.max(depth, code.args[start + len]);
      more = true;
    } else if (op !== Op.NOP) break;
  }
  if (!more) return start;
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    if (code.ops[start + i] !== Op.SWAP) continue;
    const arg = code.args[start + i];
    const top = stack[0];
    stack[0] = stack[arg - 1];
    stack[arg - 1] = top;
  }
  // un-shuffle the permutation cycle by cycle, filling the run from its end
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        code.ops[start + current] = Op.SWAP;
        code.args[start + current] = j + 1;
        nops.delete(start + current);
        current--;
      }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  for (; current >= 0; current--) {
    code.ops[start + current] = Op.NOP;
    code.args[start + current] = 0;
    nops.add(start + current);
  }
  return start + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

/** The next STORE_FAST/POP_TOP after `i` (NOPs skipped) on line `line` (any line if < 0), or -1. */
function nextSwappable(code: SwapCode, i: number, line: number, blockEnd: number, isNop: (i: number) => boolean): number {
  while (++i < blockEnd) {
    if (line >= 0 && code.line(i) !== line) return -1;
    if (isNop(i)) continue;
    return swappable(code.ops[i]) ? i : -1;
  }
  return -1;
}

function applyStaticSwaps(code: SwapCode, i: number, blockStarts: ReadonlySet<number>, blockEnd: number, nops: Set<number>, isNop: (i: number) => boolean): void {
  // SWAPs are to the left, what they could swap to the right
  for (; i >= 0; i--) {
    if (code.ops[i] !== Op.SWAP) {
      if (code.ops[i] === Op.NOP || swappable(code.ops[i])) {
        if (blockStarts.has(i)) return;
        continue;
      }
      return;
    }
    const j = nextSwappable(code, i, -1, blockEnd, isNop);
    if (j < 0) return;
    let k = j;
    const line = code.line(j);
    for (let count = code.args[i] - 1; count > 0; count--) {
      k = nextSwappable(code, k, line, blockEnd, isNop);
      if (k < 0) return;
    }
    code.ops[i] = Op.NOP;
    code.args[i] = 0;
    nops.add(i);
    swapInstructions(code, j, k);
    if (blockStarts.has(i)) return;
  }
}

function swapInstructions(code: SwapCode, j: number, k: number): void {
  [code.ops[j], code.ops[k]] = [code.ops[k], code.ops[j]];
  [code.args[j], code.args[k]] = [code.args[k], code.args[j]];
  code.swapExtra(j, k);
}
