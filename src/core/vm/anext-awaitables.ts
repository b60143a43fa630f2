// anext(iterator, default)'s awaitable (Objects/iterobject.c): each step drives the awaitable __anext__
// gave, and its StopAsyncIteration becomes the end of the await with the default as its value.
// Modelled for the awaitables async iteration gives: an async generator's asend object, and the coroutine
// of an `async def __anext__`.

import type { PyObject } from '../objects/object';
import { PyAnextAwaitable } from '../objects/anext-awaitable';
import { PyAsyncGenAwaitable } from '../objects/async-generators';
import { PyCoroutine } from '../objects/iterators';
import type { PyType } from '../objects/type';
import type { VM } from './vm';
import type { CallRequest } from './frame';
import { PyError } from './errors';
import { awaitableStep } from './async-generators';
import { advanceGenerator } from './generators';
import { Cause } from '../trace/events';

/** PyAnextAwaitable_New: holds `wrapped` and `defaultValue` (borrowed: it takes its own references). GC-tracked. */
export function newAnextAwaitable(vm: VM, wrapped: PyObject, defaultValue: PyObject): PyAnextAwaitable {
  vm.incref(wrapped, Cause.Slot, 'wrapped');
  vm.incref(defaultValue, Cause.Slot, 'default_value');
  return vm.track(new PyAnextAwaitable(vm.t.anext_awaitable, wrapped, defaultValue));
}

/** Whether anext's default can wrap `awaitable` here (the others stop the run: not modelled). */
export function anextDefaultModelled(awaitable: PyObject): boolean {
  return awaitable instanceof PyAsyncGenAwaitable || awaitable instanceof PyCoroutine;
}

/**
 * One step (anextawaitable_proxy with "send", or iternext when `value` is null): what the wrapped awaitable
 * yields, or its end: its value, or the default when it raised StopAsyncIteration (a new reference).
 */
export function* anextStep(vm: VM, aw: PyAnextAwaitable, value: PyObject | null): Generator<CallRequest, { yielded: PyObject } | { returned: PyObject }, PyObject> {
  const wrapped = aw.wrapped as PyObject;
  try {
    if (wrapped instanceof PyAsyncGenAwaitable) return yield* awaitableStep(vm, wrapped, value);
    return yield* advanceGenerator(vm, wrapped as PyCoroutine, value);
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('StopAsyncIteration') as PyType)) throw e;
    vm.decref(e.exc, Cause.Exception);
    return { returned: vm.incref(aw.defaultValue as PyObject, Cause.Return) };
  }
}
