// A class body whose namespace is not exactly a dict: a metaclass's __prepare__ returned a dict subclass
// (enum's _EnumDict). CPython's name instructions then go through the mapping protocol instead of the
// dict's own functions (Python/ceval.c 3.11 STORE_NAME, LOAD_NAME, DELETE_NAME, LOAD_CLASSDEREF,
// SETUP_ANNOTATIONS; the same in 3.12's and 3.13's bytecodes.c), so the subclass's __setitem__,
// __getitem__ (or __missing__) and __delitem__ run. The key is the code's interned name, borrowed as
// CPython borrows it from co_names. The exact-dict paths stay in execute.ts.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import type { VM } from './vm';
import type { Native } from './frame';
import { PyError } from './errors';
import { getItem, setItem, delItem } from '../runtime/subscripts';
import { Cause } from '../trace/events';

/** PyObject_GetItem(ns, name), a KeyError cleared: the new reference, or null when the mapping lacks the name. */
export function* namespaceGet(vm: VM, ns: PyDict, name: string): Native<PyObject | null> {
  try {
    return yield* getItem(vm, ns, vm.intern(name));
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('KeyError') as PyType)) throw e;
    vm.decref(e.exc, Cause.Exception);
    return null;
  }
}

/** PyObject_SetItem(ns, name, value), then the value's stack reference released (STORE_NAME's Py_DECREF(v)). */
export function* namespaceSet(vm: VM, ns: PyDict, name: string, value: PyObject): Native<PyObject | null> {
  try {
    yield* setItem(vm, ns, vm.intern(name), value);
  } finally {
    vm.decref(value, Cause.Stack);
  }
  return null;
}

/**
 * PyObject_DelItem(ns, name): false when it failed, whatever the error, which DELETE_NAME replaces with
 * its NameError (format_exc_check_arg clears it first).
 */
export function* namespaceDelete(vm: VM, ns: PyDict, name: string): Native<boolean> {
  try {
    yield* delItem(vm, ns, vm.intern(name));
    return true;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.decref(e.exc, Cause.Exception);
    return false;
  }
}

/** SETUP_ANNOTATIONS: `__annotations__` looked up in the mapping, a new dict stored when it is missing. */
export function* namespaceSetupAnnotations(vm: VM, ns: PyDict): Native<PyObject | null> {
  const found = yield* namespaceGet(vm, ns, '__annotations__');
  if (found) {
    vm.decref(found, Cause.Stack);
    return null;
  }
  return yield* namespaceSet(vm, ns, '__annotations__', vm.newDict());
}
