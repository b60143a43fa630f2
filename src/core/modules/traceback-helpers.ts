// _lens_traceback: the printing behind the simulator's traceback module (modules/python/traceback-source.ts).
// Lib/traceback.py formats with TracebackException and StackSummary; the simulator's traceback printer
// (runtime/traceback.ts) lays out the same text, with the printer traceback.py is in each version
// (VersionModel.tracebacks.library). What it does not model (a limit, chain=False, a traceback that is not the
// exception's own) stops the run.

import type { PyModule } from '../objects/instances';
import { PyExceptionObj, PyFrameObject } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { truthy } from '../runtime/operators';
import { previousPythonFrame } from '../vm/vm';
import { reportedLine } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { formatException, formatStack, type StackEntry } from '../runtime/traceback';

/**
 * The pieces traceback.py's format() yields, as near as the text tells them: the header, each frame with
 * the lines under it (its source, its markers), and each other line.
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith('    ') && out.length && out[out.length - 1].startsWith('  File ')) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}

/** A stack's frames, outermost first, from frame object `fo` up: each frame's running line, or the line it ended at. */
function stackOf(vm: VM, fo: PyFrameObject): StackEntry[] {
  const frames: StackEntry[] = [];
  let at: PyFrameObject | null = fo;
  while (at) {
    const running = at.frame;
    frames.push({ frame: at, line: running ? reportedLine(running) : at.line });
    if (running) {
      const back = previousPythonFrame(running);
      at = back ? vm.frameObjectOf(back) : null;
    } else at = at.back;
  }
  return frames.reverse();
}

export function createTracebackHelpers(vm: VM, module: PyModule): void {
  const d = module.dict;
  // _format_exception(value, tb, limit, chain): TracebackException(type(value), value, tb, limit=limit).format(chain=chain).
  fn(vm, d, '_format_exception', function* (args): Native {
    arity(vm, '_format_exception', args, 4);
    const [value, tb, limit, chain] = args;
    if (limit !== vm.none) throw vm.unsupported('traceback formatting with a limit');
    if (!(yield* truthy(vm, chain))) throw vm.unsupported('traceback formatting with chain=False');
    // print_exception(None): TracebackException(NoneType, None, None) prints the type and the value.
    if (value === vm.none) return vm.newList([vm.newStr('NoneType: None\n')]);
    if (!(value instanceof PyExceptionObj)) throw vm.unsupported(`traceback formatting of a ${value.type.name} value`);
    if (tb !== (value.traceback ?? vm.none)) throw vm.unsupported("traceback formatting with a traceback other than the exception's");
    return vm.newList(pieces(formatException(vm, value, 'library')).map((s) => vm.newStr(s)));
  });
  // _format_stack(f, limit): StackSummary.extract(walk_stack(f), limit=limit).format(), outermost first.
  fn(vm, d, '_format_stack', (args) => {
    arity(vm, '_format_stack', args, 2);
    const [f, limit] = args;
    if (limit !== vm.none) throw vm.unsupported('traceback formatting with a limit');
    if (!(f instanceof PyFrameObject)) throw vm.unsupported(`traceback stack of a ${f.type.name}`);
    return vm.newList(pieces(formatStack(vm, stackOf(vm, f))).map((s) => vm.newStr(s)));
  });
}
