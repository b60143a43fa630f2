// Changing a bytearray's length (PyByteArray_Resize, Objects/bytearrayobject.c): refused while a buffer
// of it is exported (a memoryview not released), since the view points into its memory.

import { PyInt, type PyBytes } from '../objects/atoms';
import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { getIterOr, iterNext } from './iteration';
import { Cause } from '../trace/events';

/** _canresize: "Existing exports of data: object cannot be re-sized" while `ba` has exports. */
export function checkResizable(vm: VM, ba: PyBytes): void {
  if (ba.exports > 0) throw vm.error('BufferError', 'Existing exports of data: object cannot be re-sized');
}

/** Replaces the bytes of `ba`; a change of length goes through PyByteArray_Resize's check. */
export function setBytearrayData(vm: VM, ba: PyBytes, next: Uint8Array): void {
  if (next.length !== ba.value.length) checkResizable(vm, ba);
  ba.value = next;
}

/** The bytes with `insert` put in place of [start, stop) (bytearray_setslice_linear). */
export function spliced(data: Uint8Array, start: number, stop: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length - (stop - start) + insert.length);
  out.set(data.subarray(0, start));
  out.set(insert, start);
  out.set(data.subarray(stop), start + insert.length);
  return out;
}

/** _getbytevalue: an int in range(0, 256). */
export function byteValue(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt)) {
    if (o.type.lookup('__index__')) throw vm.unsupported('a byte given as an object with __index__');
    throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  }
  const n = Number(o.value);
  if (n < 0 || n > 255) throw vm.error('ValueError', 'byte must be in range(0, 256)');
  return n;
}

/** The bytes an iterable of ints gives (bytearray.extend of a non-buffer, slice assignment). */
export function* bytesFromInts(vm: VM, iterable: PyObject, notIterable: string): Native<Uint8Array> {
  const it = yield* getIterOr(vm, iterable, { when: 'no-iter-slots', message: function* () { return notIterable; } });
  const out: number[] = [];
  try {
    for (;;) {
      const x = yield* iterNext(vm, it);
      if (!x) break;
      try {
        out.push(byteValue(vm, x));
      } finally {
        vm.decref(x, Cause.Stack);
      }
    }
  } finally {
    vm.decref(it, Cause.Stack);
  }
  return Uint8Array.from(out);
}
