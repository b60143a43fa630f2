// sys.getsizeof for a 64-bit CPython 3.11 (Objects/*: tp_basicsize + items, + GC header).

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple, PySet } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';

export function sizeOf(vm: VM, o: PyObject): number {
  if (o instanceof PyInt) {
    if (o.type === vm.t.bool) return o.value ? 28 : 24;
    const bits = (o.value < 0n ? -o.value : o.value).toString(2).length;
    const digits = o.value === 0n ? 0 : Math.ceil(bits / 30);
    return 24 + 4 * Math.max(digits, 1) - (o.value === 0n ? 4 : 0);
  }
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyStr) {
    let max = 0;
    for (const ch of o.value) max = Math.max(max, ch.codePointAt(0) as number);
    const n = Array.from(o.value).length;
    if (max < 128) return 49 + n;
    if (max < 256) return 73 + n;
    if (max < 65536) return 74 + 2 * n;
    return 76 + 4 * n;
  }
  if (o instanceof PyBytes) return 33 + o.value.length;
  if (o instanceof PyTuple) return 40 + 8 * o.items.length;
  if (o instanceof PyList) return 56 + 8 * o.items.length;
  if (o instanceof PyDict) return o.size === 0 ? 64 : 184 + 0 * o.size;
  if (o instanceof PySet) return 216;
  return 16;
}
