// sys.settrace and sys.setprofile: the events a trace or profile function hears, as CPython calls it.
// 3.11: the evaluation loop calls them itself (Python/ceval.c: trace_function_entry/exit at RESUME,
// RETURN_VALUE and YIELD_VALUE, maybe_call_line_trace before an instruction, call_exc_trace at the error
// label, C_TRACE around a built-in call); 3.12+ through sys.monitoring (Python/legacy_tracing.c), with the
// same events in the same places. Each event is a real call of the Python function, pushed from the VM's
// loop as native code (`vm.runNative`) before the instruction it belongs to runs: the instruction waits,
// the trace function runs as a frame of its own above the traced one, then the instruction runs.
// Python/sysmodule.c's trampolines decide what is called: the global trace function for 'call', the
// frame's f_trace (what it returned) for the rest; no event while one of them runs (tstate->tracing); an
// exception in one unsets it and takes the place of what was going on. The frames of the simulator's own
// library (threading.py...) report nothing: CPython's are C code or other lines.

import type { PyObject } from '../objects/object';
import { PyBuiltin, PyMethodDescriptor } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { PyExceptionObj, type PyFrameObject } from '../objects/instances';
import { PyGenerator } from '../objects/iterators';
import { PyAsyncGenerator } from '../objects/async-generators';
import { Op } from '../compile/bytecode';
import type { ThreadHooks } from '../threads/thread-state';
import type { VM } from './vm';
import { previousPythonFrame } from './vm';
import { frameHooks, reportedLine, type AnyFrame, type Frame, type Native } from './frame';
import { PyError } from './errors';
import { isInlinedComprehension, isTraceable, lineEventAt, noteInstruction } from './line-events';
import { localsToFast, refreshTracedLocals } from '../runtime/frame-locals';
import { Cause } from '../trace/events';

export type HookEvent = 'call' | 'exception' | 'line' | 'return' | 'c_call' | 'c_exception' | 'c_return';

/**
 * What a frame's next instruction reports before anything else: the end of the C function its CALL called
 * (the profile function's 'c_return', holding the function or the bound method it was given), or the
 * StopIteration a loop or a `yield from` ended on (the trace function's 'exception'; `fails`: an error of
 * the trace function fails that instruction, else FOR_ITER clears it with the StopIteration).
 */
export type PendingHook = { kind: 'c_call'; func: PyObject } | { kind: 'stop-iteration'; exc: PyExceptionObj; fails: boolean };

const noop = (): void => undefined;

// ---- setting -------------------------------------------------------------------------------------

/** _PyEval_SetTrace: the thread's trace function becomes `func` (borrowed; null for none). */
export function setTraceFunction(vm: VM, hooks: ThreadHooks, func: PyObject | null, top: AnyFrame | null): void {
  const old = hooks.trace;
  hooks.trace = func ? vm.incref(func, Cause.Internal, 'c_traceobj') : null;
  if (old) vm.decref(old, Cause.Internal, 'c_traceobj');
  if (!func) dropPending(vm, top, 'stop-iteration');
  refreshHooked(vm);
}

/** _PyEval_SetProfile: the thread's profile function becomes `func` (borrowed; null for none). */
export function setProfileFunction(vm: VM, hooks: ThreadHooks, func: PyObject | null, top: AnyFrame | null): void {
  const old = hooks.profile;
  hooks.profile = func ? vm.incref(func, Cause.Internal, 'c_profileobj') : null;
  if (old) vm.decref(old, Cause.Internal, 'c_profileobj');
  // C_TRACE reports a C function's end only to a profile function still there.
  if (!func) dropPending(vm, top, 'c_call');
  refreshHooked(vm);
}

/** The running thread's hooks decide whether the loop looks at each instruction (vm.hooked). */
export function refreshHooked(vm: VM): void {
  vm.hooked = vm.hooks.trace !== null || vm.hooks.profile !== null;
}

function dropPending(vm: VM, top: AnyFrame | null, kind: PendingHook['kind']): void {
  for (let f = top; f; f = f.back) {
    const pending = f.kind === 'python' ? f.hooks?.pending : null;
    if (!pending || pending.kind !== kind) continue;
    releasePending(vm, pending);
    (f as Frame).hooks!.pending = null;
  }
}

export function releasePending(vm: VM, pending: PendingHook): void {
  if (pending.kind === 'c_call') vm.decref(pending.func, Cause.Argument);
  else vm.decref(pending.exc, Cause.Exception);
}

