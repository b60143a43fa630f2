// A C type of a simulated extension module: its tp_name (`collections.deque`, which errors and
// `type.__module__` read), its base, and special methods kept in its dict (PyType.nativeSlots).

import { PyType, type Layout } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import type { PyObject } from '../../objects/object';
import type { VM } from '../../vm/vm';
import { method, arity } from '../../builtins/define';

/** The count a C type starts with: some number the environment decides, which the editor shows as "large". */
const TYPE_REFCOUNT = 100;

/** Made once per run, like the interpreter's own types (never freed, not the program's objects). */
export function nativeType(vm: VM, tpName: string, base: PyType, layout: Layout): PyType {
  const t = new PyType(vm.t.type, tpName, layout);
  t.rc = TYPE_REFCOUNT;
  vm.moduleStatics.push(t);
  const dot = tpName.lastIndexOf('.');
  t.qualname = tpName.slice(dot + 1);
  t.module = dot > 0 ? tpName.slice(0, dot) : 'builtins';
  t.bases = [base];
  t.mro = [t, ...base.mro];
  t.dict = new PyDict(vm.t.dict);
  t.nativeSlots = true;
  return t;
}

/** _PyType_Name: a type's name without its module (what reprs such as `deque([...])` start with). */
export function shortTypeName(t: PyType): string {
  return t.heap ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1);
}

/** A METH_NOARGS method: "deque.pop() takes no arguments (1 given)". */
export function noArgsMethod(vm: VM, type: PyType, name: string, impl: (self: PyObject) => unknown): void {
  method(vm, type, name, (args, kwargs, self) => {
    refuseKeywords(vm, `${type.qualname}.${name}`, kwargs);
    arity(vm, `${type.qualname}.${name}`, args, 0);
    return impl(self as PyObject);
  });
}

/** A METH_O method: "deque.append() takes exactly one argument (0 given)". */
export function oneArgMethod(vm: VM, type: PyType, name: string, impl: (self: PyObject, arg: PyObject) => unknown): void {
  method(vm, type, name, (args, kwargs, self) => {
    refuseKeywords(vm, `${type.qualname}.${name}`, kwargs);
    arity(vm, `${type.qualname}.${name}`, args, 1);
    return impl(self as PyObject, args[0]);
  });
}

/** "deque.append() takes no keyword arguments". */
export function refuseKeywords(vm: VM, shownName: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size) throw vm.error('TypeError', `${shownName}() takes no keyword arguments`);
}
