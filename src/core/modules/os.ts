// A minimal os module: what the threading lessons use, and the process calls multiprocessing is
// built on (processes/os-natives.ts). cpu_count() is the simulated cores setting.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { installOsProcessCalls } from '../processes/os-natives';

export function createOs(vm: VM, module: PyModule): void {
  const d = module.dict;
  fn(vm, d, 'cpu_count', (args) => {
    arity(vm, 'cpu_count', args, 0);
    return vm.newInt(vm.scheduler.cores);
  });
  installOsProcessCalls(vm, d);
}
