// _lens_sys: what CPython's library code reads from sys that the simulator keeps elsewhere. sys.modules is not
// modelled (the simulator's modules are no dict a program could read or change); modules_get(name) answers
// `sys.modules.get(name)` from the simulator's own table of loaded modules, for the lines of CPython's files that
// ask it (logging's LogRecord looks for multiprocessing and asyncio: scripts/extract-logging-source.mjs).

import type { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { Cause } from '../trace/events';

export function createSysHelpers(vm: VM, module: PyModule): void {
  fn(vm, module.dict, 'modules_get', (args) => {
    arity(vm, 'modules_get', args, 1);
    const name = args[0];
    const found = name instanceof PyStr ? vm.modules.get(name.value) : undefined;
    return found ? vm.incref(found, Cause.Return) : vm.newNone();
  });
}
