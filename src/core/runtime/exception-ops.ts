// isinstance checks for `except` clauses (PyErr_GivenExceptionMatches).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';

export function isExceptionClass(vm: VM, o: PyObject): boolean {
  const base = vm.exc.get('BaseException') as PyType;
  if (o instanceof PyTuple) return o.items.every((i) => isExceptionClass(vm, i));
  return o instanceof PyType && o.isSubtypeOf(base);
}

export function exceptionMatches(vm: VM, exc: PyObject, spec: PyObject): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => exceptionMatches(vm, exc, s));
  return spec instanceof PyType && exc.type.isSubtypeOf(spec);
}
