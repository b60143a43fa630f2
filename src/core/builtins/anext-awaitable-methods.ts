// anext_awaitable's methods (Objects/iterobject.c): __await__ and __iter__ give itself; __next__ and send
// step the awaitable it wraps, its end a StopIteration with the value (the default after a
// StopAsyncIteration). throw() and close() are not modelled.

import type { PyAnextAwaitable } from '../objects/anext-awaitable';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, slotMethod, selfSlot, arity } from './define';
import { noKeywords } from './generator-methods';
import { stepResult } from './async-generator-methods';
import { anextStep } from '../vm/anext-awaitables';

export function installAnextAwaitableMethods(vm: VM): void {
  const type = vm.t.anext_awaitable;
  // am_await and tp_iter are PyObject_SelfIter.
  selfSlot(vm, type, '__await__');
  selfSlot(vm, type, '__iter__');
  slotMethod(vm, type, '__next__', function* (_args, _kwargs, self): Native {
    return stepResult(vm, yield* anextStep(vm, self as PyAnextAwaitable, null));
  });
  method(vm, type, 'send', function* (args, kwargs, self): Native {
    noKeywords(vm, 'anext_awaitable.send', kwargs);
    arity(vm, 'anext_awaitable.send', args, 1);
    return stepResult(vm, yield* anextStep(vm, self as PyAnextAwaitable, args[0]));
  });
  method(vm, type, 'throw', () => {
    throw vm.unsupported('anext_awaitable.throw()');
  });
  method(vm, type, 'close', () => {
    throw vm.unsupported('anext_awaitable.close()');
  });
}
