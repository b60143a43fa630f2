// A native module's functions keep their module alive: PyModule_AddFunctions (Objects/moduleobject.c)
// makes each with PyCFunction_NewEx(def, module, name), whose m_self is a new reference to the module.
// So `sys.getrefcount(gc)` counts gc's 18 functions besides sys.modules and the importer's name.

import type { PyModule } from '../objects/instances';
import { PyBuiltin } from '../objects/callables';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

/**
 * The modules the simulator has that CPython writes in C (sys.builtin_module_names and lib-dynload's
 * extensions). The others are Python code in CPython: the native functions the simulator puts in them
 * come from C modules there (operator's from _operator), whose module they would keep instead.
 */
const NATIVE_MODULES = new Set([
  'builtins', 'sys', 'gc', '_thread', 'time', 'math', 'zlib', 'itertools', 'array', '_collections', '_random', '_heapq',
  '_bisect', '_json', '_abc', 'atexit', '_warnings', '_queue', '_weakref',
]);

/** Each function of a native module just made takes its module as m_self (not the simulator's own `_lens_` helpers). */
export function holdModuleFunctions(vm: VM, module: PyModule): void {
  if (!NATIVE_MODULES.has(module.name)) return;
  for (const { value } of module.dict.items()) {
    if (!(value instanceof PyBuiltin) || value.self || value.ownerModule || value.module !== module.name || value.name.startsWith('_lens_')) continue;
    value.ownerModule = vm.incref(module, Cause.Method, '__self__');
  }
}
