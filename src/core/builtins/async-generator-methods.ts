// An async generator's methods (Objects/genobject.c async_gen_as_async, async_gen_methods) and those of
// the awaitables they return (async_gen_asend_methods, async_gen_athrow_methods): each awaitable is its
// own iterator (__await__ returns it), driven by send/throw/close as a coroutine is.

import type { PyObject } from '../objects/object';
import type { PyAsyncGenerator, PyAsyncGenAwaitable } from '../objects/async-generators';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, slotMethod, selfSlot, arity } from './define';
import { thrownException, checkThrowArguments, noKeywords } from './generator-methods';
import { stopIteration } from '../vm/generators';
import { initHooks, newAwaitable, awaitableStep, asendThrow, athrowThrow, type AwaitableStep } from '../vm/async-generators';

/** A step as the Python-level methods give it: the value passed out, or StopIteration with the end's value. */
export function stepResult(vm: VM, step: AwaitableStep): PyObject {
  if ('yielded' in step) return step.yielded;
  throw stopIteration(vm, step.returned);
}

export function installAsyncGeneratorMethods(vm: VM): void {
  const t = vm.t;
  const model = vm.options.version.generators;
  const agen = t.async_generator;
  // am_aiter and am_anext: slot wrappers.
  selfSlot(vm, agen, '__aiter__');
  slotMethod(vm, agen, '__anext__', function* (_args, _kwargs, self): Native {
    yield* initHooks(vm, self as PyAsyncGenerator);
    return newAwaitable(vm, self as PyAsyncGenerator, 'asend', null, null);
  });
  method(vm, agen, 'asend', function* (args, kwargs, self): Native {
    noKeywords(vm, 'asend', kwargs);
    arity(vm, 'asend', args, 1);
    yield* initHooks(vm, self as PyAsyncGenerator);
    return newAwaitable(vm, self as PyAsyncGenerator, 'asend', args[0], null);
  });
  method(vm, agen, 'athrow', function* (args, kwargs, self): Native {
    checkThrowArguments(vm, 'athrow', args, kwargs, model.throwTripleDeprecated);
    yield* initHooks(vm, self as PyAsyncGenerator);
    return newAwaitable(vm, self as PyAsyncGenerator, 'athrow', null, args);
  });
  method(vm, agen, 'aclose', function* (args, kwargs, self): Native {
    noKeywords(vm, 'aclose', kwargs);
    arity(vm, 'aclose', args, 0);
    yield* initHooks(vm, self as PyAsyncGenerator);
    return newAwaitable(vm, self as PyAsyncGenerator, 'athrow', null, null);
  });

  for (const type of [t.async_generator_asend, t.async_generator_athrow]) {
    const isAsend = type === t.async_generator_asend;
    // am_await, tp_iter and tp_iternext: slot wrappers.
    selfSlot(vm, type, '__await__');
    selfSlot(vm, type, '__iter__');
    slotMethod(vm, type, '__next__', function* (_args, _kwargs, self): Native {
      return stepResult(vm, yield* awaitableStep(vm, self as PyAsyncGenAwaitable, null));
    });
    method(vm, type, 'send', function* (args, kwargs, self): Native {
      noKeywords(vm, 'send', kwargs);
      arity(vm, 'send', args, 1);
      return stepResult(vm, yield* awaitableStep(vm, self as PyAsyncGenAwaitable, args[0]));
    });
    method(vm, type, 'throw', function* (args, kwargs, self): Native {
      checkThrowArguments(vm, 'throw', args, kwargs, model.throwTripleDeprecated);
      const err = yield* thrownException(vm, args[0], args[1] ?? null, args[2] ?? null);
      const aw = self as PyAsyncGenAwaitable;
      return stepResult(vm, isAsend ? yield* asendThrow(vm, aw, err) : yield* athrowThrow(vm, aw, err));
    });
    method(vm, type, 'close', (args, kwargs, self) => {
      noKeywords(vm, 'close', kwargs);
      arity(vm, 'close', args, 0);
      (self as PyAsyncGenAwaitable).state = 'closed';
      return vm.newNone();
    });
  }
}
