// _lens_asyncio: the native half of the simulator's asyncio (modules/python/asyncio-source.ts): a way to
// stop the run at what the simulator does not model, the logging the 'asyncio' logger does by default,
// and the version's differences as constants the source branches on.

import { PyStr } from '../objects/atoms';
import type { PyModule } from '../objects/instances';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import { previousPythonFrame } from '../vm/vm';
import { UnsupportedError } from '../vm/errors';
import { fn, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { Cause } from '../trace/events';

export function createAsyncioHelpers(vm: VM, module: PyModule): void {
  const d = module.dict;
  // 3.12 rewrote wait_for over asyncio.timeout(): the awaitable no longer runs as a task of its own.
  setName(vm, d, 'WAIT_FOR_USES_TIMEOUT', vm.newBool(vm.options.version.asyncio.waitForUsesTimeout), true);
  // 3.13's Semaphore.acquire wakes, in a finally, as many waiters as the value allows (gh-90155).
  setName(vm, d, 'SEMAPHORE_WAKES_IN_FINALLY', vm.newBool(vm.options.version.asyncio.semaphoreWakesInFinally), true);
  setName(vm, d, 'UNCANCEL_CLEARS_MUST_CANCEL', vm.newBool(vm.options.version.asyncio.taskGroup313), true);
  setName(vm, d, 'TASKGROUP_3_13', vm.newBool(vm.options.version.asyncio.taskGroup313), true);
  // 3.13's as_completed is an _AsCompletedIterator (also an async iterator); 3.11 and 3.12's a generator.
  setName(vm, d, 'AS_COMPLETED_ITERATOR', vm.newBool(vm.options.version.asyncio.asCompletedIterator), true);
  setName(vm, d, 'CONDITION_NOTIFIES_ON_ERROR', vm.newBool(vm.options.version.asyncio.conditionNotifiesOnError), true);
  // The awaitables of an async generator's methods: collections.abc.Coroutine (send, throw, close,
  // __await__), so coroutines.iscoroutine accepts them (the finalizer hook's create_task(agen.aclose())).
  setName(vm, d, 'ASYNC_GEN_AWAITABLES', vm.newTuple([vm.incref(vm.t.async_generator_asend, Cause.Slot), vm.incref(vm.t.async_generator_athrow, Cause.Slot)]), true);
  fn(vm, d, 'not_modelled', (args) => {
    arity(vm, 'not_modelled', args, 1);
    const what = args[0];
    // The diagnostic goes on the learner's line that reached this asyncio code, not on the library's.
    let frame = vm.currentPythonFrame();
    while (frame && frame.unit.library) frame = previousPythonFrame(frame);
    const message = `not modelled by CPython Lens: ${what instanceof PyStr ? what.value : 'asyncio'}`;
    throw new UnsupportedError(message, frame ? frame.unit.positions[frame.lasti] ?? null : null);
  });
  fn(vm, d, 'log_error', (args) => {
    // logging.Logger.error(message, exc_info=exception) through the last-resort handler: the message,
    // then the exception's traceback.
    arity(vm, 'log_error', args, 2);
    const [message, exc] = args;
    vm.writeStderr(`${message instanceof PyStr ? message.value : ''}\n`);
    if (exc instanceof PyExceptionObj) vm.writeStderr(vm.formatException(exc, 'unraisable'));
    return vm.newNone();
  });
}
