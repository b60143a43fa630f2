// `await`'s operand (Objects/genobject.c _PyCoro_GetAwaitableIter, and 3.11's GET_AWAITABLE in
// Python/ceval.c): a coroutine awaits itself; any other object is awaited through the iterator its
// type's __await__ returns (asyncio's Future.__await__ is a generator).

import type { PyObject } from '../objects/object';
import { PyCoroutine, PyGenerator } from '../objects/iterators';
import { PyCode } from '../objects/callables';
import { CodeFlags } from '../compile/bytecode';
import type { VM } from './vm';
import type { Native } from './frame';
import { delegate } from './generators';
import { isBuiltinIterator } from '../runtime/iteration';
import { PyError } from './errors';
import { Cause } from '../trace/events';

/** A generator's co_flags: its running frame's code, else the code it keeps (gi_code). */
function generatorCodeFlags(gen: PyGenerator): number {
  if (gen.frame) return gen.frame.unit.flags;
  return gen.code instanceof PyCode ? gen.code.unit.flags : 0;
}

/** GET_AWAITABLE: the iterator `await o` drives (a new reference). `o` is borrowed. */
export function* awaitableIterator(vm: VM, o: PyObject, where: number): Native {
  if (o instanceof PyCoroutine) {
    // A coroutine suspended in an await of its own is awaited by someone already.
    if (delegate(o)) throw vm.error('RuntimeError', 'coroutine is being awaited already');
    return vm.incref(o, Cause.Stack);
  }
  // A generator of a function types.coroutine marked (gen_is_coroutine): awaited as it is.
  if (o instanceof PyGenerator && o.type === vm.t.generator && generatorCodeFlags(o) & CodeFlags.iterableCoroutine) return vm.incref(o, Cause.Stack);
  const getter = o.type.lookup('__await__');
  if (!getter || getter === vm.none) {
    // format_awaitable_error: after `async with`'s __aenter__ (1) or __aexit__ (2), a message of its own.
    if (where === 1) throw vm.error('TypeError', `'async with' received an object from __aenter__ that does not implement __await__: ${o.type.name}`);
    if (where === 2) throw vm.error('TypeError', `'async with' received an object from __aexit__ that does not implement __await__: ${o.type.name}`);
    throw vm.error('TypeError', `object ${o.type.name} can't be used in 'await' expression`);
  }
  const it = yield { callable: getter, args: [o], kwargs: null };
  // PEP 492: __await__ must return an iterator, not a coroutine.
  if (it instanceof PyCoroutine) {
    vm.decref(it, Cause.Return);
    throw vm.error('TypeError', '__await__() returned a coroutine');
  }
  if (!it.type.lookup('__next__') && !isBuiltinIterator(it)) {
    const name = it.type.name;
    vm.decref(it, Cause.Return);
    throw vm.error('TypeError', `__await__() returned non-iterator of type '${name}'`);
  }
  return it;
}

/** GET_AITER: `async for`'s iterator, what __aiter__ returns (it must have __anext__). `o` is borrowed. */
export function* asyncIterator(vm: VM, o: PyObject): Native {
  const getter = o.type.lookup('__aiter__');
  if (!getter || getter === vm.none) throw vm.error('TypeError', `'async for' requires an object with __aiter__ method, got ${o.type.name}`);
  const it = yield { callable: getter, args: [o], kwargs: null };
  if (!it.type.lookup('__anext__')) {
    const name = it.type.name;
    vm.decref(it, Cause.Return);
    throw vm.error('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${name}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable iterator of `aiter.__anext__()` (a new reference); `aiter` stays on the stack. */
export function* nextAwaitable(vm: VM, aiter: PyObject): Native {
  const getter = aiter.type.lookup('__anext__');
  if (!getter || getter === vm.none) throw vm.error('TypeError', `'async for' requires an iterator with __anext__ method, got ${aiter.type.name}`);
  const next = yield { callable: getter, args: [aiter], kwargs: null };
  try {
    // GET_ANEXT does not refuse a coroutine awaited elsewhere (it calls _PyCoro_GetAwaitableIter directly).
    if (next instanceof PyCoroutine) return vm.incref(next, Cause.Stack);
    return yield* awaitableIterator(vm, next, 0);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    // _PyErr_FormatFromCause: the TypeError says what __anext__ returned, caused by the first error.
    const cause = e.exc;
    const err = vm.error('TypeError', `'async for' received an invalid object from __anext__: ${next.type.name}`);
    err.exc.cause = cause;
    err.exc.context = vm.incref(cause, Cause.Exception, '__context__');
    err.exc.suppressContext = true;
    throw err;
  } finally {
    vm.decref(next, Cause.Return);
  }
}
