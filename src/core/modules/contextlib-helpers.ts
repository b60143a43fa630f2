// _lens_contextlib: the version's differences in Lib/contextlib.py (VersionModel.contextlib) as constants
// the simulator's contextlib source (modules/python/contextlib-source.ts) branches on, and a way for it to
// stop the run at what the simulator does not model (async code, os.chdir).

import { PyStr } from '../objects/atoms';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';

export function createContextlibHelpers(vm: VM, module: PyModule): void {
  const d = module.dict;
  const model = vm.options.version.contextlib;
  for (const [name, value] of [
    ['THROW_VALUE_ONLY', model.throwValueOnly],
    ['SUPPRESS_SPLITS_GROUPS', model.suppressSplitsGroups],
    ['EXIT_STACK_BY_EXCEPTION', model.exitStackByException],
    ['ABSTRACT_SLOTS', model.abstractSlots],
  ] as const) {
    setName(vm, d, name, vm.newBool(value), true);
  }
  fn(vm, d, 'not_modelled', (args) => {
    arity(vm, 'not_modelled', args, 1);
    const what = args[0];
    throw vm.unsupported(what instanceof PyStr ? what.value : 'contextlib');
  });
}
