// The native half of _collections_abc (modules/python/collections-abc-source.ts): what its
// __subclasshook__s ask of a class's own dict, answered for the built-in types as CPython's are.

import type { PyModule } from '../objects/instances';
import { PyType } from '../objects/type';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { fn, addNotModelled } from '../builtins/define';
import { cpythonTypeDefines } from '../runtime/cpython-names';

export function createCollectionsAbc(vm: VM, module: PyModule): void {
  addNotModelled(vm, module.dict);
  // _lens_defines(B, name): `name in B.__dict__`, None when it is set to None there. The simulator's C
  // types lack most of their slot wrappers (`int.__hash__`), so theirs come from the real interpreter.
  fn(vm, module.dict, '_lens_defines', (args) => {
    const [type, name] = args;
    if (!(type instanceof PyType) || !(name instanceof PyStr)) throw vm.error('TypeError', '_lens_defines(type, name)');
    const found = type.heap ? definedIn(vm, type, name.value) : cpythonTypeDefines(vm.options.version.version, type, name.value);
    return found === null ? vm.newNone() : vm.newBool(found);
  });
}

function definedIn(vm: VM, type: PyType, name: string): boolean | null {
  const v = type.dict.getStr(name);
  if (!v) return false;
  return v === vm.none ? null : true;
}
