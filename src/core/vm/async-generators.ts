// Driving an async generator through its awaitables (Objects/genobject.c: async_gen_asend_send/_throw,
// async_gen_athrow_send/_throw, async_gen_unwrap_value, async_gen_init_hooks). The generator's frame
// yields two kinds of values: wrapped ones (its own `yield`), which end the awaitable with
// StopIteration(value), and plain ones (what an `await` inside it passes out to the event loop),
// which the awaitable passes on.

import type { PyObject } from '../objects/object';
import { PyAsyncGenerator, PyAsyncGenWrappedValue, PyAsyncGenAwaitable } from '../objects/async-generators';
import type { VM } from './vm';
import type { CallRequest } from './frame';
import { PyError } from './errors';
import { advanceGenerator, throwIntoGenerator } from './generators';
import { thrownException } from '../builtins/generator-methods';
import { Cause } from '../trace/events';

/** What one step of an awaitable gives: a value passed out to whoever awaits, or its end (StopIteration's value). */
export type AwaitableStep = { yielded: PyObject } | { returned: PyObject };
type Stepping = Generator<CallRequest, AwaitableStep, PyObject>;

function matches(vm: VM, e: PyError, name: string): boolean {
  return e.exc.type.isSubtypeOf(vm.exc.get(name) as never);
}

/** async_gen_init_hooks: on the first anext/asend/athrow/aclose, keep sys's finalizer hook and call its firstiter. */
export function* initHooks(vm: VM, gen: PyAsyncGenerator): Generator<CallRequest, void, PyObject> {
  if (gen.hooksInited) return;
  gen.hooksInited = true;
  const { finalizer, firstiter } = vm.asyncGenHooks;
  if (finalizer) gen.finalizer = vm.incref(finalizer, Cause.Slot, 'ag_origin_or_finalizer');
  if (firstiter) {
    vm.incref(firstiter, Cause.Stack);
    try {
      vm.decref(yield { callable: firstiter, args: [gen], kwargs: null }, Cause.Return);
    } finally {
      vm.decref(firstiter, Cause.Stack);
    }
  }
}

/** An awaitable (asend when `args` is unused, athrow) over `gen`, which it holds. */
export function newAwaitable(vm: VM, gen: PyAsyncGenerator, kind: 'asend' | 'athrow', sendValue: PyObject | null, args: PyObject[] | null): PyAsyncGenAwaitable {
  vm.incref(gen, Cause.Slot, kind === 'asend' ? 'ags_gen' : 'agt_gen');
  if (sendValue) vm.incref(sendValue, Cause.Slot, 'ags_sendval');
  if (args) for (const a of args) vm.incref(a, Cause.Slot, 'agt_args');
  const type = kind === 'asend' ? vm.t.async_generator_asend : vm.t.async_generator_athrow;
  const aw = vm.track(new PyAsyncGenAwaitable(type, gen, sendValue, args));
  aw.warnsUnawaited = vm.options.version.generators.unawaitedAgenMethodWarns;
  return aw;
}

/** ASYNC_GEN_WRAP: the value (owned) of an async generator's `yield`, in its wrapper. */
export function wrapValue(vm: VM, value: PyObject): PyObject {
  return vm.track(new PyAsyncGenWrappedValue(vm.t.async_generator_wrapped_value, value));
}

/** Takes the value out of a wrapper (owned), which goes. */
function unwrap(vm: VM, wrapper: PyAsyncGenWrappedValue): PyObject {
  const value = vm.incref(wrapper.value as PyObject, Cause.Return);
  vm.decref(wrapper, Cause.Return);
  return value;
}

/**
 * async_gen_unwrap_value: an async `yield` ends the awaitable with its value; the generator's end is
 * StopAsyncIteration; what an await inside it yields passes through (the generator still runs).
 */
function unwrapStep(vm: VM, gen: PyAsyncGenerator, step: AwaitableStep): AwaitableStep {
  if ('returned' in step) {
    // gen_send_ex: an async generator that returned signals StopAsyncIteration.
    vm.decref(step.returned, Cause.Return);
    gen.closed = true;
    gen.runningAsync = false;
    throw vm.error('StopAsyncIteration');
  }
  if (step.yielded instanceof PyAsyncGenWrappedValue) {
    gen.runningAsync = false;
    return { returned: unwrap(vm, step.yielded) };
  }
  return step;
}

