// The native half of the dataclasses module: the version's choices (versions.ts DataclassesModel) as
// module globals before its Python source (modules/python/dataclasses-source.ts) runs.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';
import { addNotModelled } from '../builtins/define';
import { defineLoadedModule } from './loaded-module';

export function createDataclasses(vm: VM, module: PyModule): void {
  const d = module.dict;
  const model = vm.options.version.dataclasses;
  setName(vm, d, '_SINGLE_EXEC', vm.newBool(model.singleExec), true);
  setName(vm, d, '_NAMES_PRIOR_DEFAULT', vm.newBool(model.namesPriorDefault), true);
  defineLoadedModule(vm, d);
  addNotModelled(vm, d, (what) => `dataclasses: ${what}`);
}
