// array.array's named methods and attributes (Modules/arraymodule.c, Argument Clinic's checks and
// messages, the same in 3.11 to 3.13; 3.13 adds clear()). Items handed out are new objects.

import type { PyObject } from '../../objects/object';
import { PyInt } from '../../objects/atoms';
import { PyList } from '../../objects/containers';
import { PyArray } from '../../objects/array';
import { PyMemoryView } from '../../objects/memoryview';
import { PyNativeGetSet } from '../../objects/native-descriptor';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { method, arity, checkPositional } from '../../builtins/define';
import { setName } from '../../runtime/dicts';
import { address } from '../../runtime/repr';
import { equals } from '../../runtime/operators';
import { numberIndex } from '../../runtime/number-index';
import { bufferBytes } from '../../runtime/buffers';
import { noArgsMethod, oneArgMethod, refuseKeywords } from '../collections/native-type';
import { cValue } from './array-items';
import { deleteRange, extendArray, fromBytes, insertItem, type ArrayTypes } from './array-storage';
import { copyArray } from './array-sequence';
import { Cause } from '../../trace/events';

const A = (o: PyObject | null) => o as PyArray;

/** Py_ssize_t through PyNumber_Index: "'str' object cannot be interpreted as an integer". */
function* ssize(vm: VM, o: PyObject): Native<number> {
  const v = yield* numberIndex(vm, o);
  if (v > (1n << 63n) - 1n || v < -(1n << 63n)) throw vm.error('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** _PyEval_SliceIndexNotNone (index()'s start and stop): huge values clamp. */
function sliceIndex(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt)) {
    if (o.type.lookup('__index__')) throw vm.unsupported('array.index bounds given as an object with __index__');
    throw vm.error('TypeError', 'slice indices must be integers or have an __index__ method');
  }
  const v = o.value;
  const max = (1n << 63n) - 1n;
  return Number(v > max ? max : v < -max - 1n ? -max - 1n : v);
}

/**
 * A comparison loop over the items (count, index, remove): each item a new object, compared with ==
 * (PyObject_RichCompareBool), the length read again at every step as CPython does.
 */
function* findItems(vm: VM, a: PyArray, v: PyObject, start: number, stop: number, onMatch: (i: number) => boolean): Native<void> {
  for (let i = start; i < stop && i < a.length; i++) {
    const item = a.item(vm, i);
    let match: boolean;
    try {
      match = yield* equals(vm, item, v);
    } finally {
      vm.decref(item, Cause.Stack);
    }
    if (match && onMatch(i)) return;
  }
}