/** async_gen_unwrap_value on an error: StopAsyncIteration or GeneratorExit leave the generator closed. */
function unwrapError(vm: VM, gen: PyAsyncGenerator, e: unknown): void {
  if (!(e instanceof PyError)) return;
  if (matches(vm, e, 'StopAsyncIteration') || matches(vm, e, 'GeneratorExit')) gen.closed = true;
  gen.runningAsync = false;
}

/** Resumes the generator with `send` (None when null); a finished one returns None (gen_send_ex2). */
function* sendInto(vm: VM, gen: PyAsyncGenerator, send: PyObject | null): Stepping {
  return yield* advanceGenerator(vm, gen, send);
}

/** throw() into the generator where it stopped: its next yield, or its end (StopIteration from throwIntoGenerator). */
function* throwInto(vm: VM, gen: PyAsyncGenerator, err: PyError): Stepping {
  try {
    return { yielded: yield* throwIntoGenerator(vm, gen, err) };
  } catch (e) {
    // throwIntoGenerator reports the generator's return as StopIteration; an async generator's is StopAsyncIteration.
    if (e instanceof PyError && matches(vm, e, 'StopIteration') && !gen.frame) {
      const value = e.exc.args.items.length ? vm.incref(e.exc.args.items[0], Cause.Return) : vm.newNone();
      vm.decref(e.exc, Cause.Exception);
      return { returned: value };
    }
    throw e;
  }
}

/** An awaitable that ended (with the yielded value as StopIteration's) cannot be awaited again. */
function endsAwaitable(aw: PyAsyncGenAwaitable, step: AwaitableStep): AwaitableStep {
  if ('returned' in step) aw.state = 'closed';
  return step;
}

