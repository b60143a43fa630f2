// Printing an uncaught exception the way CPython's traceback printer does
// (Python/traceback.c, Lib/traceback.py for the "Did you mean" suggestions). The source lines and
// their position markers are traceback-source.ts's, laid out by the printer the version uses there.

import { PyExceptionObj, PyExceptionGroupObj, PyTraceback, type PyFrameObject } from '../objects/instances';
import { exceptionGroupStr } from '../builtins/exception-group';
import { PyStr } from '../objects/atoms';
import { PyList, PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import { builtinRepr } from './repr';
import { behavesAsBuiltin } from './subclass';
import { PyError } from '../vm/errors';
import { Cause } from '../trace/events';
import { osErrorText } from './oserror-fields';
import { unicodeErrorText } from './unicode-error';
import { suggestName } from './suggestions';
import { SIMULATOR_LIBRARY_FILES, CPYTHON_LIBRARY_SOURCES, type Position } from '../compile/bytecode';
import { frameSourceText } from './traceback-source';
import { stdlibFrame, type StdlibFrame } from './stdlib-frames';
import type { TracebackPrinter, TracebackPrinters } from '../versions';
import { isSyntaxError, syntaxErrorFieldsOf } from './syntax-error-object';
import { formatSyntaxErrorReport } from './syntax-error-report';

/** Where a traceback is printed, which decides the printer (VersionModel.tracebacks). */
export type TracebackWhere = keyof TracebackPrinters;

function tracebackLines(vm: VM, exc: PyExceptionObj, where: TracebackWhere): string {
  let tb = exc.traceback as PyTraceback | null;
  if (!tb) return '';
  // Tracebacks are linked outermost-first via tb_next.
  const entries: PyTraceback[] = [];
  while (tb) {
    entries.push(tb);
    tb = tb.next;
  }
  return 'Traceback (most recent call last):\n' + entriesText(vm, printedEntries(vm, entries), vm.options.version.tracebacks[where]);
}

/**
 * A stack's frames as traceback.py's StackSummary.format prints them (traceback.print_stack): outermost first,
 * each with its current line and no position markers (walk_stack gives no columns), the repeats collapsed.
 */
export function formatStack(vm: VM, frames: readonly StackEntry[]): string {
  return entriesText(vm, printedEntries(vm, frames.map((f) => ({ ...f, position: null }))), vm.options.version.tracebacks.library);
}

/** One frame of a stack: its frame object and its current line. */
export interface StackEntry {
  frame: PyFrameObject;
  line: number;
}

function entriesText(vm: VM, entries: PrintedEntry[], printer: TracebackPrinter): string {
  let out = '';
  let last = '';
  let repeats = 0;
  const flush = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 > 1 ? 's' : ''}]\n`;
  };
  for (const entry of entries) {
    const key = `${entry.filename}:${entry.line}:${entry.name}`;
    if (key === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flush();
      last = key;
      repeats = 1;
    }
    out += `  File "${entry.filename}", line ${entry.line}, in ${entry.name}\n`;
    // The learner's file and the standard library (the simulator's version of a module, or CPython's own file it
    // runs: cpython-files.ts) have source lines to show (exec'd strings, `<string>`, have none).
    if (entry.library) {
      if (entry.library.sourceLines) out += frameSourceText(entry.library.sourceLines, entry.library.sourceLine, entry.position, printer);
    } else if (vm.learnerSourceLines(entry.filename)) out += frameSourceText(vm.learnerSourceLines(entry.filename) ?? [], entry.line, entry.position, printer);
    else {
      const cpython = CPYTHON_LIBRARY_SOURCES.get(entry.filename);
      if (cpython) out += frameSourceText(cpython, entry.line, entry.position, printer);
    }
  }
  flush();
  return out;
}

interface PrintedEntry {
  filename: string;
  name: string;
  line: number;
  position: Position | null;
  /** A frame of CPython's standard library, shown from the simulator's version of the module. */
  library?: StdlibFrame;
}

/** The code names of the comprehensions 3.12+ inlines into the enclosing code (PEP 709). */
export const INLINED_COMPREHENSIONS: ReadonlySet<string> = new Set(['<listcomp>', '<setcomp>', '<dictcomp>']);

/**
 * The traceback's entries as CPython prints them: without the frames of the simulator's own library
 * code (but for the lines of CPython's library modules it stands for: stdlib-frames.ts), and (3.12+, PEP 709) without the frame of a list, set or dict comprehension, which CPython
 * runs inline in its enclosing function: the entry of that function shows where in the comprehension
 * the exception came from.
 */
function printedEntries(vm: VM, entries: readonly (StackEntry & { position: Position | null })[]): PrintedEntry[] {
  const out: PrintedEntry[] = [];
  for (const entry of entries) {
    const frame = entry.frame;
    const name = frame.codeName.split('.').pop() as string;
    const caller = out[out.length - 1];
    if (SIMULATOR_LIBRARY_FILES.has(frame.filename) && frame.filename !== vm.options.filename) {
      const library = stdlibFrame(vm, frame.filename, entry.line);
      if (!library) continue;
      // The simulator compiles its library sources once for every version, comprehensions as frames of their own.
      if (vm.options.version.inlinedComprehensions && INLINED_COMPREHENSIONS.has(name) && caller?.library && caller.filename === library.filename) {
        Object.assign(caller, { line: library.line, position: entry.position, library });
        continue;
      }
      out.push({ filename: library.filename, name, line: library.line, position: entry.position, library });
      continue;
    }
    if (vm.options.version.inlinedComprehensions && INLINED_COMPREHENSIONS.has(name) && caller && caller.filename === frame.filename) {
      caller.line = entry.line;
      caller.position = entry.position;
      continue;
    }
    out.push({ filename: frame.filename, name, line: entry.line, position: entry.position });
  }
  return out;
}

function exceptionLine(vm: VM, exc: PyExceptionObj, where: TracebackWhere): string {
  const name = exc.type.heap && exc.type.module !== 'builtins' && exc.type.module !== '__main__' ? `${exc.type.module}.${exc.type.qualname}` : exc.type.qualname;
  if (isSyntaxError(vm, exc)) {
    // Its place, line and carets, then its message alone (when it has a line number).
    const msg = exc.args.items[0];
    const msgText = msg === undefined ? '' : msg instanceof PyStr ? msg.value : builtinRepr(vm, msg) ?? '';
    const fields = syntaxErrorFieldsOf(vm, exc, name, msgText);
    if (fields) return formatSyntaxErrorReport(fields, vm.options.version.tracebacks[where]);
  }
  let text = '';
  const args = exc.args.items;
  const errno = osErrorText(vm, exc);
  const unicode = unicodeErrorText(vm, exc);
  if (errno !== null) text = errno;
  else if (unicode !== null) text = unicode;
  else {
    let known: string | null = '';
    if (!behavesAsBuiltin(exc, '__str__')) known = null;
    else if (args.length === 1) {
      const a = args[0];
      if (exc.type.name === 'KeyError' || exc.type.mro.some((t) => t.name === 'KeyError' && !t.heap)) known = builtinRepr(vm, a);
      else known = a instanceof PyStr ? a.value : builtinRepr(vm, a);
    } else if (args.length > 1) {
      known = builtinRepr(vm, exc.args);
    }
    text = known ?? strByPython(vm, exc);
  }
  if (exc instanceof PyExceptionGroupObj) text = exceptionGroupStr(exc);
  const suggestion = suggestName(vm, exc);
  if (suggestion) text += suggestion;
  return text ? `${name}: ${text}\n` : `${name}\n`;
}

/**
 * str(exc) when Python code makes it: the exception class's own __str__, or an argument's __str__ or
 * __repr__ (BaseException_str, KeyError_str). A failing one prints as `<exception str() failed>` (print_exception_message).
 */
function strByPython(vm: VM, exc: PyExceptionObj): string {
  try {
    const text = vm.callSync(vm.t.str, [exc]);
    const value = text instanceof PyStr ? text.value : '';
    vm.decref(text, Cause.Return);
    return value;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.decref(e.exc, Cause.Exception);
    return '<exception str() failed>';
  }
}

/** How deep and how wide an exception group is printed (traceback.py's max_group_depth, max_group_width). */
const MAX_GROUP_DEPTH = 10;
const MAX_GROUP_WIDTH = 15;
const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** traceback.py's _ExceptionPrintContext: the group nesting that indents lines, and a group's pending closing line. */
interface PrintContext {
  groupDepth: number;
  needClose: boolean;
}

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.groupDepth);
}

/** _ExceptionPrintContext.emit: every line prefixed by the indent and, inside a group, its margin. */
function emit(ctx: PrintContext, text: string, marginChar = '|'): string {
  if (!text) return '';
  const prefix = indent(ctx) + (ctx.groupDepth ? `${marginChar} ` : '');
  return prefix ? text.split(/(?<=\n)/).map((line) => prefix + line).join('') : text;
}

/**
 * The uncaught exception as CPython prints it: its chain (cause or context) first, then its traceback
 * and line; an exception group boxes its exceptions below its own line (TracebackException.format;
 * 3.11's C printer in pythonrun.c prints the same).
 */
export function formatException(vm: VM, exc: PyExceptionObj, where: TracebackWhere = 'uncaught'): string {
  return formatChain(vm, exc, where, { groupDepth: 0, needClose: false }, new Set());
}

function formatChain(vm: VM, exc: PyExceptionObj, where: TracebackWhere, ctx: PrintContext, seen: Set<PyExceptionObj>): string {
  const chain: [string | null, PyExceptionObj][] = [];
  let e: PyExceptionObj | null = exc;
  while (e && !seen.has(e)) {
    seen.add(e);
    const cause = e.cause as PyExceptionObj | null;
    const context = e.context as PyExceptionObj | null;
    if (cause) {
      chain.push([CAUSE_MESSAGE, e]);
      e = cause;
    } else if (context && !e.suppressContext) {
      chain.push([CONTEXT_MESSAGE, e]);
      e = context;
    } else {
      chain.push([null, e]);
      e = null;
    }
  }
  let out = '';
  // The oldest exception first; each message introduces the exception after it.
  for (let i = chain.length - 1; i >= 0; i--) {
    const [, current] = chain[i];
    out += formatOne(vm, current, where, ctx, seen);
    if (i > 0) out += emit(ctx, chain[i - 1][0] as string);
  }
  return out;
}

function formatOne(vm: VM, exc: PyExceptionObj, where: TracebackWhere, ctx: PrintContext, seen: Set<PyExceptionObj>): string {
  const traceback = tracebackLines(vm, exc, where);
  const frames = traceback.slice(traceback.indexOf('\n') + 1);
  const line = exceptionLine(vm, exc, where) + exceptionNotes(vm, exc);
  if (!(exc instanceof PyExceptionGroupObj) || !exc.exceptions) return emit(ctx, traceback) + emit(ctx, line);
  if (ctx.groupDepth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const topLevel = ctx.groupDepth === 0;
  if (topLevel) ctx.groupDepth++;
  let out = '';
  if (traceback) out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|') + emit(ctx, frames);
  out += emit(ctx, line);
  const members = exc.exceptions.items;
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += `${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.groupDepth++;
    if (!truncated) {
      out += formatChain(vm, members[i] as PyExceptionObj, where, ctx, seen);
    } else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += `${indent(ctx)}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.groupDepth--;
  }
  if (topLevel) ctx.groupDepth = 0;
  return out;
}

/**
 * The notes add_note gave the exception, one per line after its message (print_exception_notes in 3.11's
 * pythonrun.c, TracebackException.format in 3.13's traceback.py): each note's str, or the repr of a
 * __notes__ that is not a sequence.
 */
function exceptionNotes(vm: VM, exc: PyExceptionObj): string {
  const notes = exc.dict?.getStr('__notes__');
  if (!notes) return '';
  if (!(notes instanceof PyList || notes instanceof PyTuple)) return `${builtinRepr(vm, notes) ?? '<__notes__ repr() failed>'}\n`;
  return notes.items.map((note) => `${note instanceof PyStr ? note.value : builtinRepr(vm, note) ?? '<note str() failed>'}\n`).join('');
}

