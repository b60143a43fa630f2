// `obj.__class__ = C` (Objects/typeobject.c: object_set_class): only between classes of class statements
// (or module subclasses) whose instance layouts agree (compatible_for_assignment). The instance's inline
// attribute values become a dict of their own first (3.11/3.12 _PyObject_GetDictPtr; 3.13
// _PyObject_MaterializeManagedDict then _PyDict_DetachFromObject), as the keys they share are the old class's.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyInstance } from '../objects/instances';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { checkCompatible } from './bases-assignment';
import { separateInstanceDict } from './attributes';

/** object_set_class, `value` borrowed (null: `del obj.__class__`). */
export function setClass(vm: VM, obj: PyObject, value: PyObject | null): void {
  if (value === null) throw vm.error('TypeError', "can't delete __class__ attribute");
  if (!(value instanceof PyType)) throw vm.error('TypeError', `__class__ must be set to a class, not '${value.type.name}' object`);
  const oldTo = obj.type;
  const modules = value.isSubtypeOf(vm.t.module) && oldTo.isSubtypeOf(vm.t.module);
  if (!modules && (!value.heap || !oldTo.heap)) {
    throw vm.error('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  checkCompatible(vm, oldTo, value, '__class__');
  if (!(obj instanceof PyInstance)) throw vm.unsupported('__class__ assignment on an instance of a subclass of a built-in type');
  separateInstanceDict(vm, obj);
  vm.incref(value, Cause.Type, '__class__');
  obj.type = value;
  vm.decref(oldTo, Cause.Type, '__class__');
}
