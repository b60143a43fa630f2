// Resuming generator frames (Objects/genobject.c). A generator's frame is pushed on the frame stack
// by its consumer (next(), a for loop, send(), throw()...) and pops itself at each `yield`.

import type { PyObject } from '../objects/object';
import { PyGenerator, PyCoroutine } from '../objects/iterators';
import { PyAsyncGenerator } from '../objects/async-generators';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from './vm';
import { findHandler } from './vm';
import type { CallRequest } from './frame';
import { PyError } from './errors';
import { Op } from '../compile/bytecode';
import { getAttr } from '../runtime/attributes';
import { Cause } from '../trace/events';

type Resumed = Generator<CallRequest, { yielded: PyObject } | { returned: PyObject }, PyObject>;

/**
 * gen_send_ex2: runs the generator to its next yield or its end, with `send` pushed as the value of
 * the yield it stopped at, or `raise` raised there. Both are consumed.
 */
function* resume(vm: VM, gen: PyGenerator, send: PyObject | null, raise: PyError | null, reportStop: PyObject | null = null): Resumed {
  const frame = gen.frame;
  if (!frame) throw new Error('internal: resuming a finished generator');
  const started = frame.pc > 0;
  if (started && !raise) frame.stack.push(send ? vm.incref(send, Cause.Stack) : vm.newNone());
  gen.running = true;
  let value: PyObject;
  try {
    value = yield { callable: gen, args: [], kwargs: null, resume: frame, ...(raise ? { raise } : {}), ...(reportStop ? { reportStop } : {}) };
  } finally {
    gen.running = false;
  }
  return gen.frame === null ? { returned: value } : { yielded: value };
}

/** 'generator', 'coroutine' or 'async generator', as gen_send_ex2's messages name the object. */
export function kindOf(gen: PyGenerator): string {
  return gen instanceof PyCoroutine ? 'coroutine' : gen instanceof PyAsyncGenerator ? 'async generator' : 'generator';
}

function checkNotRunning(vm: VM, gen: PyGenerator): void {
  if (gen.running) throw vm.error('ValueError', `${kindOf(gen)} already executing`);
}

/** gen_send_ex2 on an exhausted coroutine (other than from close()). */
function reusedCoroutine(vm: VM): PyError {
  return vm.error('RuntimeError', 'cannot reuse already awaited coroutine');
}

/** Runs the generator to its next yield or its end (what it yielded or returned: a new reference; None if it had ended). */
export function* advanceGenerator(vm: VM, gen: PyGenerator, send: PyObject | null): Resumed {
  if (!gen.frame) {
    if (gen instanceof PyCoroutine) throw reusedCoroutine(vm);
    return { returned: vm.newNone() };
  }
  checkNotRunning(vm, gen);
  if (gen.frame.pc === 0 && send && send !== vm.none) throw vm.error('TypeError', `can't send non-None value to a just-started ${kindOf(gen)}`);
  return yield* resume(vm, gen, send, null);
}

/** Runs the generator to its next yield: a new reference, or null when it finished. */
export function* resumeGenerator(vm: VM, gen: PyGenerator, send: PyObject | null): Generator<CallRequest, PyObject | null, PyObject> {
  const r = yield* advanceGenerator(vm, gen, send);
  if ('yielded' in r) return r.yielded;
  // It returned: the value would be StopIteration.value; a for loop drops it.
  vm.decref(r.returned, Cause.Return);
  return null;
}

/** _PyGen_SetStopIterationValue: StopIteration carrying a generator's return value (none for None). */
export function stopIteration(vm: VM, returned: PyObject): PyError {
  if (returned === vm.none) {
    vm.decref(returned, Cause.Return);
    return vm.error('StopIteration');
  }
  return vm.errorWith('StopIteration', [returned]);
}

/** next(gen) (gen_iternext): the next yielded value, or StopIteration with the generator's return value. */
export function* nextOfGenerator(vm: VM, gen: PyGenerator): Generator<CallRequest, PyObject, PyObject> {
  return yield* sendToGenerator(vm, gen, null);
}

/** send(value): the next yielded value, or StopIteration with the generator's return value. */
export function* sendToGenerator(vm: VM, gen: PyGenerator, send: PyObject | null): Generator<CallRequest, PyObject, PyObject> {
  // An exhausted generator raises a bare StopIteration.
  if (!gen.frame && !(gen instanceof PyCoroutine)) throw vm.error('StopIteration');
  const r = yield* advanceGenerator(vm, gen, send);
  if ('yielded' in r) return r.yielded;
  throw stopIteration(vm, r.returned);
}