// ---- calling -------------------------------------------------------------------------------------

const eventNames = new WeakMap<VM, Map<HookEvent, PyObject>>();

/** sysmodule.c's whatstrings: the interned event names, made once (3.12+: static strings). */
function eventName(vm: VM, event: HookEvent): PyObject {
  let names = eventNames.get(vm);
  if (!names) eventNames.set(vm, (names = new Map()));
  let name = names.get(event);
  if (!name) names.set(event, (name = vm.incref(vm.intern(event), Cause.Internal, 'whatstrings')));
  return name;
}

/** The frame an event is for: 3.12+ runs a list, set or dict comprehension inline in its function. */
export function eventFrame(vm: VM, frame: Frame): Frame {
  let f = frame;
  while (isInlinedComprehension(vm, f.unit)) {
    const back = previousPythonFrame(f);
    if (!back) break;
    f = back;
  }
  return f;
}

function lineOf(frame: Frame, pc: number): number {
  const line = frame.code.lines[pc];
  return line > 0 ? line : reportedLine(frame);
}

/**
 * call_trace and the trampolines (sysmodule.c trace_trampoline, profile_trampoline, call_trampoline): the
 * frame object made if it was not, then the global function ('call', a profile event) or the frame's
 * f_trace called with (frame, event, arg) while f_lineno reads `line`; a trace function's result other
 * than None becomes the frame's f_trace. An exception unsets the function (and the frame's f_trace) and is
 * thrown on.
 */
function* deliver(vm: VM, hooks: ThreadHooks, kind: 'trace' | 'profile', frame: Frame, event: HookEvent, arg: PyObject, line: number): Native<null> {
  const global = kind === 'trace' ? hooks.trace : hooks.profile;
  if (!global || hooks.tracing > 0) return null;
  const fo = vm.frameObjectOf(frame);
  const callback = kind === 'profile' || event === 'call' ? global : fo.fTrace;
  if (!callback) return null;
  const version = vm.options.version;
  hooks.tracing++;
  // call_trace_func and call_profile_func (3.12+) hold the frame for the call; 3.11 passes the frame's own.
  if (version.tracing.monitoring) vm.incref(fo, Cause.Argument, 'frame');
  // The function itself is borrowed (the thread or the frame holds it), as trace_trampoline passes it.
  fo.tracedLine = line;
  // call_trampoline (≤ 3.12): a frame whose f_locals was read gets them fresh, and what the function put there back.
  if (version.localsCachedOnFrame && fo.fastAsLocals) refreshTracedLocals(vm, fo);
  let result: PyObject;
  try {
    result = yield { callable: callback, args: [fo, eventName(vm, event), arg], kwargs: null };
  } catch (e) {
    finishCall(vm, hooks, fo);
    if (e instanceof PyError) {
      if (kind === 'trace') {
        setTraceFunction(vm, hooks, null, vm.frame);
        clearFrameTrace(vm, fo);
      } else {
        setProfileFunction(vm, hooks, null, vm.frame);
      }
    }
    throw e;
  }
  finishCall(vm, hooks, fo);
  if (kind === 'trace' && result !== vm.none) {
    const old = fo.fTrace;
    fo.fTrace = result;
    if (old) vm.decref(old, Cause.Slot, 'f_trace');
  } else {
    vm.decref(result, Cause.Return);
  }
  return null;
}

function finishCall(vm: VM, hooks: ThreadHooks, fo: PyFrameObject): void {
  if (vm.options.version.localsCachedOnFrame && fo.fastAsLocals) localsToFast(vm, fo);
  fo.tracedLine = 0;
  if (vm.options.version.tracing.monitoring) vm.decref(fo, Cause.Argument, 'frame');
  hooks.tracing--;
}

function clearFrameTrace(vm: VM, fo: PyFrameObject): void {
  const old = fo.fTrace;
  fo.fTrace = null;
  if (old) vm.decref(old, Cause.Slot, 'f_trace');
}

/** call_exc_trace: the trace function's 'exception' event, its argument a new (type, value, traceback) tuple. */
function* exceptionEvent(vm: VM, hooks: ThreadHooks, frame: Frame, exc: PyExceptionObj): Native<null> {
  if (!hooks.trace || hooks.tracing > 0) return null;
  const arg = vm.newTuple([vm.incref(exc.type, Cause.Slot), vm.incref(exc, Cause.Slot), vm.incref(exc.traceback ?? vm.none, Cause.Slot)]);
  try {
    yield* deliver(vm, hooks, 'trace', eventFrame(vm, frame), 'exception', arg, reportedLine(frame));
  } finally {
    vm.decref(arg, Cause.Argument);
  }
  return null;
}

