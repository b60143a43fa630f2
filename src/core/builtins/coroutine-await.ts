// A coroutine's __await__ (Objects/genobject.c coro_await, its am_await slot) and the
// coroutine_wrapper it returns (_PyCoroWrapper_Type): an iterator over the coroutine, so that an
// object whose __await__ returns `coro.__await__()` can be awaited. Its __next__ (coro_wrapper_iternext),
// send, throw and close are the coroutine's own (gen_iternext, gen_send, gen_throw, gen_close).

import type { PyObject } from '../objects/object';
import type { PyCoroutine } from '../objects/iterators';
import { PyCoroWrapper } from '../objects/coroutine-wrapper';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, slotMethod, selfSlot, arity } from './define';
import { thrownException, checkThrowArguments, noKeywords } from './generator-methods';
import { sendToGenerator, throwIntoGenerator, closeGenerator } from '../vm/generators';
import { Cause } from '../trace/events';

/** coro_await: a new wrapper holding the coroutine (a strong reference, cw_coroutine); GC-tracked. */
export function coroutineWrapper(vm: VM, coro: PyCoroutine): PyCoroWrapper {
  vm.incref(coro, Cause.Slot, 'cw_coroutine');
  return vm.track(new PyCoroWrapper(vm.t.coroutine_wrapper, coro));
}

/** The wrapper's coroutine (it holds it until it dies: the type has no tp_clear). */
function coroutineOf(self: PyObject | null): PyCoroutine {
  return (self as PyCoroWrapper).coroutine as PyCoroutine;
}

export function installCoroutineAwait(vm: VM): void {
  const t = vm.t;
  const model = vm.options.version.generators;
  slotMethod(vm, t.coroutine, '__await__', (_args, _kwargs, self) => {
    return coroutineWrapper(vm, self as PyCoroutine);
  });

  const wrapper = t.coroutine_wrapper;
  // tp_iter is PyObject_SelfIter.
  selfSlot(vm, wrapper, '__iter__');
  // gen_iternext: what the coroutine yields; its return is StopIteration (a bare one for None).
  slotMethod(vm, wrapper, '__next__', function* (_args, _kwargs, self): Native {
    return yield* sendToGenerator(vm, coroutineOf(self), null);
  });
  // send, throw and close are METH_O, METH_FASTCALL and METH_NOARGS methods, named by their qualified name.
  method(vm, wrapper, 'send', function* (args, kwargs, self): Native {
    noKeywords(vm, 'coroutine_wrapper.send', kwargs);
    arity(vm, 'coroutine_wrapper.send', args, 1);
    return yield* sendToGenerator(vm, coroutineOf(self), args[0]);
  });
  method(vm, wrapper, 'throw', function* (args, kwargs, self): Native {
    checkThrowArguments(vm, 'throw', args, kwargs, model.throwTripleDeprecated, 'coroutine_wrapper.throw');
    const err = yield* thrownException(vm, args[0], args[1] ?? null, args[2] ?? null);
    return yield* throwIntoGenerator(vm, coroutineOf(self), err, args);
  });
  method(vm, wrapper, 'close', function* (args, kwargs, self): Native {
    noKeywords(vm, 'coroutine_wrapper.close', kwargs);
    arity(vm, 'coroutine_wrapper.close', args, 0);
    return yield* closeGenerator(vm, coroutineOf(self), model.closeReturnsValue);
  });
}
