// Modules the simulator implements itself. Importing any other module is reported as not
// modelled (a diagnostic with the import's position), never a crash.

import type { PyObject } from '../objects/object';
import { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { UnsupportedError } from '../vm/errors';
import type { Position } from '../compile/bytecode';
import { setName } from '../runtime/dicts';
import { createSys } from './sys';
import { createGc } from './gc';
import { createWeakref } from './weakref';

type ModuleFactory = (vm: VM, module: PyModule) => void;

const FACTORIES: Record<string, ModuleFactory> = {
  sys: createSys,
  gc: createGc,
  weakref: createWeakref,
};

export function importModule(vm: VM, name: string, at: Position): PyObject {
  const existing = vm.modules.get(name);
  if (existing) return existing;
  const factory = FACTORIES[name];
  if (!factory) throw new UnsupportedError(`not modelled by CPython Lens: module ${name}`, at);
  const dict = vm.newDict();
  const module = vm.newModule(name, dict);
  setName(vm, dict, '__name__', vm.intern(name));
  vm.modules.set(name, module);
  // Built-in modules are part of the interpreter: their objects are not the program's allocations.
  vm.gc.quietly(() => factory(vm, module));
  return module;
}
