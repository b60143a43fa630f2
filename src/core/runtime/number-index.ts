// PyNumber_Index (Objects/abstract.c): an int as itself, another object through its __index__, which
// must return an int; what operator.index() and C functions taking a C integer (`k: int` in Argument
// Clinic) do with their argument.

import type { PyObject } from '../objects/object';
import { PyInt } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { Cause } from '../trace/events';

/** The integer value of `o` (its __index__ called when it is not an int). */
export function* numberIndex(vm: VM, o: PyObject): Generator<CallRequest, bigint, PyObject> {
  if (o instanceof PyInt) return o.value;
  const method = o.type.lookup('__index__');
  if (!method) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  const r = yield { callable: method, args: [o], kwargs: null };
  try {
    if (!(r instanceof PyInt)) throw vm.error('TypeError', `__index__ returned non-int (type ${r.type.name})`);
    return r.value;
  } finally {
    vm.decref(r, Cause.Stack);
  }
}

/** _PyLong_AsInt after PyNumber_Index: a C int, or CPython's OverflowError. */
export function* cIntIndex(vm: VM, o: PyObject): Generator<CallRequest, number, PyObject> {
  const v = yield* numberIndex(vm, o);
  if (v > 2147483647n || v < -2147483648n) throw vm.error('OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}
