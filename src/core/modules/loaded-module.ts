// `_lens_module(name)`: what sys.modules has under that name, else None — what Lib/typing.py and
// Lib/dataclasses.py read with `sys.modules.get(name)` (without importing sys: the library code the
// simulator runs uses this helper).

import type { PyDict } from '../objects/dict';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { Cause } from '../trace/events';

export function defineLoadedModule(vm: VM, d: PyDict): void {
  fn(vm, d, '_lens_module', (args) => {
    arity(vm, '_lens_module', args, 1);
    const name = args[0];
    const module = name instanceof PyStr ? vm.modules.entry(name.value) : undefined;
    return vm.incref(module ?? vm.none, Cause.Return);
  });
}
