// _lens_asyncio: the native half of the simulator's asyncio (modules/python/asyncio-source.ts): a way to
// stop the run at what the simulator does not model, the logging the 'asyncio' logger does by default,
// and the lines of CPython's asyncio files that tracebacks through asyncio.run() show, per version.

import { PyStr } from '../objects/atoms';
import type { PyModule } from '../objects/instances';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import type { PythonVersion } from '../versions';
import { setName } from '../runtime/dicts';

/** Lib/asyncio's lines by the key the source marks them with (read off each version's tracebacks). */
export const ASYNCIO_PY_LINES: Readonly<Record<Exclude<PythonVersion, 'nogil-hypothetical'>, Readonly<Record<string, number>>>> = {
  '3.11': { 'asyncio.runners.run': 190, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 653 },
  '3.12': { 'asyncio.runners.run': 194, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 684 },
  '3.13': { 'asyncio.runners.run': 194, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 721 },
  // The free-threaded oracle is 3.13.5.
  '3.13t': { 'asyncio.runners.run': 195, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 725 },
};

export function createAsyncioHelpers(vm: VM, module: PyModule): void {
  const d = module.dict;
  // 3.12 rewrote wait_for over asyncio.timeout(): the awaitable no longer runs as a task of its own.
  setName(vm, d, 'WAIT_FOR_USES_TIMEOUT', vm.newBool(vm.options.version.asyncio.waitForUsesTimeout), true);
  fn(vm, d, 'not_modelled', (args) => {
    arity(vm, 'not_modelled', args, 1);
    const what = args[0];
    throw vm.unsupported(what instanceof PyStr ? what.value : 'asyncio');
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