/** Runs hook calls whose exception replaces `err` (call_trace_protected, do_monitor_exc): the exception to go on with. */
function* replacing(vm: VM, err: PyError, work: Native<null>): Generator<import('./frame').CallRequest, PyError, PyObject> {
  try {
    yield* work;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.decref(err.exc, Cause.Exception);
    return e;
  }
  return err;
}

// ---- before an instruction -----------------------------------------------------------------------

/** The order of the hooks of one instruction (FrameHooks.stage counts those delivered). */
const Stage = { Pending: 0, CallTrace: 1, CallProfile: 2, Line: 3, ReturnTrace: 4, ReturnProfile: 5, CCall: 6, Done: 7 } as const;

/**
 * Called before each instruction while the thread has a trace or profile function: delivers the
 * instruction's events in order. Returns true when a hook's call is under way (the instruction runs after
 * it, when the loop comes back to it), false when the instruction runs now.
 */
export function hookInstruction(vm: VM, frame: Frame): boolean {
  const hooks = vm.hooks;
  if (hooks.tracing > 0 || frame.unit.library) return false;
  const pc = frame.pc;
  const state = frameHooks(frame);
  if (state.pc !== pc) {
    state.pc = pc;
    state.stage = Stage.Pending;
  }
  while (state.stage < Stage.Done) {
    const stage = state.stage++;
    const work = stageWork(vm, hooks, frame, pc, stage);
    if (!work) continue;
    vm.runNative(work, noop, 'trace');
    // A Python function is being called: the instruction waits for it.
    if (vm.frame !== frame) return true;
  }
  state.pc = -1;
  noteInstruction(vm, frame, pc, eventFrame(vm, frame));
  return false;
}

function stageWork(vm: VM, hooks: ThreadHooks, frame: Frame, pc: number, stage: number): Native<PyObject | null> | null {
  const op = frame.unit.ops[pc];
  switch (stage) {
    case Stage.Pending: {
      const pending = frame.hooks?.pending;
      if (!pending) return null;
      frameHooks(frame).pending = null;
      return pending.kind === 'c_call' ? cReturn(vm, hooks, frame, pending.func) : loopStopIteration(vm, hooks, frame, pending);
    }
    case Stage.CallTrace:
    case Stage.CallProfile: {
      if (op !== Op.RESUME || !isTraceable(vm, frame, pc) || isInlinedComprehension(vm, frame.unit)) return null;
      const kind = stage === Stage.CallTrace ? 'trace' : 'profile';
      if ((kind === 'trace' ? hooks.trace : hooks.profile) === null) return null;
      return onInstruction(vm, frame, pc, deliver(vm, hooks, kind, frame, 'call', vm.none, lineOf(frame, pc)));
    }
    case Stage.Line: {
      if (!hooks.trace || op === Op.RESUME || !isTraceable(vm, frame, pc)) return null;
      const owner = eventFrame(vm, frame);
      // maybe_call_line_trace and the LINE callback look at the frame object (making it) before f_trace_lines.
      const fo = vm.frameObjectOf(owner);
      if (!fo.traceLines) return null;
      const line = lineEventAt(vm, frame, pc, owner);
      if (line < 0) return null;
      return onInstruction(vm, frame, pc, deliver(vm, hooks, 'trace', owner, 'line', vm.none, line));
    }
    case Stage.ReturnTrace:
    case Stage.ReturnProfile: {
      if (op !== Op.YIELD_VALUE && (op !== Op.RETURN_VALUE || isInlinedComprehension(vm, frame.unit))) return null;
      const kind = stage === Stage.ReturnTrace ? 'trace' : 'profile';
      if ((kind === 'trace' ? hooks.trace : hooks.profile) === null) return null;
      const value = frame.stack[frame.stack.length - 1] as PyObject;
      return onInstruction(vm, frame, pc, deliver(vm, hooks, kind, eventFrame(vm, frame), 'return', value, lineOf(frame, pc)), op === Op.RETURN_VALUE);
    }
    case Stage.CCall: {
      if (!hooks.profile || (op !== Op.CALL && op !== Op.CALL_FUNCTION_EX)) return null;
      const func = cFunctionCalled(vm, frame, op, frame.unit.args[pc]);
      return func ? onInstruction(vm, frame, pc, cCall(vm, hooks, frame, pc, func)) : null;
    }
    default:
      return null;
  }
}