/** The `yield from` subiterator (the awaited object) a suspended generator (coroutine) delegates to (_PyGen_yf), or null. */
export function delegate(gen: PyGenerator): PyObject | null {
  const frame = gen.frame;
  if (!frame || frame.pc === 0) return null;
  // The yield-from loop stops at its YIELD_VALUE with RESUME 2 next, the subiterator on top of the stack.
  if (frame.unit.ops[frame.pc] !== Op.RESUME || frame.unit.args[frame.pc] < 2) return null;
  return frame.stack[frame.stack.length - 1] ?? null;
}

function isInstanceOf(vm: VM, exc: PyExceptionObj, name: string): boolean {
  return exc.type.isSubtypeOf(vm.exc.get(name) as never);
}

/** gen_close_iter: closes a subiterator (a generator's close(), else its close method if it has one). */
function* closeSubiterator(vm: VM, sub: PyObject, returnsValue: boolean): Generator<CallRequest, void, PyObject> {
  if (sub instanceof PyGenerator) {
    vm.decref(yield* closeGenerator(vm, sub, returnsValue), Cause.Return);
    return;
  }
  if (!hasAttribute(sub, 'close')) return;
  const close = yield* getAttr(vm, sub, 'close');
  try {
    vm.decref(yield { callable: close, args: [], kwargs: null }, Cause.Return);
  } finally {
    vm.decref(close, Cause.Stack);
  }
}

function hasAttribute(o: PyObject, name: string): boolean {
  return o.type.lookup(name) !== null;
}

/**
 * _gen_throw: raises `err` (owned) in the generator where it stopped. Returns the next yielded value,
 * or throws: StopIteration with the return value when the generator returned, else what it raised.
 * A generator delegating with `yield from` passes it on to its subiterator first: GeneratorExit closes
 * the subiterator; another exception is thrown into a generator (or an object with a throw method), and
 * the subiterator's own exception or return comes back to this generator's `yield from`.
 * `given` are throw()'s arguments as the caller passed them (borrowed), which _gen_throw passes on as
 * they are to a subiterator's throw method (one argument stays one: no 3.12+ deprecation warning there).
 */
export function* throwIntoGenerator(vm: VM, gen: PyGenerator, err: PyError, given: PyObject[] | null = null): Generator<CallRequest, PyObject, PyObject> {
  if (gen.running) {
    vm.decref(err.exc, Cause.Exception);
    throw vm.error('ValueError', `${kindOf(gen)} already executing`);
  }
  const sub = delegate(gen);
  if (sub) {
    const returnsValue = vm.options.version.generators.closeReturnsValue;
    if (isInstanceOf(vm, err.exc, 'GeneratorExit')) {
      gen.running = true;
      try {
        yield* closeSubiterator(vm, sub, returnsValue);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        // The subiterator's close failed: that exception is raised here instead.
        vm.decref(err.exc, Cause.Exception);
        err = e;
      } finally {
        gen.running = false;
      }
    } else if (sub instanceof PyGenerator || hasAttribute(sub, 'throw')) {
      let outcome: { yielded: PyObject } | { raised: PyError };
      gen.running = true;
      try {
        outcome = { yielded: sub instanceof PyGenerator ? yield* throwIntoGenerator(vm, sub, err, given) : yield* callThrow(vm, sub, err, given) };
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        outcome = { raised: e };
      } finally {
        gen.running = false;
      }
      if ('yielded' in outcome) return outcome.yielded;
      const raised = outcome.raised;
      if (!isInstanceOf(vm, raised.exc, 'StopIteration')) return yield* finishResume(vm, yield* resume(vm, gen, null, raised));
      // The subiterator returned: the `yield from` ends with its value, and the generator goes on.
      const value = raised.exc.args.items.length ? vm.incref(raised.exc.args.items[0], Cause.Stack) : vm.newNone();
      // 3.12+ throws that StopIteration into the generator, whose `yield from` handler (CLEANUP_THROW) takes
      // the value: a trace function hears of it. 3.11 jumps out of the loop itself (_gen_throw).
      const reportStop = vm.hooked && vm.options.version.tracing.monitoring ? raised.exc : null;
      if (!reportStop) vm.decref(raised.exc, Cause.Exception);
      leaveYieldFrom(vm, gen);
      try {
        return yield* finishResume(vm, yield* resume(vm, gen, value, null, reportStop));
      } finally {
        vm.decref(value, Cause.Stack);
      }
    }
  }
  // A finished generator: the exception is raised in the caller (gen_send_ex2's FRAME_STATE_FINISHED);
  // a finished coroutine raises that it was awaited already instead (close() returned before this).
  if (!gen.frame) {
    if (!(gen instanceof PyCoroutine)) throw err;
    vm.decref(err.exc, Cause.Exception);
    throw reusedCoroutine(vm);
  }
  return yield* finishResume(vm, yield* resume(vm, gen, null, err));
}

