// The native half of the typing module: the version's choices (versions.ts TypingModel) as module
// globals before its Python source (modules/python/typing-source.ts) runs.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';
import { defineLoadedModule } from './loaded-module';
import { fn, addNotModelled } from '../builtins/define';
import type { AnyFrame } from '../vm/frame';
import { Cause } from '../trace/events';

export function createTyping(vm: VM, module: PyModule): void {
  const d = module.dict;
  setName(vm, d, '_TOO_FEW_SAYS_AT_LEAST', vm.newBool(vm.options.version.typing.tooFewSaysAtLeast), true);
  defineLoadedModule(vm, d);
  addNotModelled(vm, d);
  // sys._getframe(2).f_globals['__name__'] for NewType: the module whose code is running the call.
  fn(vm, d, '_lens_caller_module', () => {
    for (let f: AnyFrame | null = vm.currentPythonFrame(); f; f = f.back) {
      if (f.kind === 'python' && !f.unit.library) return vm.incref(f.globals.getStr('__name__') ?? vm.none, Cause.Return);
    }
    return vm.newStr('typing');
  });
}
