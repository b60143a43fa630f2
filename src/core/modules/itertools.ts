// The native half of itertools: which version of itertools.batched the modelled CPython has
// (versions.ts). The types themselves are Python code (modules/python/itertools-source.ts).

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';

export function createItertools(vm: VM, module: PyModule): void {
  const batched = vm.options.version.itertoolsBatched;
  setName(vm, module.dict, '_HAS_BATCHED', vm.newBool(batched !== 'absent'));
  setName(vm, module.dict, '_BATCHED_STRICT', vm.newBool(batched === 'n-strict'));
}
