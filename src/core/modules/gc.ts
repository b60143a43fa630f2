// The gc module. The cycle collector itself is modelled by a later step (issue: the cyclic
// garbage collector); until then these functions report the state honestly as disabled-free.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn } from '../builtins/define';

export function createGc(vm: VM, module: PyModule): void {
  const d = module.dict;
  let enabled = true;
  fn(vm, d, 'collect', () => {
    throw vm.unsupported('gc.collect (the cycle collector)');
  });
  fn(vm, d, 'enable', () => {
    enabled = true;
    return vm.newNone();
  });
  fn(vm, d, 'disable', () => {
    enabled = false;
    return vm.newNone();
  });
  fn(vm, d, 'isenabled', () => vm.newBool(enabled));
  fn(vm, d, 'get_threshold', () => vm.newTuple(vm.options.version.gcThresholds.map((n) => vm.newInt(n))));
}
