// `await`'s operand (Objects/genobject.c _PyCoro_GetAwaitableIter, and 3.11's GET_AWAITABLE in
// Python/ceval.c): a coroutine awaits itself; any other object is awaited through the iterator its
// type's __await__ returns (asyncio's Future.__await__ is a generator).

import type { PyObject } from '../objects/object';
import { PyCoroutine } from '../objects/iterators';
import type { VM } from './vm';
import type { Native } from './frame';
import { delegate } from './generators';
import { isBuiltinIterator } from '../runtime/iteration';
import { Cause } from '../trace/events';

/** GET_AWAITABLE: the iterator `await o` drives (a new reference). `o` is borrowed. */
export function* awaitableIterator(vm: VM, o: PyObject, where: number): Native {
  if (o instanceof PyCoroutine) {
    // A coroutine suspended in an await of its own is awaited by someone already.
    if (delegate(o)) throw vm.error('RuntimeError', 'coroutine is being awaited already');
    return vm.incref(o, Cause.Stack);
  }
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