function* finishResume(vm: VM, r: { yielded: PyObject } | { returned: PyObject }): Generator<CallRequest, PyObject, PyObject> {
  if ('yielded' in r) return r.yielded;
  throw stopIteration(vm, r.returned);
}

/**
 * sub.throw(...) of a subiterator that is not a generator (its result owned): with the arguments throw()
 * was given, else (type, value, traceback).
 */
function* callThrow(vm: VM, sub: PyObject, err: PyError, given: PyObject[] | null): Generator<CallRequest, PyObject, PyObject> {
  const exc = err.exc;
  const method = yield* getAttr(vm, sub, 'throw');
  try {
    return yield { callable: method, args: given ?? [exc.type, exc, exc.traceback ?? vm.none], kwargs: null };
  } finally {
    vm.decref(method, Cause.Stack);
    vm.decref(exc, Cause.Exception);
  }
}

/** Leaves the SEND loop of the `yield from` the generator stopped in: the subiterator popped, the loop's exit next. */
function leaveYieldFrom(vm: VM, gen: PyGenerator): void {
  const frame = gen.frame as NonNullable<PyGenerator['frame']>;
  const sub = frame.stack.pop();
  if (sub) vm.decref(sub, Cause.Stack);
  // SEND, YIELD_VALUE, RESUME: the SEND's target is where the loop ends.
  frame.pc = frame.unit.args[frame.pc - 2];
}

/**
 * 3.13's gen_close shortcut: stopped at a plain `yield` (not a `yield from`, whose loop has a handler of its
 * own in CPython) that no handler covers: only the generator's implicit StopIteration handler is around it.
 */
function suspendedOutsideHandlers(gen: PyGenerator): boolean {
  const frame = gen.frame;
  if (!frame || frame.pc === 0 || frame.unit.ops[frame.pc] !== Op.RESUME || frame.unit.args[frame.pc] !== 1) return false;
  return findHandler(frame.unit, frame.lasti) === null;
}

/** The generator is done without running (FRAME_COMPLETED, _PyFrame_ClearLocals): its frame lets go of what it held. */
function finishUnrun(vm: VM, gen: PyGenerator): void {
  const frame = gen.frame as NonNullable<PyGenerator['frame']>;
  // releaseFrame leaves the generator's exception slot as a frame that ran would.
  vm.enterGeneratorExcState(gen);
  vm.releaseFrame(frame, false);
}

/**
 * gen_close: GeneratorExit raised where the generator stopped (nothing to do once it finished; one that
 * never started ends at once, as 3.11's does: the exception meets no handler there). It must end by that exception (or StopIteration): a yield instead is a RuntimeError.
 * Returns the generator's return value when `returnsValue` (3.13+), else None.
 */
export function* closeGenerator(vm: VM, gen: PyGenerator, returnsValue: boolean): Generator<CallRequest, PyObject, PyObject> {
  if (!gen.frame) return vm.newNone();
  if (vm.options.version.generators.closeAtOuterYieldFinishes && !gen.running && suspendedOutsideHandlers(gen)) {
    finishUnrun(vm, gen);
    return vm.newNone();
  }
  let yielded: PyObject;
  try {
    yielded = yield* throwIntoGenerator(vm, gen, vm.error('GeneratorExit'));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const exc = e.exc;
    if (isInstanceOf(vm, exc, 'GeneratorExit')) {
      vm.decref(exc, Cause.Exception);
      return vm.newNone();
    }
    if (isInstanceOf(vm, exc, 'StopIteration')) {
      // The generator returned: its value (StopIteration.value) when close() gives it back.
      const value = returnsValue && exc.args.items.length ? vm.incref(exc.args.items[0], Cause.Return) : vm.newNone();
      vm.decref(exc, Cause.Exception);
      return value;
    }
    throw e;
  }
  vm.decref(yielded, Cause.Return);
  throw vm.error('RuntimeError', 'generator ignored GeneratorExit');
}
