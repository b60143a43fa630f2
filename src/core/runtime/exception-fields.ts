// The writable fields of BaseException (Objects/exceptions.c: BaseException_getset and members):
// __traceback__, __context__, __cause__ and __suppress_context__, which the exception holds itself
// (PyExceptionObj), not in its __dict__.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyExceptionObj, PyTraceback } from '../objects/instances';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

const FIELDS = new Set(['__traceback__', '__context__', '__cause__', '__suppress_context__']);

/**
 * `exc.name = value` (value borrowed) or `del exc.name` (value null) for one of those fields, with
 * CPython's checks. Returns false for any other name.
 */
export function setExceptionField(vm: VM, exc: PyExceptionObj, name: string, value: PyObject | null): boolean {
  if (!FIELDS.has(name)) return false;
  if (name === '__suppress_context__') {
    // A T_BOOL member: a bool only, and it cannot be deleted.
    if (value === null) throw vm.error('TypeError', "can't delete numeric/char attribute");
    if (value !== vm.true_ && value !== vm.false_) throw vm.error('TypeError', 'attribute value type must be bool');
    exc.suppressContext = value === vm.true_;
    return true;
  }
  if (value === null) throw vm.error('TypeError', `${name} may not be deleted`);
  if (name === '__traceback__') {
    // BaseException_set_tb
    if (value !== vm.none && !(value instanceof PyTraceback)) throw vm.error('TypeError', '__traceback__ must be a traceback or None');
    replace(vm, exc, 'traceback', value === vm.none ? null : value);
    return true;
  }
  const base = vm.exc.get('BaseException') as PyType;
  if (value !== vm.none && !(value instanceof PyExceptionObj && value.type.isSubtypeOf(base))) {
    throw vm.error('TypeError', `exception ${name === '__context__' ? 'context' : 'cause'} must be None or derive from BaseException`);
  }
  if (name === '__context__') {
    replace(vm, exc, 'context', value === vm.none ? null : value);
    return true;
  }
  // PyException_SetCause: setting a cause, even None, suppresses the context.
  replace(vm, exc, 'cause', value === vm.none ? null : value);
  exc.suppressContext = true;
  return true;
}

function replace(vm: VM, exc: PyExceptionObj, field: 'traceback' | 'context' | 'cause', value: PyObject | null): void {
  const old = exc[field];
  exc[field] = value ? vm.incref(value, Cause.Exception, `__${field}__`) : null;
  if (old) vm.decref(old, Cause.Exception, `__${field}__`);
}
