// The gc module: collect() runs the cycle collector (src/core/runtime/gc.ts); is_tracked and
// the enable switches answer as CPython does. Generations, thresholds, automatic collections,
// callbacks and get_count belong to the collector issue and are not offered yet.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { collectCycles, isTracked } from '../runtime/gc';

export function createGc(vm: VM, module: PyModule): void {
  const d = module.dict;
  let enabled = true;
  fn(vm, d, 'collect', function* (args): Native {
    arity(vm, 'collect', args, 0, 1);
    return vm.newInt(yield* collectCycles(vm));
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
  fn(vm, d, 'is_tracked', (args) => {
    arity(vm, 'is_tracked', args, 1);
    return vm.newBool(isTracked(args[0]));
  });
  fn(vm, d, 'get_threshold', () => vm.newTuple(vm.options.version.gcThresholds.map((n) => vm.newInt(n))));
}
