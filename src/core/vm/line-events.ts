// Which instructions report a 'line' event to a trace function (sys.settrace), by version.
// 3.11 (Python/ceval.c maybe_call_line_trace): an instruction whose line differs from the one run before it
// in the frame, or reached by a backward jump (not the SEND of a `yield from` loop); the first instruction
// after the code's RESUME always does. 3.12+ (Python/instrumentation.c initialize_lines,
// _Py_call_instrumentation_line; Python/legacy_tracing.c sys_trace_jump_func): an instruction that starts
// a line (its line differs from the previous instruction's in the code's order, or it is a jump target or a
// handler) when the instruction run before it had another line or was the RESUME; a backward jump within
// one line reports that line again. A list, set or dict comprehension runs inline in its function there
// (PEP 709): its instructions continue the function's, and the code that makes its function here
// (LOAD_CONST of its code, MAKE_FUNCTION, the closure's tuple) is not in CPython's bytecode.

import { Op, jumpOps, type CodeUnit } from '../compile/bytecode';
import { INHERITED_LINE } from '../compile/artificial-lines';
import { INLINED_COMPREHENSIONS } from '../runtime/traceback';
import type { VM } from './vm';
import { frameHooks, type Frame } from './frame';

interface LineTable {
  /** The first RESUME (CPython's _co_firsttraceable): nothing before it is traced. */
  firstTraceable: number;
  /** 3.12+: the instructions that start a line. */
  starts: Uint8Array | null;
  /** 3.12+: instructions CPython's inlined comprehensions do not have (they report nothing, and leave the line as it was). */
  hidden: Uint8Array | null;
}

const tables = new WeakMap<CodeUnit, LineTable>();

/** 3.12+ (PEP 709): a comprehension CPython runs inline in the code that contains it. */
export function isInlinedComprehension(vm: VM, unit: CodeUnit): boolean {
  return vm.options.version.inlinedComprehensions && INLINED_COMPREHENSIONS.has(unit.name);
}

function lineTable(vm: VM, frame: Frame): LineTable {
  const unit = frame.unit;
  let table = tables.get(unit);
  if (table) return table;
  const ops = unit.ops;
  let firstTraceable = 0;
  while (firstTraceable < ops.length && ops[firstTraceable] !== Op.RESUME) firstTraceable++;
  table = { firstTraceable, starts: null, hidden: null };
  if (vm.options.version.tracing.monitoring) {
    table.hidden = hiddenInstructions(vm, frame);
    table.starts = lineStarts(unit, frame.code.lines, firstTraceable, table.hidden);
  }
  tables.set(unit, table);
  return table;
}

/**
 * The instructions CPython's bytecode does not have: a NOP without a line of its own (POP_BLOCK's, which
 * remove_redundant_nops drops), and what makes an inlined comprehension's function (the closure's tuple,
 * LOAD_CONST, MAKE_FUNCTION).
 */
function hiddenInstructions(vm: VM, frame: Frame): Uint8Array {
  const { ops, args } = frame.unit;
  const lines = frame.code.lines;
  const hidden = new Uint8Array(ops.length);
  for (let i = 0; i < ops.length; i++) if (ops[i] === Op.NOP && lines[i] === INHERITED_LINE) hidden[i] = 1;
  for (let i = 0; i + 1 < ops.length; i++) {
    if (ops[i] !== Op.LOAD_CONST || ops[i + 1] !== Op.MAKE_FUNCTION) continue;
    const code = frame.code.consts[args[i]] as { unit?: CodeUnit };
    if (!code.unit || !isInlinedComprehension(vm, code.unit)) continue;
    hidden[i] = hidden[i + 1] = 1;
    // Its closure: LOAD_CLOSUREs and the BUILD_TUPLE just before.
    if (i > 0 && ops[i - 1] === Op.BUILD_TUPLE) {
      hidden[i - 1] = 1;
      for (let j = i - 2, n = args[i - 1]; n > 0 && j >= 0 && ops[j] === Op.LOAD_CLOSURE; j--, n--) hidden[j] = 1;
    }
  }
  return hidden;
}