/**
 * A hook of the instruction at `pc` that fails fails the instruction: its traceback entry and handlers are
 * the instruction's. 3.11's RETURN_VALUE instead leaves the frame at once (exit_unwind).
 */
function* onInstruction(vm: VM, frame: Frame, pc: number, work: Native<null>, returning = false): Native<PyObject | null> {
  try {
    yield* work;
  } catch (e) {
    if (e instanceof PyError) {
      frameHooks(frame).pc = -1;
      frame.lasti = pc;
      frame.reportedLasti = -1;
      const line = frame.code.lines[pc];
      if (line > 0) frame.line = line;
      if (returning && !vm.options.version.tracing.monitoring) e.leavesFrame = frame;
    }
    throw e;
  }
  return null;
}

/** C_TRACE's 'c_call': the profile function is told before the call; its end is reported by the next instruction. */
function* cCall(vm: VM, hooks: ThreadHooks, frame: Frame, pc: number, func: PyObject): Native<null> {
  try {
    yield* deliver(vm, hooks, 'profile', eventFrame(vm, frame), 'c_call', func, lineOf(frame, pc));
  } catch (e) {
    vm.decref(func, Cause.Argument);
    throw e;
  }
  frameHooks(frame).pending = { kind: 'c_call', func };
  return null;
}

/** 'c_return' once the C function returned. A profile function failing fails the CALL: its result goes. */
function* cReturn(vm: VM, hooks: ThreadHooks, frame: Frame, func: PyObject): Native<PyObject | null> {
  try {
    yield* deliver(vm, hooks, 'profile', eventFrame(vm, frame), 'c_return', func, reportedLine(frame));
  } catch (e) {
    if (e instanceof PyError) {
      frameHooks(frame).pc = -1;
      const result = frame.stack.pop();
      if (result) vm.decref(result, Cause.Stack);
    }
    throw e;
  } finally {
    vm.decref(func, Cause.Argument);
  }
  return null;
}

/** FOR_ITER's call_exc_trace of the StopIteration that ended the loop (an error there is cleared with it), or END_SEND's. */
function* loopStopIteration(vm: VM, hooks: ThreadHooks, frame: Frame, pending: Extract<PendingHook, { kind: 'stop-iteration' }>): Native<PyObject | null> {
  try {
    yield* exceptionEvent(vm, hooks, frame, pending.exc);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    frameHooks(frame).pc = -1;
    if (pending.fails) throw e;
    vm.decref(e.exc, Cause.Exception);
  } finally {
    vm.decref(pending.exc, Cause.Exception);
  }
  return null;
}

/**
 * The C function a CALL calls, as the profile function is given it (a new reference), or null when the
 * callee is not one: a built-in function, or a method descriptor bound to its first argument on the way
 * (3.11 trace_call_function, do_call_core; 3.12+ sys_profile_call_or_return). Classes, Python functions,
 * slot wrappers and method-wrappers are not.
 */
function cFunctionCalled(vm: VM, frame: Frame, op: number, arg: number): PyObject | null {
  const stack = frame.stack;
  let callable: PyObject | null;
  let self: PyObject | null;
  if (op === Op.CALL) {
    const base = stack.length - arg - 2;
    const first = stack[base];
    callable = first ?? stack[base + 1];
    const argsStart = first ? base + 1 : base + 2;
    self = argsStart < stack.length ? stack[argsStart] : null;
  } else {
    const callargs = stack[stack.length - ((arg & 1) ? 2 : 1)];
    callable = stack[stack.length - ((arg & 1) ? 3 : 2)];
    self = callargs instanceof PyTuple && callargs.items.length ? callargs.items[0] : null;
  }
  if (callable instanceof PyBuiltin && callable.type === vm.t.builtin_function_or_method) return vm.incref(callable, Cause.Argument);
  if (callable instanceof PyMethodDescriptor && callable.type === vm.t.method_descriptor && self) {
    // method_get: a bound built-in method, made for the profile function and dropped after the call.
    return vm.newBuiltin(callable.name, callable.impl, self, callable.owner.name);
  }
  return null;
}

// ---- while an exception unwinds ------------------------------------------------------------------

/** Whether the hooks hear about `frame`: not the simulator's library. */
function heard(frame: Frame): boolean {
  return !frame.unit.library;
}

