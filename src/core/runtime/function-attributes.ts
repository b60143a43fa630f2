// Assigning a function's own attributes (Objects/funcobject.c func_getsetlist and func_memberlist):
// __name__ and __qualname__ must be strings; __doc__ and __module__ take any object. functools.wraps
// and total_ordering rely on them.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import type { PyFunction } from '../objects/callables';
import type { VM } from '../vm/vm';

/** Sets one of those attributes (value borrowed); false for any other name (it goes to the function's __dict__). */
export function setFunctionAttribute(vm: VM, f: PyFunction, name: string, value: PyObject): boolean {
  switch (name) {
    case '__name__':
    case '__qualname__': {
      if (!(value instanceof PyStr)) throw vm.error('TypeError', `${name} must be set to a string object`);
      const old = name === '__name__' ? f.name : f.qualname;
      vm.incref(value, 'function', name);
      if (name === '__name__') f.name = value;
      else f.qualname = value;
      vm.decref(old, 'function', name);
      return true;
    }
    case '__doc__':
    case '__module__': {
      const field = name === '__doc__' ? 'doc' : 'module';
      const old = f[field];
      f[field] = vm.incref(value, 'function', name);
      if (old) vm.decref(old, 'function', name);
      return true;
    }
  }
  return false;
}
