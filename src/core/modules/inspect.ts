// The native half of the simulator's inspect module (python/inspect-source.ts): the "not modelled" helpers,
// and the Argument Clinic text signature signature() reads from a built-in.

import type { PyModule } from '../objects/instances';
import { PyType } from '../objects/type';
import { PyBuiltin, PyMethodDescriptor } from '../objects/callables';
import type { VM } from '../vm/vm';
import { fn, arity, addNotModelled } from '../builtins/define';

/**
 * `_lens_text_signature(obj)`: what CPython's `obj.__text_signature__` gives, as far as the simulator knows it:
 * None for a class a program made (type_get_text_signature finds no signature in its __doc__), '()' for
 * object. CPython's built-ins carry theirs (Argument Clinic's, from their docstrings); the simulator's do
 * not, so signature() of one stops with "not modelled" rather than answering what CPython would not.
 */
function textSignature(vm: VM, obj: import('../objects/object').PyObject): import('../objects/object').PyObject {
  if (obj === vm.t.object) return vm.newStr('()');
  if (obj instanceof PyType && obj.heap) return vm.newNone();
  const what = obj instanceof PyType ? `the built-in class ${obj.name}`
    : obj instanceof PyBuiltin || obj instanceof PyMethodDescriptor ? `the built-in ${obj.name}` : `a ${obj.type.name} object`;
  throw vm.unsupported(`inspect.signature() of ${what} (the simulator's built-ins carry no __text_signature__)`);
}

export function createInspectHelpers(vm: VM, module: PyModule): void {
  addNotModelled(vm, module.dict);
  fn(vm, module.dict, '_lens_text_signature', (args) => {
    arity(vm, '_lens_text_signature', args, 1);
    return textSignature(vm, args[0]);
  });
}
