// array.array's slots (Modules/arraymodule.c): len, items and slices (array_subscr, array_ass_subscr),
// iteration (arrayiterator), `in`, comparisons, +, *, += and *=, repr. A slice, a sum or a repetition
// is a new array allocated exactly; assignments and deletions resize through PyArray.resize.

import type { PyObject } from '../../objects/object';
import { PyInt } from '../../objects/atoms';
import { PySlice } from '../../objects/containers';
import { PyArray, PyArrayIter, type CValue } from '../../objects/array';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { method, arity } from '../../builtins/define';
import { setName } from '../../runtime/dicts';
import { sliceIndices } from '../../runtime/subscripts';
import { reprOf } from '../../runtime/repr';
import { equals, richCompare } from '../../runtime/operators';
import { numberIndex } from '../../runtime/number-index';
import { noArgsMethod, shortTypeName } from '../collections/native-type';
import { cValue } from './array-items';
import { extendArray, newArray, type ArrayTypes } from './array-storage';
import { Cause } from '../../trace/events';

const A = (o: PyObject | null) => o as PyArray;

/** PySlice_AdjustIndices' slicelength. */
function sliceLength(start: number, stop: number, step: number): number {
  return step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
}

/** _PyIndex_Check then PyNumber_AsSsize_t(key, IndexError): the index, or null for a key that is no index. */
function* indexKey(vm: VM, key: PyObject): Native<number | null> {
  if (!(key instanceof PyInt) && !key.type.lookup('__index__')) return null;
  const v = yield* numberIndex(vm, key);
  if (v > (1n << 63n) - 1n || v < -(1n << 63n)) throw vm.error('IndexError', "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

/** array_slice / __copy__: a new array.array with items [low, high). */
export function copyArray(vm: VM, types: ArrayTypes, a: PyArray, low = 0, high = a.length): PyArray {
  const n = Math.max(0, high - low);
  const copy = newArray(vm, types.array, a.typecode, n);
  copy.data.set(a.data.subarray(low * a.itemsize, (low + n) * a.itemsize));
  return copy;
}

/** array_subscr. */
function* getItem(vm: VM, types: ArrayTypes, a: PyArray, key: PyObject): Native {
  const index = yield* indexKey(vm, key);
  if (index !== null) {
    const i = index < 0 ? index + a.length : index;
    if (i < 0 || i >= a.length) throw vm.error('IndexError', 'array index out of range');
    return a.item(vm, i);
  }
  if (!(key instanceof PySlice)) throw vm.error('TypeError', 'array indices must be integers');
  const [start, stop, step] = sliceIndices(vm, key, a.length);
  const n = sliceLength(start, stop, step);
  if (step === 1) return copyArray(vm, types, a, start, start + n);
  const result = newArray(vm, types.array, a.typecode, n);
  for (let k = 0; k < n; k++) result.set(k, a.get(start + k * step));
  return result;
}

/** array_ass_subscr (value null: del). */
function* setItem(vm: VM, types: ArrayTypes, a: PyArray, key: PyObject, value: PyObject | null): Native<void> {
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  const index = yield* indexKey(vm, key);
  if (index !== null) {
    const i = index < 0 ? index + a.length : index;
    if (i < 0 || i >= a.length) throw vm.error('IndexError', 'array assignment index out of range');
    if (value !== null) {
      a.set(i, yield* cValue(vm, a.typecode, value));
      return;
    }
    // del a[i]: the slice i:i+1.
    [start, stop, step, slicelength] = [i, i + 1, 1, 1];
  } else if (key instanceof PySlice) {
    [start, stop, step] = sliceIndices(vm, key, a.length);
    slicelength = sliceLength(start, stop, step);
  } else {
    throw vm.error('TypeError', 'array indices must be integers');
  }
  let other: PyArray | null = null;
  if (value !== null) {
    if (!(value instanceof PyArray)) throw vm.error('TypeError', `can only assign array (not "${value.type.name}") to array slice`);
    // a[...] = a: a copy of itself is assigned.
    other = value === a ? copyArray(vm, types, a) : value;
    if (other.typecode !== a.typecode) {
      if (other !== value) vm.decref(other, Cause.Stack);
      throw vm.error('TypeError', 'bad argument type for built-in operation');
    }
  }
  try {
    assignSlice(vm, a, start, stop, step, slicelength, other);
  } finally {
    if (other && other !== value) vm.decref(other, Cause.Stack);
  }
}

function assignSlice(vm: VM, a: PyArray, start: number, stop: number, step: number, slicelength: number, other: PyArray | null): void {
  const needed = other ? other.length : 0;
  const size = a.itemsize;
  // Make sure a[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  // Issue #4509: a size change while exporting fails before anything is modified.
  if ((needed === 0 || slicelength !== needed) && a.exports > 0) throw vm.error('BufferError', 'cannot resize an array that is exporting buffers');
  const src = other ? other.bytes() : new Uint8Array(0);
  if (step === 1) {
    const length = a.length;
    if (slicelength > needed) {
      a.data.copyWithin((start + needed) * size, stop * size, length * size);
      a.resize(vm, length + needed - slicelength);
    } else if (slicelength < needed) {
      a.resize(vm, length + needed - slicelength);
      a.data.copyWithin((start + needed) * size, stop * size, length * size);
    }
    a.data.set(src, start * size);
    return;
  }
  if (needed === 0) {
    // An extended slice deleted (also when an empty array is assigned to it): the kept items close up.
    const kept: CValue[] = [];
    const removed = new Set<number>();
    for (let k = 0; k < slicelength; k++) removed.add(start + k * step);
    for (let i = 0; i < a.length; i++) if (!removed.has(i)) kept.push(a.get(i));
    kept.forEach((v, i) => a.set(i, v));
    a.resize(vm, a.length - slicelength);
    return;
  }
  if (needed !== slicelength) {
    throw vm.error('ValueError', `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  }
  for (let k = 0; k < slicelength; k++) a.data.set(src.subarray(k * size, (k + 1) * size), (start + k * step) * size);
}

/** The C values of two arrays of one integer typecode compared directly (compareitems): <0, 0 or >0. */
function compareItems(v: PyArray, w: PyArray, n: number): number {
  for (let i = 0; i < n; i++) {
    const x = v.get(i);
    const y = w.get(i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function sizeComparison(op: string, vs: number, ws: number): boolean {
  switch (op) {
    case 'Lt': return vs < ws;
    case 'LtE': return vs <= ws;
    case 'Eq': return vs === ws;
    case 'NotEq': return vs !== ws;
    case 'Gt': return vs > ws;
    default: return vs >= ws;
  }
}

/** array_richcompare: lengths first for ==/!=, then the first items that differ (as objects, but for integer arrays of one typecode). */
function* arrayCompare(vm: VM, v: PyArray, w: PyArray, op: string): Native {
  if (v.length !== w.length && (op === 'Eq' || op === 'NotEq')) return vm.newBool(op === 'NotEq');
  const common = Math.min(v.length, w.length);
  if (v.typecode === w.typecode && v.typecode !== 'f' && v.typecode !== 'd') {
    const result = compareItems(v, w, common);
    return vm.newBool(result === 0 ? sizeComparison(op, v.length, w.length) : sizeComparison(op, result, 0));
  }
  for (let i = 0; i < v.length && i < w.length; i++) {
    const vi = v.item(vm, i);
    const wi = w.item(vm, i);
    let same: boolean;
    try {
      same = yield* equals(vm, vi, wi);
    } catch (e) {
      vm.decref(vi, Cause.Stack);
      vm.decref(wi, Cause.Stack);
      throw e;
    }
    if (same) {
      vm.decref(vi, Cause.Stack);
      vm.decref(wi, Cause.Stack);
      continue;
    }
    // An item that differs: ==/!= are decided; the others compare those two items again with the operator.
    try {
      if (op === 'Eq' || op === 'NotEq') return vm.newBool(op === 'NotEq');
      return yield* richCompare(vm, vi, wi, op);
    } finally {
      vm.decref(vi, Cause.Stack);
      vm.decref(wi, Cause.Stack);
    }
  }
  return vm.newBool(sizeComparison(op, v.length, w.length));
}

/** sequence_repeat's count: an int, or an object with __index__; else CPython's TypeError. */
function* repeatCount(vm: VM, n: PyObject): Native<number> {
  if (!(n instanceof PyInt) && !n.type.lookup('__index__')) throw vm.error('TypeError', `can't multiply sequence by non-int of type '${n.type.name}'`);
  const v = yield* numberIndex(vm, n);
  return v < 0n ? 0 : Number(v);
}

export function installArraySequence(vm: VM, types: ArrayTypes): void {
  const t = types.array;
  noArgsMethod(vm, t, '__len__', (self) => vm.newInt(A(self).length));
  method(vm, t, '__getitem__', (args, _k, self) => {
    arity(vm, '__getitem__', args, 1);
    return getItem(vm, types, A(self), args[0]);
  });
  method(vm, t, '__setitem__', function* (args, _k, self): Native {
    arity(vm, '__setitem__', args, 2);
    yield* setItem(vm, types, A(self), args[0], args[1]);
    return vm.newNone();
  });
  method(vm, t, '__delitem__', function* (args, _k, self): Native {
    arity(vm, '__delitem__', args, 1);
    yield* setItem(vm, types, A(self), args[0], null);
    return vm.newNone();
  });
  method(vm, t, '__contains__', function* (args, _k, self): Native {
    arity(vm, '__contains__', args, 1);
    const a = A(self);
    for (let i = 0; i < a.length; i++) {
      const item = a.item(vm, i);
      try {
        if (yield* equals(vm, item, args[0])) return vm.newBool(true);
      } finally {
        vm.decref(item, Cause.Stack);
      }
    }
    return vm.newBool(false);
  });
  noArgsMethod(vm, t, '__iter__', (self) => vm.track(new PyArrayIter(types.iterator, vm.incref(A(self), Cause.Iterator, 'ao') as PyArray)));

  method(vm, t, '__add__', (args, _k, self) => {
    arity(vm, '__add__', args, 1);
    const a = A(self);
    const b = args[0];
    if (!(b instanceof PyArray)) throw vm.error('TypeError', `can only append array (not "${b.type.name}") to array`);
    if (b.typecode !== a.typecode) throw vm.error('TypeError', 'bad argument type for built-in operation');
    const result = newArray(vm, types.array, a.typecode, a.length + b.length);
    result.data.set(a.data.subarray(0, a.length * a.itemsize));
    result.data.set(b.data.subarray(0, b.length * b.itemsize), a.length * a.itemsize);
    return result;
  });
  const repeat = function* (self: PyObject, n: PyObject): Native {
    const a = A(self);
    const count = yield* repeatCount(vm, n);
    const result = newArray(vm, types.array, a.typecode, a.length * count);
    const bytes = a.bytes();
    for (let k = 0; k < count; k++) result.data.set(bytes, k * bytes.length);
    return result;
  };
  method(vm, t, '__mul__', (args, _k, self) => {
    arity(vm, '__mul__', args, 1);
    return repeat(self as PyObject, args[0]);
  });
  method(vm, t, '__rmul__', (args, _k, self) => {
    arity(vm, '__rmul__', args, 1);
    return repeat(self as PyObject, args[0]);
  });
  method(vm, t, '__iadd__', function* (args, _k, self): Native {
    arity(vm, '__iadd__', args, 1);
    const b = args[0];
    if (!(b instanceof PyArray)) throw vm.error('TypeError', `can only extend array with array (not "${b.type.name}")`);
    yield* extendArray(vm, A(self), b);
    return vm.incref(self as PyObject, Cause.Return);
  });
  method(vm, t, '__imul__', function* (args, _k, self): Native {
    arity(vm, '__imul__', args, 1);
    const a = A(self);
    const count = yield* repeatCount(vm, args[0]);
    // array_inplace_repeat: one resize to n times the length (0 frees), then the items copied over.
    if (a.length > 0 && count !== 1) {
      const bytes = a.bytes();
      a.resize(vm, a.length * count);
      for (let k = 0; k < count; k++) a.data.set(bytes, k * bytes.length);
    }
    return vm.incref(a, Cause.Return);
  });
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    method(vm, t, name, function* (args, _k, self): Native {
      arity(vm, name, args, 1);
      const other = args[0];
      if (!(other instanceof PyArray)) return vm.incref(vm.notImplemented, Cause.Return);
      return yield* arrayCompare(vm, A(self), other, op);
    });
  }
  setName(vm, t.dict, '__hash__', vm.none);
  noArgsMethod(vm, t, '__repr__', function* (self): Native {
    // array_repr: "array('i')" when empty, else the typecode and the repr of tolist().
    const a = A(self);
    const name = shortTypeName(a.type);
    if (a.length === 0) return vm.newStr(`${name}('${a.typecode}')`);
    const list = vm.newList(Array.from({ length: a.length }, (_, i) => a.item(vm, i)));
    try {
      return vm.newStr(`${name}('${a.typecode}', ${yield* reprOf(vm, list)})`);
    } finally {
      vm.decref(list, Cause.Internal);
    }
  });

  const it = types.iterator;
  noArgsMethod(vm, it, '__iter__', (self) => vm.incref(self, Cause.Return));
  noArgsMethod(vm, it, '__next__', (self) => {
    const item = (self as PyArrayIter).nextItem(vm);
    if (!item) throw vm.error('StopIteration');
    return item;
  });
}
