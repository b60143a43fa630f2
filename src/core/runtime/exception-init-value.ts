// StopIteration and SystemExit keep what their __init__ took from the arguments in a field of their own
// (Objects/exceptions.c: StopIteration_init sets `value` to args[0] or None; SystemExit_init sets `code`
// to None, args[0], or the args tuple), a reference of its own besides the args tuple's.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

/** Sets the field again, as __init__ does (a new exception, or `e.__init__(...)` called again). */
export function setInitValue(vm: VM, exc: PyExceptionObj): void {
  const field = initField(vm, exc.type);
  if (!field) return;
  const items = exc.args.items;
  const value = field === 'value' ? (items[0] ?? vm.none) : items.length === 0 ? vm.none : items.length === 1 ? items[0] : exc.args;
  const old = exc.initValue;
  exc.initValue = vm.incref(value, Cause.Exception, field);
  if (old) vm.decref(old, Cause.Exception, field);
}

/** 'value' for StopIteration and its subclasses, 'code' for SystemExit's, null for other exceptions. */
export function initField(vm: VM, type: PyType): 'value' | 'code' | null {
  for (const t of type.mro) {
    if (t.heap) continue;
    if (t.name === 'StopIteration') return 'value';
    if (t.name === 'SystemExit') return 'code';
  }
  return null;
}

/** The field, for `e.value` / `e.code`. */
export function initValueOf(vm: VM, exc: PyExceptionObj): PyObject {
  return exc.initValue ?? vm.none;
}