function reuseError(vm: VM, aw: PyAsyncGenAwaitable): PyError {
  return aw.type === vm.t.async_generator_asend
    ? vm.error('RuntimeError', 'cannot reuse already awaited __anext__()/asend()')
    : vm.error('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
}

/** asend's send(arg) / __next__ (arg null): async_gen_asend_send. */
export function* asendSend(vm: VM, aw: PyAsyncGenAwaitable, arg: PyObject | null): Stepping {
  if (aw.state === 'closed' || !aw.gen) throw reuseError(vm, aw);
  const gen = aw.gen;
  if (aw.state === 'init') {
    if (gen.runningAsync) {
      aw.state = 'closed';
      throw vm.error('RuntimeError', 'anext(): asynchronous generator is already running');
    }
    if (!arg || arg === vm.none) arg = aw.sendValue;
    aw.state = 'iter';
  }
  gen.runningAsync = true;
  try {
    return endsAwaitable(aw, unwrapStep(vm, gen, yield* sendInto(vm, gen, arg)));
  } catch (e) {
    unwrapError(vm, gen, e);
    aw.state = 'closed';
    throw e;
  }
}

/** asend's throw(...): async_gen_asend_throw (`err` owned). */
export function* asendThrow(vm: VM, aw: PyAsyncGenAwaitable, err: PyError): Stepping {
  if (aw.state === 'closed' || !aw.gen) {
    vm.decref(err.exc, Cause.Exception);
    throw reuseError(vm, aw);
  }
  const gen = aw.gen;
  if (aw.state === 'init') {
    if (gen.runningAsync) {
      vm.decref(err.exc, Cause.Exception);
      aw.state = 'closed';
      throw vm.error('RuntimeError', 'anext(): asynchronous generator is already running');
    }
    aw.state = 'iter';
    gen.runningAsync = true;
  }
  try {
    return endsAwaitable(aw, unwrapStep(vm, gen, yield* throwInto(vm, gen, err)));
  } catch (e) {
    unwrapError(vm, gen, e);
    aw.state = 'closed';
    throw e;
  }
}

/** aclose() mode: its end is StopIteration (done) also when the generator raised StopAsyncIteration or GeneratorExit. */
function closeOutcome(vm: VM, aw: PyAsyncGenAwaitable, gen: PyAsyncGenerator, e: unknown): AwaitableStep {
  gen.runningAsync = false;
  aw.state = 'closed';
  if (e instanceof PyError && (matches(vm, e, 'StopAsyncIteration') || matches(vm, e, 'GeneratorExit'))) {
    vm.decref(e.exc, Cause.Exception);
    return { returned: vm.newNone() };
  }
  throw e;
}

/** An async yield while aclose() runs: "async generator ignored GeneratorExit". */
function ignoredExit(vm: VM, aw: PyAsyncGenAwaitable, gen: PyAsyncGenerator, wrapper: PyAsyncGenWrappedValue): never {
  vm.decref(wrapper, Cause.Return);
  gen.runningAsync = false;
  aw.state = 'closed';
  throw vm.error('RuntimeError', 'async generator ignored GeneratorExit');
}

/** An aclose() step (the generator's end as StopAsyncIteration, for closeOutcome). */
function* closingStep(vm: VM, aw: PyAsyncGenAwaitable, gen: PyAsyncGenerator, run: () => Stepping): Stepping {
  let step: AwaitableStep;
  try {
    step = yield* run();
    if ('returned' in step) {
      vm.decref(step.returned, Cause.Return);
      throw vm.error('StopAsyncIteration');
    }
  } catch (e) {
    return closeOutcome(vm, aw, gen, e);
  }
  if (step.yielded instanceof PyAsyncGenWrappedValue) ignoredExit(vm, aw, gen, step.yielded);
  return step;
}

/**
 * athrow's send(arg) / __next__: async_gen_athrow_send. The first step throws (aw.args: athrow's
 * exception, made by `makeError`; none: aclose's GeneratorExit), later ones resume the generator.
 */
export function* athrowSend(vm: VM, aw: PyAsyncGenAwaitable, arg: PyObject | null, makeError: () => Generator<CallRequest, PyError, PyObject>): Stepping {
  if (aw.state === 'closed' || !aw.gen) throw reuseError(vm, aw);
  const gen = aw.gen;
  if (!gen.frame) {
    aw.state = 'closed';
    return { returned: vm.newNone() };
  }
  const closing = aw.args === null;
  if (aw.state === 'init') {
    if (gen.runningAsync) {
      aw.state = 'closed';
      throw vm.error('RuntimeError', `${closing ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    if (gen.closed) {
      aw.state = 'closed';
      throw vm.error('StopAsyncIteration');
    }
    if (arg && arg !== vm.none) throw vm.error('RuntimeError', "can't send non-None value to a just-started coroutine");
    aw.state = 'iter';
    gen.runningAsync = true;
    if (closing) {
      gen.closed = true;
      return yield* closingStep(vm, aw, gen, () => throwInto(vm, gen, vm.error('GeneratorExit')));
    }
    let err: PyError;
    try {
      err = yield* makeError();
    } catch (e) {
      gen.runningAsync = false;
      throw e;
    }
    return endsAwaitable(aw, yield* throwingStep(vm, aw, gen, () => throwInto(vm, gen, err)));
  }
  if (closing) return yield* closingStep(vm, aw, gen, () => sendInto(vm, gen, arg));
  return yield* throwingStep(vm, aw, gen, () => sendInto(vm, gen, arg));
}

/** athrow's throw(...): async_gen_athrow_throw (`err` owned). */
export function* athrowThrow(vm: VM, aw: PyAsyncGenAwaitable, err: PyError): Stepping {
  if (aw.state === 'closed' || !aw.gen) {
    vm.decref(err.exc, Cause.Exception);
    throw reuseError(vm, aw);
  }
  const gen = aw.gen;
  if (aw.args === null) return yield* closingStep(vm, aw, gen, () => throwInto(vm, gen, err));
  return yield* throwingStep(vm, aw, gen, () => throwInto(vm, gen, err));
}

/** An athrow() step: unwrapped as asend's are. */
function* throwingStep(vm: VM, aw: PyAsyncGenAwaitable, gen: PyAsyncGenerator, run: () => Stepping): Stepping {
  try {
    return unwrapStep(vm, gen, yield* run());
  } catch (e) {
    unwrapError(vm, gen, e);
    aw.state = 'closed';
    throw e;
  }
}

/** One step of an asend or athrow awaitable resumed with `arg` (null: __next__, as SEND does with None). */
export function* awaitableStep(vm: VM, aw: PyAsyncGenAwaitable, arg: PyObject | null): Stepping {
  if (aw.type === vm.t.async_generator_asend) return yield* asendSend(vm, aw, arg);
  const args = aw.args;
  return yield* athrowSend(vm, aw, arg, () => thrownException(vm, (args as PyObject[])[0], args?.[1] ?? null, args?.[2] ?? null));
}