/** vm.unwind while the thread has hooks: the same unwinding, with each frame's events on the way. */
export function unwindWithHooks(vm: VM, err: PyError, frame: Frame, addTraceback: boolean): void {
  vm.runNative(hookedUnwind(vm, err, frame, !err.reraise && addTraceback), noop, 'trace');
}

/**
 * exception_unwind with hooks: in the frame where the exception is raised (and in each caller it reaches),
 * the profile function's 'c_exception' when a C function raised it, the traceback entry, the trace
 * function's 'exception'; then its handler, or (the value stack emptied) its 'return' event with None
 * before the frame goes. A hook's exception replaces the one unwinding.
 */
function* hookedUnwind(vm: VM, err: PyError, frame: Frame, raised: boolean): Native<PyObject | null> {
  const hooks = vm.hooks;
  if (!err.reraise) vm.chainContext(err.exc);
  err.reraise = false;
  // 3.12+: an exception leaving an inlined comprehension is still in its function's frame for CPython.
  let sameFrame = false;
  for (;;) {
    vm.frame = frame;
    const leaving = err.leavesFrame === frame;
    if (raised && !leaving) err = yield* raiseIn(vm, hooks, err, frame, !sameFrame);
    if (!leaving && vm.enterHandler(err, frame)) return null;
    if (!leaving && heard(frame) && !isInlinedComprehension(vm, frame.unit)) {
      while (frame.stack.length) {
        const v = frame.stack.pop();
        if (v) vm.decref(v, Cause.Stack);
      }
      vm.frame = frame;
      // trace_function_exit(NULL) / PY_UNWIND: the trace function, then the profile function (none after a failure).
      const before = err;
      err = yield* replacing(vm, err, deliver(vm, hooks, 'trace', frame, 'return', vm.none, reportedLine(frame)));
      if (err === before) err = yield* replacing(vm, err, deliver(vm, hooks, 'profile', frame, 'return', vm.none, reportedLine(frame)));
    }
    sameFrame = isInlinedComprehension(vm, frame.unit);
    const caller = vm.leaveFrameRaising(err, frame);
    if (!caller) return null;
    frame = caller;
    raised = true;
  }
}

/** The error label: 'c_exception', the traceback entry, 'exception'. Returns the exception to go on with. */
function* raiseIn(vm: VM, hooks: ThreadHooks, err: PyError, frame: Frame, reportException: boolean): Generator<import('./frame').CallRequest, PyError, PyObject> {
  const pending = frame.hooks?.pending;
  if (pending) {
    frameHooks(frame).pending = null;
    if (pending.kind === 'c_call') {
      try {
        err = yield* replacing(vm, err, deliver(vm, hooks, 'profile', eventFrame(vm, frame), 'c_exception', pending.func, reportedLine(frame)));
      } finally {
        vm.decref(pending.func, Cause.Argument);
      }
    } else {
      releasePending(vm, pending);
    }
  }
  vm.addTraceback(err.exc, frame);
  if (reportException && heard(frame)) {
    vm.frame = frame;
    err = yield* replacing(vm, err, exceptionEvent(vm, hooks, frame, err.exc));
  }
  return err;
}

/**
 * gen.throw() (and close()) into a generator frame with hooks: its 'call' event first (3.11
 * TRACE_FUNCTION_THROW_ENTRY, 3.12+ PY_THROW), then the exception raised where it stopped.
 */
export function throwWithHooks(vm: VM, frame: Frame, err: PyError): void {
  vm.runNative(hookedThrow(vm, frame, err), noop, 'trace');
}

