// Execution frames. A Python frame has fast locals and a value stack; a native frame is a
// suspended JS generator (built-in code that called back into Python, e.g. `sorted(key=f)`).

import type { PyObject } from '../objects/object';
import type { PyCode, PyFunction } from '../objects/callables';
import type { PyDict } from '../objects/dict';
import type { PyFrameObject } from '../objects/instances';
import type { PyGenerator } from '../objects/iterators';
import type { CodeUnit } from '../compile/bytecode';
import type { BlockingCall } from '../threads/scheduler';
import type { ComputingCall } from '../threads/native-work';

export type Native<T = PyObject> = Generator<CallRequest, T, PyObject>;

/** What native code asks the VM to do on its behalf: call a callable with borrowed arguments. */
export interface CallRequest {
  callable: PyObject;
  args: PyObject[];
  kwargs: Map<string, PyObject> | null;
  /** Run a class body or module code with this namespace as its locals. */
  locals?: PyDict;
  /** Resume this suspended generator frame instead of calling. */
  resume?: Frame;
  /** With `resume`: raise this exception in the frame where it stopped (gen.throw). */
  raise?: import('./errors').PyError;
  /**
   * With `resume` (3.12+, hooks set): the frame resumes through its `yield from` loop's handler of this
   * StopIteration, which a trace function hears of (vm/tracing.ts reportResumedStop). Owned.
   */
  reportStop?: PyObject;
  /** Block the thread in this call, the GIL released (time.sleep, a lock); `callable` is unused. */
  block?: BlockingCall;
  /** Compute on a simulated core with the GIL released (hashlib, zlib); `callable` is unused. */
  compute?: ComputingCall;
  /** Called once the callee's Python frame holds its arguments, before it runs. */
  onFrame?: () => void;
}

/** A class call whose `__init__` frame runs: the new instance, and the call's references (the class, the arguments). */
export interface InitCall {
  readonly inst: PyObject;
  readonly type: PyObject;
  readonly args: PyObject[];
}

let nextFrameId = 1;
export function resetFrameIds(next = 1): void {
  nextFrameId = next;
}

/** The id the next frame will get. */
export function upcomingFrameId(): number {
  return nextFrameId;
}

export function getFrameIdCounter(): number {
  return nextFrameId;
}
export function setFrameIdCounter(n: number): void {
  nextFrameId = n;
}

export class Frame {
  readonly kind = 'python' as const;
  readonly id = nextFrameId++;
  readonly unit: CodeUnit;
  fast: (PyObject | null)[];
  stack: (PyObject | null)[] = [];
  pc = 0;
  /** Index of the instruction being executed (for tracebacks and handlers). */
  lasti = 0;
  /** Set by RERAISE: the instruction the frame reports as current (prev_instr), or -1. */
  reportedLasti = -1;
  back: AnyFrame | null = null;
  frameObject: PyFrameObject | null = null;
  /** Names set by KW_NAMES for the next CALL. */
  kwnames: string[] | null = null;
  generator: PyGenerator | null = null;
  /** Called with the return value when this frame was started by native code or the VM. */
  onReturn: ((value: PyObject) => void) | null = null;
  /** Called with the exception when this frame raises out to a native caller. */
  line = 0;
  /** Releases references lent to this frame's call (a callable object's __call__), when it ends. */
  releaseAfter: (() => void) | null = null;
  /** Set for a frame run by VM.callSync: receives its result or exception. */
  syncResult: { value: PyObject | null; error: import('./errors').PyError | null } | null = null;
  private pushResultFn: ((value: PyObject | null) => void) | null = null;
  /** Continuation that pushes a native call's result onto this frame's stack (made on first use). */
  get pushResult(): (value: PyObject | null) => void {
    return (this.pushResultFn ??= (value) => {
      this.stack.push(value);
    });
  }
  /** The dict locals() returned, kept by the frame in the ≤ 3.12 models. */
  localsSnapshot: PyDict | null = null;
  /** Set on the `__init__` frame of a class called by CALL (calls.ts enterInit): the call it finishes. */
  initCall: InitCall | null = null;
  /** What sys.settrace/sys.setprofile's events keep about this frame, made when the first is delivered (vm/tracing.ts). */
  hooks: FrameHooks | null = null;
  constructor(
    public code: PyCode,
    public func: PyFunction | null,
    public globals: PyDict,
    public builtins: PyDict,
    public locals: PyDict | null,
  ) {
    this.unit = code.unit;
    const n = code.localNames.length;
    const fast: (PyObject | null)[] = [];
    for (let i = 0; i < n; i++) fast.push(null);
    this.fast = fast;
  }

  /** Names of the fast-locals slots. */
  get localNames(): readonly string[] {
    return this.code.localNames;
  }

  traverse(visit: (child: PyObject, slot: string) => void): void {
    const names = this.localNames;
    this.fast.forEach((v, i) => v && visit(v, names[i]));
    this.stack.forEach((v) => v && visit(v, 'stack'));
  }

  /** Hands over every reference the frame holds (locals, stack) for release. */
  takeRefs(): PyObject[] {
    const out = [...this.fast, ...this.stack].filter((v): v is PyObject => v !== null);
    this.fast.fill(null);
    this.stack.length = 0;
    return out;
  }
}

/** A frame's state for the trace and profile functions (vm/tracing.ts, vm/line-events.ts). */
export class FrameHooks {
  /** The instruction whose events are being delivered, and how many of them were (they run before it does). */
  pc = -1;
  stage = 0;
  /** The last instruction the hooks saw run in the frame, and its line (what a line event compares with). */
  lastPc = -1;
  lastLine = -1;
  /** What the next instruction reports first: a C call's end (setprofile), a StopIteration a loop swallowed. */
  pending: import('./tracing').PendingHook | null = null;
}

/** The frame's FrameHooks, made on first use. */
export function frameHooks(frame: Frame): FrameHooks {
  return (frame.hooks ??= new FrameHooks());
}

export class NativeFrame {
  readonly kind = 'native' as const;
  back: AnyFrame | null = null;
  constructor(
    public gen: Native<PyObject | null>,
    /** Receives the generator's final value (an owned reference, or null for none). */
    public onDone: (value: PyObject | null) => void,
    public name: string,
  ) {}
}

export type AnyFrame = Frame | NativeFrame;

/** The line the innermost frame of the user's file is at (under library and native frames), or 0 when none is. */
export function userLine(frame: AnyFrame | null): number {
  for (let f = frame; f; f = f.back) {
    if (f.kind !== 'python' || f.unit.library) continue;
    // JUMP_BACKWARD leaves -1 so the loop's head reports its line again: the instruction's own line, or
    // (the jump has none of its own) the line it jumped to.
    if (f.line > 0) return f.line;
    const line = f.unit.positions[f.lasti]?.line ?? 0;
    return line > 0 ? line : (f.unit.positions[f.pc]?.line ?? 0);
  }
  return 0;
}

/**
 * The line CPython reports for a running frame (f_lineno, a warning's line): its current instruction's,
 * -1 while that instruction has no location (compile/artificial-lines.ts). frame.line, the line the
 * learner's editor shows, stays at the last line run meanwhile.
 */
export function reportedLine(frame: Frame): number {
  // RERAISE puts back the instruction that raised (prev_instr): its line, not the RERAISE's.
  const at = frame.reportedLasti >= 0 ? frame.reportedLasti : frame.lasti;
  if (at >= 0 && frame.code.lines[at] < 0) return -1;
  return frame.line > 0 ? frame.line : (frame.unit.positions[frame.lasti]?.line ?? frame.unit.firstLine);
}
