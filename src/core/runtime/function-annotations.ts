// A function's __annotations__ (Objects/funcobject.c): MAKE_FUNCTION leaves the compiler's tuple of
// (name, value) pairs, which the first read turns into a dict (func_get_annotation_dict); a function
// without annotations gets an empty dict on first read. Also the function attributes learners' code
// (and dataclasses) assign: __annotations__, __qualname__, __name__, __defaults__, __kwdefaults__.

import type { VM } from '../vm/vm';
import type { PyObject } from '../objects/object';
import { PyFunction } from '../objects/callables';
import { PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { setName } from './dicts';
import { Cause } from '../trace/events';

/** func_get_annotations: the dict (a new reference), made from the tuple or empty on first read. */
export function functionAnnotations(vm: VM, f: PyFunction): PyObject {
  if (!f.annotations) f.annotations = vm.newDict();
  if (f.annotations instanceof PyTuple) {
    const pairs = f.annotations;
    const d = vm.newDict();
    for (let i = 0; i + 1 < pairs.items.length; i += 2) {
      setName(vm, d, (pairs.items[i] as PyStr).value, pairs.items[i + 1], false, Cause.Name, 'annotation');
    }
    f.annotations = d;
    vm.decref(pairs, Cause.Function, '__annotations__');
  }
  return vm.incref(f.annotations, Cause.Stack);
}

/** func_set_* for the writable attributes a function object keeps in its own fields; false for others. */
export function setFunctionAttribute(vm: VM, f: PyFunction, name: string, value: PyObject): boolean {
  switch (name) {
    case '__annotations__':
      if (value !== vm.none && !(value instanceof PyDict)) throw vm.error('TypeError', '__annotations__ must be set to a dict object');
      return replace(vm, f, 'annotations', value === vm.none ? null : value, name);
    case '__qualname__':
    case '__name__':
      if (!(value instanceof PyStr)) throw vm.error('TypeError', `${name} must be set to a string object`);
      return replace(vm, f, name === '__name__' ? 'name' : 'qualname', value, name);
    case '__defaults__':
      if (value !== vm.none && !(value instanceof PyTuple)) throw vm.error('TypeError', '__defaults__ must be set to a tuple object');
      return replace(vm, f, 'defaults', value === vm.none ? null : value, name);
    case '__kwdefaults__':
      if (value !== vm.none && !(value instanceof PyDict)) throw vm.error('TypeError', '__kwdefaults__ must be set to a dict object');
      return replace(vm, f, 'kwdefaults', value === vm.none ? null : value, name);
    case '__doc__':
    case '__module__':
      // func_set_doc and the func_module member keep any object, None included (functools.wraps sets both).
      return replace(vm, f, name === '__doc__' ? 'doc' : 'module', value, name);
  }
  return false;
}

type Field = 'annotations' | 'name' | 'qualname' | 'defaults' | 'kwdefaults' | 'doc' | 'module';

function replace(vm: VM, f: PyFunction, field: Field, value: PyObject | null, label: string): true {
  const old = f[field];
  if (value) vm.incref(value, Cause.Function, label);
  (f as unknown as Record<Field, PyObject | null>)[field] = value;
  if (old) vm.decref(old, Cause.Function, label);
  return true;
}