export function installArrayMethods(vm: VM, types: ArrayTypes): void {
  const t = types.array;

  oneArgMethod(vm, t, 'append', function* (self, v): Native {
    yield* insertItem(vm, A(self), A(self).length, v);
    return vm.newNone();
  });
  method(vm, t, 'extend', function* (args, kwargs, self): Native {
    // Argument Clinic with the defining class: positional-only `bb`.
    const n = args.length + (kwargs?.size ?? 0);
    if (n > 1) throw vm.error('TypeError', `extend() takes at most 1 argument (${n} given)`);
    if (args.length < 1) throw vm.error('TypeError', 'extend() takes exactly 1 positional argument (0 given)');
    yield* extendArray(vm, A(self), args[0]);
    return vm.newNone();
  });
  method(vm, t, 'insert', function* (args, kwargs, self): Native {
    refuseKeywords(vm, 'array.insert', kwargs);
    arity(vm, 'insert', args, 2);
    yield* insertItem(vm, A(self), yield* ssize(vm, args[0]), args[1]);
    return vm.newNone();
  });
  method(vm, t, 'pop', function* (args, kwargs, self): Native {
    refuseKeywords(vm, 'array.pop', kwargs);
    checkPositional(vm, 'pop', args.length, 0, 1);
    const a = A(self);
    let i = args.length ? yield* ssize(vm, args[0]) : -1;
    if (a.length === 0) throw vm.error('IndexError', 'pop from empty array');
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw vm.error('IndexError', 'pop index out of range');
    const v = a.item(vm, i);
    try {
      deleteRange(vm, a, i, i + 1);
    } catch (e) {
      vm.decref(v, Cause.Stack);
      throw e;
    }
    return v;
  });
  oneArgMethod(vm, t, 'remove', function* (self, v): Native {
    const a = A(self);
    let found = -1;
    yield* findItems(vm, a, v, 0, a.length, (i) => {
      found = i;
      return true;
    });
    if (found < 0) throw vm.error('ValueError', 'array.remove(x): x not in array');
    deleteRange(vm, a, found, found + 1);
    return vm.newNone();
  });
  method(vm, t, 'index', function* (args, kwargs, self): Native {
    refuseKeywords(vm, 'array.index', kwargs);
    checkPositional(vm, 'index', args.length, 1, 3);
    const a = A(self);
    let start = args.length > 1 ? sliceIndex(vm, args[1]) : 0;
    let stop = args.length > 2 ? sliceIndex(vm, args[2]) : Number.MAX_SAFE_INTEGER;
    if (start < 0) start = Math.max(0, start + a.length);
    if (stop < 0) stop += a.length;
    let found = -1;
    yield* findItems(vm, a, args[0], start, stop, (i) => {
      found = i;
      return true;
    });
    if (found < 0) throw vm.error('ValueError', 'array.index(x): x not in array');
    return vm.newInt(found);
  });
  oneArgMethod(vm, t, 'count', function* (self, v): Native {
    const a = A(self);
    let count = 0;
    yield* findItems(vm, a, v, 0, a.length, () => {
      count++;
      return false;
    });
    return vm.newInt(count);
  });
  noArgsMethod(vm, t, 'reverse', (self) => {
    const a = A(self);
    const items = Array.from({ length: a.length }, (_, i) => a.get(i));
    items.reverse().forEach((v, i) => a.set(i, v));
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'byteswap', (self) => {
    // Each item's bytes in reverse order (itemsize 1: nothing to do).
    const a = A(self);
    const size = a.itemsize;
    for (let i = 0; i < a.length; i++) a.data.subarray(i * size, (i + 1) * size).reverse();
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'tolist', (self) => {
    const a = A(self);
    return vm.newList(Array.from({ length: a.length }, (_, i) => a.item(vm, i)));
  });
  noArgsMethod(vm, t, 'tobytes', (self) => vm.newBytes(A(self).bytes()));
  oneArgMethod(vm, t, 'frombytes', (self, buffer) => {
    const bytes = bufferBytes(vm, buffer);
    if (!bytes) throw vm.error('TypeError', `a bytes-like object is required, not '${buffer.type.name}'`);
    // The buffer's items must be bytes (Py_buffer.itemsize 1): an array of ints or a view of one is refused.
    const itemsize = buffer instanceof PyArray || buffer instanceof PyMemoryView ? buffer.itemsize : 1;
    if (itemsize !== 1) throw vm.error('TypeError', 'a bytes-like object is required');
    fromBytes(vm, A(self), bytes);
    return vm.newNone();
  });
  oneArgMethod(vm, t, 'fromlist', function* (self, list): Native {
    if (!(list instanceof PyList)) throw vm.error('TypeError', 'arg must be list');
    const a = A(self);
    const n = list.items.length;
    if (n === 0) return vm.newNone();
    // One resize for the whole list; a bad item shrinks the array back to its old length.
    const old = a.length;
    a.resize(vm, old + n);
    for (let i = 0; i < n; i++) {
      try {
        a.set(old + i, yield* cValue(vm, a.typecode, list.items[i]));
      } catch (e) {
        a.resize(vm, old);
        throw e;
      }
    }
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'buffer_info', (self) => {
    // (ob_item's address, length): NULL while nothing is allocated. The simulator's address is made up.
    const a = A(self);
    const where = a.data.length ? BigInt(address(a)) + 0x1000n : 0n;
    return vm.newTuple([vm.newInt(where), vm.newInt(a.length)]);
  });
  const copy = (self: PyObject) => copyArray(vm, types, A(self));
  noArgsMethod(vm, t, '__copy__', copy);
  oneArgMethod(vm, t, '__deepcopy__', copy);
  // Pickling (array._array_reconstructor and the machine format codes) is not modelled: say so, not AttributeError.
  method(vm, t, '__reduce_ex__', () => {
    throw vm.unsupported('array.array.__reduce_ex__ (pickling an array)');
  });
  for (const name of ['__reduce__', '__setstate__']) {
    method(vm, types.iterator, name, () => {
      throw vm.unsupported(`array.arrayiterator.${name} (pickling an array iterator)`);
    });
  }
  if (vm.options.version.array.clear) {
    noArgsMethod(vm, t, 'clear', (self) => {
      A(self).resize(vm, 0);
      return vm.newNone();
    });
  }

  const getter = (name: string, get: (a: PyArray) => PyObject) => {
    const d = new PyNativeGetSet(vm.t.getset_descriptor, name, t, 'attribute', (_vm, o) => get(A(o)), null);
    d.immortal = true;
    setName(vm, t.dict, name, d, true);
  };
  getter('typecode', (a) => vm.newStr(a.typecode));
  getter('itemsize', (a) => vm.newInt(a.itemsize));
}
