// A minimal os module: what the threading lessons use. cpu_count() is the simulated cores setting.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';

export function createOs(vm: VM, module: PyModule): void {
  const d = module.dict;
  fn(vm, d, 'cpu_count', (args) => {
    arity(vm, 'cpu_count', args, 0);
    return vm.newInt(vm.scheduler.cores);
  });
  fn(vm, d, 'getpid', () => vm.newInt(4242));
}
