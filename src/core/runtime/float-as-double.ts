// PyFloat_AsDouble (Objects/floatobject.c): the C double a float argument stands for, as math's functions
// and array's 'f'/'d' items take it.

import type { PyObject } from '../objects/object';
import { PyFloat, PyInt } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { Cause } from '../trace/events';

/** A float, an int (too large: OverflowError), or what an object's __float__ / __index__ returns. */
export function* floatAsDouble(vm: VM, o: PyObject): Generator<CallRequest, number, PyObject> {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intAsDouble(vm, o.value);
  for (const name of ['__float__', '__index__']) {
    const m = o.type.lookup(name);
    if (!m) continue;
    const r = yield { callable: m, args: [o], kwargs: null };
    try {
      if (r instanceof PyFloat) return r.value;
      if (r instanceof PyInt) return intAsDouble(vm, r.value);
      throw vm.error('TypeError', `${o.type.name}.${name} returned non-${name === '__float__' ? 'float' : 'int'} (type ${r.type.name})`);
    } finally {
      vm.decref(r, Cause.Stack);
    }
  }
  throw vm.error('TypeError', `must be real number, not ${o.type.name}`);
}

/** PyLong_AsDouble: the int rounded to a double, OverflowError past the largest one. */
function intAsDouble(vm: VM, v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw vm.error('OverflowError', 'int too large to convert to float');
  return x;
}