/** initialize_lines: a new line in the code's order (RESUME left out), then every jump target and handler with a line. */
function lineStarts(unit: CodeUnit, lines: Int32Array, firstTraceable: number, hidden: Uint8Array): Uint8Array {
  const { ops, args } = unit;
  const starts = new Uint8Array(ops.length);
  const effective = new Int32Array(ops.length).fill(-1);
  // An inlined comprehension's code follows the line of the instruction that runs it (its own first line).
  let current = INLINED_COMPREHENSIONS.has(unit.name) ? lines[firstTraceable] : -1;
  // What an instruction without a line of its own takes: the last line before it, the RESUME's included.
  let inherited = lines[firstTraceable];
  for (let i = firstTraceable; i < ops.length; i++) {
    const op = ops[i];
    if (lines[i] > 0) inherited = lines[i];
    if (op === Op.RESUME || op === Op.END_ASYNC_FOR || hidden[i]) continue;
    const line = lines[i] === INHERITED_LINE ? inherited : lines[i];
    effective[i] = line;
    if (line !== current && line >= 0) starts[i] = 1;
    current = line;
  }
  for (let i = firstTraceable; i < ops.length; i++) {
    if (!jumpOps.has(ops[i]) || ops[i] === Op.JUMP_NO_INTERRUPT) continue;
    // A jump to an instruction CPython does not have lands on the next one.
    let target = args[i];
    while (target + 1 < ops.length && hidden[target]) target++;
    if (effective[target] >= 0) starts[target] = 1;
  }
  for (const entry of unit.exceptionTable) {
    if (effective[entry.target] >= 0 && ops[entry.target] !== Op.END_ASYNC_FOR) starts[entry.target] = 1;
  }
  return starts;
}

/** Whether the instruction at `pc` is past the code's prologue (RETURN_GENERATOR, MAKE_CELL...): events start at its RESUME. */
export function isTraceable(vm: VM, frame: Frame, pc: number): boolean {
  return pc >= lineTable(vm, frame).firstTraceable;
}

/** What the hooks must remember of an instruction about to run: its line as later line events compare it. */
export function noteInstruction(vm: VM, frame: Frame, pc: number, owner: Frame): void {
  const table = lineTable(vm, frame);
  const state = frameHooks(frame);
  state.lastPc = pc;
  if (table.hidden?.[pc]) return;
  const op = frame.unit.ops[pc];
  if (op === Op.RESUME) {
    // An inlined comprehension (3.12+) goes on from its function's line.
    state.lastLine = frame !== owner ? previousLine(owner) : frame.code.lines[pc];
    return;
  }
  const line = frame.code.lines[pc];
  state.lastLine = line === INHERITED_LINE ? previousLine(frame) : line;
}

/** The index of the instruction that ran last in the frame, as the line events see it (RERAISE restores a saved one). */
function previousPc(frame: Frame): number {
  return frame.reportedLasti >= 0 ? frame.reportedLasti : frame.lasti;
}

/** The line of the instruction run before the current one (-1 for none). */
function previousLine(frame: Frame): number {
  const prev = previousPc(frame);
  if (frame.hooks !== null && frame.hooks.lastPc === prev) return frame.hooks.lastLine;
  const line = frame.code.lines[prev];
  return line === INHERITED_LINE ? frame.line : line;
}

/**
 * The line the instruction at `pc` reports to the trace function before it runs, or -1 for none.
 * `owner`: the frame the events are for (an inlined comprehension's function, 3.12+).
 */
export function lineEventAt(vm: VM, frame: Frame, pc: number, owner: Frame): number {
  const table = lineTable(vm, frame);
  if (table.hidden?.[pc]) return -1;
  const raw = frame.code.lines[pc];
  const prevPc = previousPc(frame);
  const prevLine = previousLine(frame);
  const line = raw === INHERITED_LINE ? prevLine : raw;
  if (line < 0) return -1;
  const ops = frame.unit.ops;
  if (!table.starts) {
    const lastLine = prevPc <= table.firstTraceable ? -1 : prevLine;
    return line !== lastLine || (pc < prevPc && ops[pc] !== Op.SEND) ? line : -1;
  }
  // sys_trace_jump_func: a backward jump reports its target's line, also when it stays on one line.
  if (pc < prevPc && ops[prevPc] === Op.JUMP_BACKWARD) return line;
  if (!table.starts[pc]) return -1;
  if (prevLine === line && !(ops[prevPc] === Op.RESUME && frame === owner)) return -1;
  return line;
}
