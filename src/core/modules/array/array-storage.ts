// The array operations that change an array's length (Modules/arraymodule.c ins1, array_del_slice,
// array_do_extend, array_iter_extend, frombytes): each goes through PyArray.resize in CPython's order,
// so the allocation sys.getsizeof reports is CPython's and a resize while exporting raises BufferError.

import type { PyObject } from '../../objects/object';
import { PyArray, type ArrayTypecode } from '../../objects/array';
import type { PyType } from '../../objects/type';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { getIter, iterNext } from '../../runtime/iteration';
import { cValue } from './array-items';
import { Cause } from '../../trace/events';

/** The module's types (array.array and array.arrayiterator), made once per run. */
export interface ArrayTypes {
  array: PyType;
  iterator: PyType;
}

/** newarrayobject: `size` items, allocated exactly (a class deriving from array holds its class). */
export function newArray(vm: VM, type: PyType, typecode: ArrayTypecode, size: number): PyArray {
  const a = vm.track(new PyArray(type, typecode, size), 'fresh');
  if (type.heap) vm.incref(type, Cause.Type, '__class__');
  return a;
}

/** ins1: `v` checked first (setitem with index -1), then one more item, at `where` (clamped like list.insert). */
export function* insertItem(vm: VM, a: PyArray, where: number, v: PyObject): Native<void> {
  const value = yield* cValue(vm, a.typecode, v);
  const n = a.length;
  a.resize(vm, n + 1);
  if (where < 0) where = Math.max(0, where + n);
  if (where > n) where = n;
  const size = a.itemsize;
  a.data.copyWithin((where + 1) * size, where * size, n * size);
  a.set(where, value);
}

/** array_iter_extend: each item the iterator gives, appended through ins1. */
export function* extendFromIterator(vm: VM, a: PyArray, it: PyObject): Native<void> {
  for (let v = yield* iterNext(vm, it); v; v = yield* iterNext(vm, it)) {
    try {
      yield* insertItem(vm, a, a.length, v);
    } finally {
      vm.decref(v, Cause.Stack);
    }
  }
}

/** array_do_extend: an array of the same typecode is copied in one resize; any other iterable item by item. */
export function* extendArray(vm: VM, a: PyArray, bb: PyObject): Native<void> {
  if (!(bb instanceof PyArray)) {
    const it = yield* getIter(vm, bb);
    try {
      yield* extendFromIterator(vm, a, it);
    } finally {
      vm.decref(it, Cause.Stack);
    }
    return;
  }
  if (bb.typecode !== a.typecode) throw vm.error('TypeError', 'can only extend with array of same kind');
  const added = bb.bytes();
  const old = a.length;
  a.resize(vm, old + bb.length);
  a.data.set(added, old * a.itemsize);
}

/** frombytes: whole items only, appended in one resize. */
export function fromBytes(vm: VM, a: PyArray, bytes: Uint8Array): void {
  if (bytes.length % a.itemsize !== 0) throw vm.error('ValueError', 'bytes length not a multiple of item size');
  const n = bytes.length / a.itemsize;
  if (n === 0) return;
  const copy = Uint8Array.from(bytes);
  const old = a.length;
  a.resize(vm, old + n);
  a.data.set(copy, old * a.itemsize);
}

/** array_del_slice: items [low, high) removed (clamped), then the array shrunk; refused while exporting. */
export function deleteRange(vm: VM, a: PyArray, low: number, high: number): void {
  low = Math.min(Math.max(low, 0), a.length);
  high = Math.min(Math.max(high, low), a.length);
  const d = high - low;
  if (d !== 0 && a.exports > 0) throw vm.error('BufferError', 'cannot resize an array that is exporting buffers');
  if (d > 0) {
    a.removeRange(low, high);
    a.resize(vm, a.length - d);
  }
}