function* hookedThrow(vm: VM, frame: Frame, err: PyError): Native<PyObject | null> {
  const hooks = vm.hooks;
  const monitoring = vm.options.version.tracing.monitoring;
  // 3.12+: close() of a generator that never started just marks it done (gen_close's FRAME_CREATED case).
  const unstartedClose = monitoring && frame.pc === 0 && err.exc.type === vm.exc.get('GeneratorExit');
  if (heard(frame) && !unstartedClose) {
    const line = reportedLine(frame);
    const before = err;
    err = yield* replacing(vm, err, deliver(vm, hooks, 'trace', frame, 'call', vm.none, line));
    const profileArg = monitoring && vm.options.version.tracing.throwCallArgIsException ? err.exc : vm.none;
    if (err === before) err = yield* replacing(vm, err, deliver(vm, hooks, 'profile', frame, 'call', profileArg, line));
    vm.frame = frame;
  }
  vm.chainContext(err.exc, vm.excInfo);
  vm.addTraceback(err.exc, frame);
  if (heard(frame) && !unstartedClose) {
    const before = err;
    err = yield* replacing(vm, err, exceptionEvent(vm, hooks, frame, err.exc));
    // 3.13 resumes a generator at the RESUME after its yield: the handler of a `yield from` or `await` loop
    // (CLEANUP_THROW, on the same line) reports its line again.
    const { ops, args } = frame.unit;
    if (err === before && vm.options.version.tracing.throwReportsDelegationLine && ops[frame.pc] === Op.RESUME && args[frame.pc] >= 2) {
      const fo = vm.frameObjectOf(frame);
      if (fo.traceLines) err = yield* replacing(vm, err, deliver(vm, hooks, 'trace', frame, 'line', vm.none, reportedLine(frame)));
    }
  }
  err.reraise = true;
  yield* hookedUnwind(vm, err, frame, false);
  return null;
}

/**
 * 3.12+: a generator resumed with the StopIteration its subiterator returned by after throw() (the
 * `yield from` loop's CLEANUP_THROW handler takes it): 'call', 'exception' with it, the loop's line, then
 * the generator goes on after its `yield from`. `exc` is owned.
 */
export function reportResumedStop(vm: VM, frame: Frame, exc: PyExceptionObj): void {
  vm.runNative(resumedStop(vm, frame, exc), noop, 'trace');
}

function* resumedStop(vm: VM, frame: Frame, exc: PyExceptionObj): Native<PyObject | null> {
  const hooks = vm.hooks;
  if (!heard(frame) || hooks.tracing > 0) {
    vm.decref(exc, Cause.Exception);
    return null;
  }
  const line = reportedLine(frame);
  try {
    yield* deliver(vm, hooks, 'trace', frame, 'call', vm.none, line);
    yield* deliver(vm, hooks, 'profile', frame, 'call', vm.options.version.tracing.throwCallArgIsException ? exc : vm.none, line);
    yield* exceptionEvent(vm, hooks, frame, exc);
    if (hooks.trace && vm.frameObjectOf(frame).traceLines) yield* deliver(vm, hooks, 'trace', frame, 'line', vm.none, line);
  } finally {
    vm.decref(exc, Cause.Exception);
  }
  return null;
}

// ---- loops that end on a StopIteration -----------------------------------------------------------

/**
 * FOR_ITER (or SEND: `fails`, its error is the instruction's) ended on a StopIteration raised by __next__
 * (call_exc_trace / monitor_raise before clearing it): the trace function hears of it before the loop's
 * next instruction. `exc` is owned.
 */
export function noteLoopStopIteration(vm: VM, frame: Frame, exc: PyExceptionObj, fails = false): void {
  pend(vm, frame, { kind: 'stop-iteration', exc, fails });
}

/**
 * A `yield from` or `await` of a generator or coroutine that returned reports a StopIteration carrying its
 * value: 3.12+ always (INSTRUMENTED_END_SEND), 3.11 when it was raised (see there). Borrowed arguments.
 */
export function noteSendReturned(vm: VM, frame: Frame, receiver: PyObject, sent: PyObject, value: PyObject): void {
  if (!vm.hooks.trace || vm.hooks.tracing > 0 || frame.unit.library) return;
  if (!(receiver instanceof PyGenerator) || receiver instanceof PyAsyncGenerator) return;
  // 3.11's SEND under tracing steps a generator with tp_iternext (a StopIteration only for a value other
  // than None) or its send() method (always one), and reports it (call_exc_trace).
  if (!vm.options.version.tracing.monitoring && sent === vm.none && value === vm.none) return;
  const exc = vm.newException(vm.exc.get('StopIteration') as never, value === vm.none ? [] : [vm.incref(value, Cause.Slot)]);
  pend(vm, frame, { kind: 'stop-iteration', exc, fails: true });
}

function pend(vm: VM, frame: Frame, pending: PendingHook): void {
  const state = frameHooks(frame);
  if (state.pending) releasePending(vm, state.pending);
  state.pending = pending;
}

/** Whether a loop's StopIteration should be kept for the trace function (noteLoopStopIteration). */
export function tracesLoopEnd(vm: VM, frame: Frame): boolean {
  return vm.hooked && vm.hooks.trace !== null && vm.hooks.tracing === 0 && !frame.unit.library;
}
