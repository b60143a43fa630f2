// The native half of itertools: what differs between the modelled versions (versions.ts): whether
// batched exists and takes strict=, whether pairwise keeps its result tuple. The types themselves are Python code (modules/python/itertools-source.ts).

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { defineCTypeMarker } from './c-type-names';
import { setName } from '../runtime/dicts';

export function createItertools(vm: VM, module: PyModule): void {
  defineCTypeMarker(vm, module.dict);
  const { batched, pairwiseKeepsResult } = vm.options.version.functionalModules;
  setName(vm, module.dict, '_HAS_BATCHED', vm.newBool(batched !== 'absent'));
  setName(vm, module.dict, '_BATCHED_STRICT', vm.newBool(batched === 'n-strict'));
  setName(vm, module.dict, '_PAIRWISE_KEEPS_RESULT', vm.newBool(pairwiseKeepsResult));
}
