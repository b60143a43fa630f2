// Where CPython's import found a standard module (module-origins-data.ts, measured): built into the interpreter,
// frozen in it, or a file of the standard library (Lib/json/__init__.py, lib-dynload/math.cpython-311-….so). It
// shows in the module's repr (`<module 'time' (built-in)>`, `<module 'os' (frozen)>`, `<module 'json' from
// '…/json/__init__.py'>`, _module_repr_from_spec) and in its __file__ and __cached__, placed under the standard
// library's folder the simulator's sys.path and tracebacks name (stdlib-frames.ts).

import type { VM } from '../vm/vm';
import type { PyModule } from '../objects/instances';
import { setName } from '../runtime/dicts';
import { stdlibPath } from '../runtime/stdlib-frames';
import { MODULE_ORIGINS } from './module-origins-data';
import { measuredMinor } from './local-modules';

/** _init_module_attrs' __file__ and __cached__ of a standard module just made, and how its repr names its origin. */
export function setModuleOrigin(vm: VM, module: PyModule): void {
  const origin = MODULE_ORIGINS[measuredMinor(vm)][module.name];
  if (!origin) return;
  const [kind, file, cached] = origin;
  module.origin = kind;
  for (const [attribute, path] of [['__file__', file], ['__cached__', cached]] as const) {
    if (path !== null) setName(vm, module.dict, attribute, path === '' ? vm.none : vm.newStr(stdlibPath(vm, path)), path !== '');
  }
}

/** Whether CPython's import finds `name` (the measure imported it). */
export function hasModuleOrigin(vm: VM, name: string): boolean {
  return MODULE_ORIGINS[measuredMinor(vm)][name] !== undefined;
}
