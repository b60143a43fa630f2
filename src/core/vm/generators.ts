// Resuming generator frames (Objects/genobject.c). A generator's frame is pushed on the frame stack
// by its consumer (next(), a for loop, send(), throw()...) and pops itself at each `yield`.

import type { PyObject } from '../objects/object';
import type { PyGenerator } from '../objects/iterators';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from './vm';
import type { CallRequest } from './frame';
import { PyError } from './errors';
import { Op } from '../compile/bytecode';

type Resumed = Generator<CallRequest, { yielded: PyObject } | { returned: PyObject }, PyObject>;

/**
 * gen_send_ex2: runs the generator to its next yield or its end, with `send` pushed as the value of
 * the yield it stopped at, or `raise` raised there. Both are consumed.
 */
function* resume(vm: VM, gen: PyGenerator, send: PyObject | null, raise: PyError | null): Resumed {
  const frame = gen.frame;
  if (!frame) throw new Error('internal: resuming a finished generator');
  const started = frame.pc > 0;
  if (started && !raise) frame.stack.push(send ? vm.incref(send, 'stack') : vm.newNone());
  gen.running = true;
  let value: PyObject;
  try {
    value = yield { callable: gen, args: [], kwargs: null, resume: frame, ...(raise ? { raise } : {}) };
  } finally {
    gen.running = false;
  }
  return gen.frame === null ? { returned: value } : { yielded: value };
}

function checkNotRunning(vm: VM, gen: PyGenerator): void {
  if (gen.running) throw vm.error('ValueError', 'generator already executing');
}

/** Runs the generator to its next yield: a new reference, or null when it finished. */
export function* resumeGenerator(vm: VM, gen: PyGenerator, send: PyObject | null): Generator<CallRequest, PyObject | null, PyObject> {
  if (!gen.frame) return null;
  checkNotRunning(vm, gen);
  if (gen.frame.pc === 0 && send && send !== vm.none) throw vm.error('TypeError', "can't send non-None value to a just-started generator");
  const r = yield* resume(vm, gen, send, null);
  if ('yielded' in r) return r.yielded;
  // It returned: the value would be StopIteration.value; a for loop drops it.
  vm.decref(r.returned, 'return');
  return null;
}

/** _PyGen_SetStopIterationValue: StopIteration carrying a generator's return value (none for None). */
export function stopIteration(vm: VM, returned: PyObject): PyError {
  if (returned === vm.none) {
    vm.decref(returned, 'return');
    return vm.error('StopIteration');
  }
  return vm.errorWith('StopIteration', [returned]);
}

/** send(value): the next yielded value, or StopIteration with the generator's return value. */
export function* sendToGenerator(vm: VM, gen: PyGenerator, send: PyObject): Generator<CallRequest, PyObject, PyObject> {
  // An exhausted generator: send() raises a bare StopIteration.
  if (!gen.frame) throw vm.error('StopIteration');
  checkNotRunning(vm, gen);
  if (gen.frame.pc === 0 && send !== vm.none) throw vm.error('TypeError', "can't send non-None value to a just-started generator");
  const r = yield* resume(vm, gen, send, null);
  if ('yielded' in r) return r.yielded;
  throw stopIteration(vm, r.returned);
}

/** The `yield from` subiterator a suspended generator delegates to (_PyGen_yf), or null. */
function delegate(vm: VM, gen: PyGenerator): PyObject | null {
  const frame = gen.frame;
  if (!frame || frame.pc === 0) return null;
  // The yield-from loop stops at its YIELD_VALUE with RESUME 2 next, the subiterator under the yielded value's slot.
  if (frame.unit.ops[frame.pc] !== Op.RESUME || frame.unit.args[frame.pc] < 2) return null;
  return frame.stack[frame.stack.length - 1] ?? null;
}

/**
 * _gen_throw: raises `err` (owned) in the generator where it stopped. Returns the next yielded value,
 * or throws: StopIteration with the return value when the generator returned, else what it raised.
 */
export function* throwIntoGenerator(vm: VM, gen: PyGenerator, err: PyError): Generator<CallRequest, PyObject, PyObject> {
  if (delegate(vm, gen)) {
    vm.decref(err.exc, 'exception');
    throw vm.unsupported('throw() or close() on a generator suspended in `yield from`');
  }
  // A finished generator: the exception is raised in the caller (gen_send_ex2's FRAME_STATE_FINISHED).
  if (!gen.frame) throw err;
  if (gen.running) {
    vm.decref(err.exc, 'exception');
    throw vm.error('ValueError', 'generator already executing');
  }
  const r = yield* resume(vm, gen, null, err);
  if ('yielded' in r) return r.yielded;
  throw stopIteration(vm, r.returned);
}

/**
 * gen_close: GeneratorExit raised where the generator stopped (nothing to do once it finished; one that
 * never started ends at once, as 3.11's does: the exception meets no handler there). It must end by that exception (or StopIteration): a yield instead is a RuntimeError.
 * Returns the generator's return value when `returnsValue` (3.13+), else None.
 */
export function* closeGenerator(vm: VM, gen: PyGenerator, returnsValue: boolean): Generator<CallRequest, PyObject, PyObject> {
  if (!gen.frame) return vm.newNone();
  let yielded: PyObject;
  try {
    yielded = yield* throwIntoGenerator(vm, gen, vm.error('GeneratorExit'));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const exc = e.exc;
    if (isInstanceOf(vm, exc, 'GeneratorExit')) {
      vm.decref(exc, 'exception');
      return vm.newNone();
    }
    if (isInstanceOf(vm, exc, 'StopIteration')) {
      // The generator returned: its value (StopIteration.value) when close() gives it back.
      const value = returnsValue && exc.args.items.length ? vm.incref(exc.args.items[0], 'return') : vm.newNone();
      vm.decref(exc, 'exception');
      return value;
    }
    throw e;
  }
  vm.decref(yielded, 'return');
  throw vm.error('RuntimeError', 'generator ignored GeneratorExit');
}

function isInstanceOf(vm: VM, exc: PyExceptionObj, name: string): boolean {
  return exc.type.isSubtypeOf(vm.exc.get(name) as never);
}
