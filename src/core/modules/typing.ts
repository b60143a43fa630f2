// The native half of the typing module: the version's choices (versions.ts TypingModel) as module
// globals before its Python source (modules/python/typing-source.ts) runs.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';
import { defineLoadedModule } from './loaded-module';

export function createTyping(vm: VM, module: PyModule): void {
  const d = module.dict;
  setName(vm, d, '_TOO_FEW_SAYS_AT_LEAST', vm.newBool(vm.options.version.typing.tooFewSaysAtLeast), true);
  defineLoadedModule(vm, d);
}
