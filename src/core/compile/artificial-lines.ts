// The line of the instructions CPython's compiler emits without a location (NO_LOCATION): the hidden
// cleanup at the end of an `except` handler (POP_EXCEPT, then `name = None; del name` for `as name`).
// CPython gives them a line only in the flow graph (Python/flowgraph.c, resolve_line_numbers): a block
// without one takes its predecessor's location when it has a single predecessor (propagate_line_numbers);
// a jump to an exit block without a line gets its own copy (duplicate_exits_without_lineno), and so does
// the end of the function whose implicit `return None` (itself without a location) the block absorbed
// (inline_small_exit_blocks). 3.13 also copies a block without a line into every block that jumps to it
// unconditionally (inline_small_or_no_lineno_blocks). An instruction left without a line reports none:
// f_lineno is None, a warning's line -1 (checked on 3.11.7, 3.12.1 and 3.13.0).

import { Op, type Position } from './bytecode';
import type { Label } from './code-builder';

/** An instruction's line: that of the instruction run before it (a copy of CPython's, one per predecessor). */
export const INHERITED_LINE = 0;
/** An instruction's line: none (CPython's -1). */
export const NO_LINE = -1;

/** Instructions emitted without a location, from `start` to the jump ending them at `end - 1`. */
export interface ArtificialRun {
  start: number;
  end: number;
}

export const UNCONDITIONAL_JUMPS: ReadonlySet<number> = new Set([Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_NO_INTERRUPT]);
export const NO_FALLTHROUGH: ReadonlySet<number> = new Set([...UNCONDITIONAL_JUMPS, Op.RETURN_VALUE, Op.RERAISE, Op.RAISE_VARARGS]);

export interface ArtificialCode {
  ops: readonly number[];
  targets: readonly (Label | null)[];
  positions: Position[];
  /** Where the implicit `return None` at the end of the code starts, or -1. */
  implicitReturn: number;
  /** Conditional edges CPython's flow graph has into a label and this bytecode has not (CodeBuilder.addHiddenEdge). */
  hiddenEdges: ReadonlyMap<Label, number>;
}

/** The ways into the instruction at `start`: falling through, jumps (the unconditional ones listed), hidden edges. */
export function edgesInto(code: Pick<ArtificialCode, 'ops' | 'targets' | 'hiddenEdges'>, start: number): { count: number; unconditionalJumps: number[] } {
  const { ops, targets } = code;
  const unconditionalJumps: number[] = [];
  let count = start > 0 && !NO_FALLTHROUGH.has(ops[start - 1]) ? 1 : 0;
  for (let i = 0; i < ops.length; i++) {
    if (targets[i]?.index !== start) continue;
    count++;
    if (UNCONDITIONAL_JUMPS.has(ops[i])) unconditionalJumps.push(i);
  }
  for (const [label, edges] of code.hiddenEdges) if (label.index === start) count += edges;
  return { count, unconditionalJumps };
}

/** Gives each run INHERITED_LINE where CPython's copies all have their predecessor's line, else NO_LINE. */
export function resolveArtificialLines(code: ArtificialCode, runs: readonly ArtificialRun[]): void {
  const { targets, positions } = code;
  for (const run of runs) {
    const reached = edgesInto(code, run.start).count;
    const exits = code.implicitReturn >= 0 && targets[run.end - 1]?.index === code.implicitReturn;
    // Reached only by an exception (the handler's cleanup when its body raised): nothing to take a line
    // from. Reached from several places (3.13's copies for unconditional jumps made already): no line.
    const line = reached > 0 && (exits || reached === 1) ? INHERITED_LINE : NO_LINE;
    for (let i = run.start; i < run.end; i++) positions[i] = { line, col: -1, endLine: line, endCol: -1 };
  }
}
