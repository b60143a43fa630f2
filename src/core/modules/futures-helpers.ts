// The native half of concurrent.futures._base in the simulator: _lens_log stands for its
// LOGGER = logging.getLogger("concurrent.futures") (logging is not modelled). With no handler configured,
// a record reaches logging's last-resort handler, which writes `%(message)s` and, with exc_info, the
// traceback as traceback.print_exception formats it, to sys.stderr as it is at that moment.

import { PyStr } from '../objects/atoms';
import type { PyModule } from '../objects/instances';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';

export function createFuturesBaseHelpers(vm: VM, module: PyModule): void {
  // _lens_log(message, exc_or_None): LOGGER.exception/critical(message[, exc_info=True]).
  fn(vm, module.dict, '_lens_log', (args) => {
    arity(vm, '_lens_log', args, 2);
    const [message, exc] = args;
    if (!(message instanceof PyStr)) throw new Error('internal: concurrent.futures logs a str');
    const traceback = exc instanceof PyExceptionObj ? vm.formatException(exc, 'library') : '';
    vm.writeSysStderr(`${message.value}\n${traceback}`);
    return vm.newNone();
  });
}
