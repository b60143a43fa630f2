// Library modules written in Python for C types (itertools, functools, operator) mark those classes
// so that they are named as C types are: messages print the dotted tp_name ("'itertools.count'
// object is not subscriptable"), while __name__ stays "count".

import { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import { fn } from '../builtins/define';

/** Adds `_lens_c_types(*classes)` to a library module's namespace. */
export function defineCTypeMarker(vm: VM, ns: PyDict): void {
  fn(vm, ns, '_lens_c_types', (args) => {
    for (const cls of args) {
      if (!(cls instanceof PyType) || !cls.heap) throw vm.error('TypeError', '_lens_c_types() takes classes');
      if (cls.standsForCType) continue;
      cls.standsForCType = true;
      cls.name = `${cls.module}.${cls.name}`;
    }
    return vm.newNone();
  });
}
