// Indexing, slicing and `in` (Objects/abstract.c: PyObject_GetItem & co).

import { missingProtocol } from './cpython-names';
import type { PyObject } from '../objects/object';
import { PyInt, PyStr, PyBytes, PyFloat } from '../objects/atoms';
import { PyList, PyTuple, PySet, PySlice, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFunction } from '../objects/callables';
import { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import { PyCompositeIter } from '../objects/iterators';
import { listAssignSlice, listResize } from './list-storage';
import type { Native, CallRequest } from '../vm/frame';
import { hashKey, dictSet, dictDel } from './dicts';
import { equals, unchangedStr } from './operators';
import { subscriptClass } from './generic-alias';
import { getIter, getIterOr, iterNext } from './iteration';
import { bufferBytes, stridedBufferBytes } from './buffers';
import { byteValue, bytesFromInts, setBytearrayData, spliced } from './bytearray-storage';

/** The last string indexed and its code points: a loop slicing one long string (re's findall) splits it once. */
let lastIndexed: PyStr | null = null;
let lastCodePoints: string[] = [];

function codePointsOf(o: PyStr): string[] {
  if (o !== lastIndexed) {
    lastCodePoints = Array.from(o.value);
    lastIndexed = o;
  }
  return lastCodePoints;
}

/** Resolves a slice against a length (PySlice_GetIndicesEx). */
export function sliceIndices(vm: VM, s: PySlice, length: number): [number, number, number] {
  const toNum = (o: PyObject): number | null => {
    if (o === vm.none) return null;
    if (o instanceof PyInt) return Number(o.value);
    throw vm.error('TypeError', 'slice indices must be integers or None or have an __index__ method');
  };
  const step = toNum(s.step) ?? 1;
  if (step === 0) throw vm.error('ValueError', 'slice step cannot be zero');
  let start = toNum(s.start);
  let stop = toNum(s.stop);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + length) : Math.min(start, length);
    stop = stop === null ? length : stop < 0 ? Math.max(0, stop + length) : Math.min(stop, length);
  } else {
    start = start === null ? length - 1 : start < 0 ? Math.max(-1, start + length) : Math.min(start, length - 1);
    stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + length) : Math.min(stop, length - 1);
  }
  return [start, stop, step];
}

function sliceSelect<T>(items: T[], start: number, stop: number, step: number): T[] {
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]);
  else for (let i = start; i > stop; i += step) out.push(items[i]);
  return out;
}

/**
 * An int index into a sequence of `length`: "<what> indices must be integers or slices, not float",
 * "<what> index out of range" (the types' own words, given when they differ from `what`'s).
 */
function index(vm: VM, key: PyObject, length: number, what: string, words: { type?: string; range?: string } = {}): number {
  if (!(key instanceof PyInt)) {
    throw vm.error('TypeError', words.type ?? `${what} indices must be integers or slices, not ${key.type.name}`);
  }
  let i = Number(key.value);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw vm.error('IndexError', words.range ?? `${what} index out of range`);
  return i;
}

/**
 * o[key] without a generator when CPython 3.11 would specialize it (BINARY_SUBSCR_LIST_INT, _TUPLE_INT,
 * _DICT): an exact list or tuple indexed by an exact int in range, an exact dict holding an exact str or
 * int key. The new reference, or null: the general path then runs (and raises what there is to raise).
 */
export function fastGetItem(vm: VM, o: PyObject, key: PyObject): PyObject | null {
  const t = o.type;
  if (t === vm.t.list || t === vm.t.tuple) {
    if (key.type !== vm.t.int) return null;
    const items = (o as PyList | PyTuple).items;
    let i = (key as PyInt).small;
    if (i < 0) i += items.length;
    return i >= 0 && i < items.length ? vm.incref(items[i], Cause.Stack) : null;
  }
  if (t === vm.t.dict && (key.type === vm.t.str || key.type === vm.t.int)) {
    const e = (o as PyDict).get(hashKey(vm, key));
    return e ? vm.incref(e.value, Cause.Stack) : null;
  }
  return null;
}

/**
 * o[key] = value without a generator for an exact list and an in-range exact int (STORE_SUBSCR_LIST_INT)
 * or an exact dict and an exact str or int key (STORE_SUBSCR_DICT): what setItem does for them. False
 * when the general path must run.
 */
export function fastSetItem(vm: VM, o: PyObject, key: PyObject, value: PyObject): boolean {
  const t = o.type;
  if (t === vm.t.list) {
    if (key.type !== vm.t.int) return false;
    const items = (o as PyList).items;
    let i = (key as PyInt).small;
    if (i < 0) i += items.length;
    if (!(i >= 0 && i < items.length)) return false;
    const old = items[i];
    items[i] = vm.incref(value, Cause.Slot, `[${i}]`);
    vm.decref(old, Cause.Slot, `[${i}]`);
    return true;
  }
  if (t === vm.t.dict && (key.type === vm.t.str || key.type === vm.t.int)) {
    dictSet(vm, o as PyDict, key, value);
    return true;
  }
  return false;
}

/** del o[key] without a generator for an exact dict holding an exact str or int key; false (nothing done) otherwise. */
export function fastDelItem(vm: VM, o: PyObject, key: PyObject): boolean {
  return o.type === vm.t.dict && (key.type === vm.t.str || key.type === vm.t.int) && dictDel(vm, o as PyDict, key);
}

/** o[key] → new reference. */
export function* getItem(vm: VM, o: PyObject, key: PyObject): Native {
  o = unproxy(vm, o);
  key = unproxy(vm, key);
  if ((o instanceof PyList || o instanceof PyTuple) && key.type.heap && !(key instanceof PyInt) && behavesAsBuiltin(o, '__getitem__')) {
    // PyNumber_Index: an object with __index__ can index a sequence.
    const indexMethod = key.type.lookup('__index__');
    if (indexMethod) {
      const i = yield { callable: indexMethod, args: [key], kwargs: null };
      try {
        if (!(i instanceof PyInt)) throw vm.error('TypeError', `__index__ returned non-int (type ${i.type.name})`);
        return yield* getItem(vm, o, i);
      } finally {
        vm.decref(i, Cause.Return);
      }
    }
  }
  // mappingproxy: reads go to the class namespace it shows.
  if (o instanceof PyCompositeIter && o.type === vm.t.mappingproxy) return yield* getItem(vm, o.refs[0], key);
  const fo = proxiedFrame(vm, o);
  if (fo) {
    const value = proxyGet(vm, fo, key);
    if (!value) throw vm.errorWith('KeyError', [vm.incref(key, Cause.Exception)]);
    return value;
  }
  if (behavesAsBuiltin(o, '__getitem__')) {
    const r = yield* builtinGetItem(vm, o, key);
    if (r) return r;
  }
  const m = o.type.lookup('__getitem__');
  if (m) return yield { callable: m, args: [o, key], kwargs: null };
  throw missingProtocol(vm, o.type, '__getitem__', vm.error('TypeError', `'${o.type.name}' object is not subscriptable`));
}

/** The built-in types' own o[key] (their __getitem__, whatever a subclass overrides); null when `o` has none. */
export function* builtinGetItem(vm: VM, o: PyObject, key: PyObject): Native<PyObject | null> {
  if (o instanceof PyList || o instanceof PyTuple) {
    const what = o instanceof PyList ? 'list' : 'tuple';
    if (key instanceof PySlice) {
      const [a, b, c] = sliceIndices(vm, key, o.items.length);
      // A full slice of an exact tuple is the tuple itself (tuplesubscript).
      if (o instanceof PyTuple && o.type === vm.t.tuple && a === 0 && b === o.items.length && c === 1) return vm.incref(o, Cause.Stack);
      const items = sliceSelect(o.items, a, b, c).map((x) => vm.incref(x, Cause.Slot));
      chargeLoop(vm, 'copyItem', items.length);
      return o instanceof PyList ? vm.newList(items) : vm.newTuple(items);
    }
    return vm.incref(o.items[index(vm, key, o.items.length, what)], Cause.Stack);
  }
  if (o instanceof PyDict) {
    const e = o.get(hashKey(vm, key));
    if (e) return vm.incref(e.value, Cause.Stack);
    // dict_subscript: the __missing__ of a dict that is not exactly a dict (a subclass, defaultdict) answers for an absent key.
    const missing = o.type !== vm.t.dict ? o.type.lookup('__missing__') : null;
    if (missing) return yield { callable: missing, args: [o, key], kwargs: null };
    throw vm.errorWith('KeyError', [vm.incref(key, Cause.Exception)]);
  }
  if (o instanceof PyStr) {
    const chars = codePointsOf(o);
    if (key instanceof PySlice) {
      const [a, b, c] = sliceIndices(vm, key, chars.length);
      // unicode_subscript: a full slice is unicode_result_unchanged (a subclass's is copied).
      if (a === 0 && b === chars.length && c === 1) return unchangedStr(vm, o);
      const picked = sliceSelect(chars, a, b, c);
      chargeLoop(vm, 'char', picked.length);
      return vm.newStr(picked.join(''));
    }
    // unicode_subscript: "string indices must be integers, not 'float'".
    return vm.newStr(chars[index(vm, key, chars.length, 'string', { type: `string indices must be integers, not '${key.type.name}'` })]);
  }
  if (o instanceof PyBytes) {
    if (key instanceof PySlice) {
      const [a, b, c] = sliceIndices(vm, key, o.value.length);
      // bytes_subscript: a full slice of an exact bytes is the bytes itself.
      if (o.type === vm.t.bytes && a === 0 && b === o.value.length && c === 1) return vm.incref(o, Cause.Stack);
      const picked = Uint8Array.from(sliceSelect(Array.from(o.value), a, b, c));
      return o.type.isSubtypeOf(vm.t.bytearray) ? vm.track(new PyBytes(vm.t.bytearray, picked)) : vm.newBytes(picked);
    }
    // bytes_subscript: "byte indices must be ...", "index out of range"; bytearray_subscript names itself.
    const words = o.type.isSubtypeOf(vm.t.bytearray) ? {} : { range: 'index out of range' };
    return vm.newInt(o.value[index(vm, key, o.value.length, o.type.isSubtypeOf(vm.t.bytearray) ? 'bytearray' : 'byte', words)]);
  }
  if (o instanceof PyRange) {
    const len = Number(o.length);
    if (key instanceof PySlice) {
      // compute_slice (Objects/rangeobject.c): the clamped start and stop indices each map to a value.
      const [a, b, c] = sliceIndices(vm, key, len);
      const item = (i: number) => o.start + BigInt(i) * o.step;
      return vm.track(new PyRange(vm.t.range, item(a), item(b), o.step * BigInt(c)));
    }
    return vm.newInt(o.start + BigInt(index(vm, key, len, 'range', { range: 'range object index out of range' })) * o.step);
  }
  if (o instanceof PyType) return yield* subscriptClass(vm, o, key);
  return null;
}

/** list_ass_subscript: `o[key] = value` on a list (value borrowed), a subclass's __setitem__ not consulted. */
export function* listSetItem(vm: VM, o: PyList, key: PyObject, value: PyObject): Generator<CallRequest, void, PyObject> {
  if (key instanceof PySlice) {
    const newItems = yield* iterateAll(vm, value);
    const [a, b, c] = sliceIndices(vm, key, o.items.length);
    if (c === 1) {
      listAssignSlice(o, Math.max(0, b - a), newItems.length);
      const removed = o.items.splice(a, Math.max(0, b - a), ...newItems);
      // list_ass_slice releases the replaced items (its `recycle` array) last to first.
      for (let k = removed.length - 1; k >= 0; k--) vm.decref(removed[k], Cause.Slot);
    } else {
      const positions = [];
      for (let i = a; c > 0 ? i < b : i > b; i += c) positions.push(i);
      if (positions.length !== newItems.length) {
        for (const n of newItems) vm.decref(n, Cause.Slot);
        throw vm.error('ValueError', `attempt to assign sequence of size ${newItems.length} to extended slice of size ${positions.length}`);
      }
      // list_ass_subscript stores every new item, then releases the old ones (its `garbage` array) in slice order.
      const garbage = positions.map((p, j) => {
        const old = o.items[p];
        o.items[p] = newItems[j];
        return old;
      });
      for (const old of garbage) vm.decref(old, Cause.Slot);
    }
    return;
  }
  const i = index(vm, key, o.items.length, 'list assignment');
  const old = o.items[i];
  o.items[i] = vm.incref(value, Cause.Slot, `[${i}]`);
  vm.decref(old, Cause.Slot, `[${i}]`);
}

/** o[key] = value (value borrowed). */
export function* setItem(vm: VM, o: PyObject, key: PyObject, value: PyObject): Native<PyObject | null> {
  o = unproxy(vm, o);
  key = unproxy(vm, key);
  const fo = proxiedFrame(vm, o);
  if (fo) {
    proxySet(vm, fo, key, value);
    return null;
  }
  if (behavesAsBuiltin(o, '__setitem__')) {
    if (o instanceof PyList) {
      yield* listSetItem(vm, o, key, value);
      return null;
    }
    if (o instanceof PyDict) {
      dictSet(vm, o, key, value);
      return null;
    }
    if (o instanceof PyBytes && o.type === vm.t.bytearray) {
      yield* bytearraySetItem(vm, o, key, value);
      return null;
    }
  }
  const m = o.type.lookup('__setitem__');
  if (m) {
    const r = yield { callable: m, args: [o, key, value], kwargs: null };
    vm.decref(r, Cause.Return);
    return null;
  }
  // A class that defines only __delitem__ has slot_mp_ass_subscript (Objects/typeobject.c), which looks __setitem__ up.
  if (o.type.lookup('__delitem__') instanceof PyFunction) throw vm.errorWith('AttributeError', [vm.newStr('__setitem__')]);
  throw missingProtocol(vm, o.type, '__setitem__', vm.error('TypeError', `'${o.type.name}' object does not support item assignment`));
}

function* iterateAll(vm: VM, iterable: PyObject): Generator<CallRequest, PyObject[], PyObject> {
  const it = yield* getIter(vm, iterable);
  const out: PyObject[] = [];
  for (;;) {
    const x = yield* iterNext(vm, it);
    if (!x) break;
    out.push(x);
  }
  vm.decref(it, Cause.Stack);
  return out;
}

/** list_ass_subscript with no value: `del o[key]` on a list, a subclass's __delitem__ not consulted. */
export function listDelItem(vm: VM, o: PyList, key: PyObject): void {
  if (key instanceof PySlice) {
    const [a, b, c] = sliceIndices(vm, key, o.items.length);
    const positions: number[] = [];
    for (let i = a; c > 0 ? i < b : i > b; i += c) positions.push(i);
    positions.sort((x, y) => x - y);
    const removed = positions.map((p) => o.items[p]);
    // list_ass_slice for a step of 1; an extended slice memmoves then list_resize(n - k).
    if (c === 1) listAssignSlice(o, positions.length, 0);
    else if (positions.length) listResize(o, o.items.length - positions.length);
    o.items = o.items.filter((_, i) => !positions.includes(i));
    // list_ass_slice releases the removed items last to first.
    for (let i = removed.length - 1; i >= 0; i--) vm.decref(removed[i], Cause.Slot);
    return;
  }
  const i = index(vm, key, o.items.length, 'list assignment');
  listAssignSlice(o, 1, 0); // list_ass_item(NULL) → list_ass_slice
  const [old] = o.items.splice(i, 1);
  vm.decref(old, Cause.Slot, `[${i}]`);
}

export function* delItem(vm: VM, o: PyObject, key: PyObject): Native<PyObject | null> {
  o = unproxy(vm, o);
  key = unproxy(vm, key);
  if (behavesAsBuiltin(o, '__delitem__')) {
    if (o instanceof PyList) {
      listDelItem(vm, o, key);
      return null;
    }
    if (o instanceof PyDict) {
      if (!dictDel(vm, o, key)) throw vm.errorWith('KeyError', [vm.incref(key, Cause.Exception)]);
      return null;
    }
    if (o instanceof PyBytes && o.type === vm.t.bytearray) {
      bytearrayDelItem(vm, o, key);
      return null;
    }
  }
  const m = o.type.lookup('__delitem__');
  if (m) {
    const r = yield { callable: m, args: [o, key], kwargs: null };
    vm.decref(r, Cause.Return);
    return null;
  }
  // A class that defines only __setitem__ has slot_mp_ass_subscript (Objects/typeobject.c), which looks __delitem__ up.
  if (o.type.lookup('__setitem__') instanceof PyFunction) throw vm.errorWith('AttributeError', [vm.newStr('__delitem__')]);
  throw vm.error('TypeError', `'${o.type.name}' object doesn't support item deletion`);
}

/** bytearray_ass_subscript with a value: an item, a slice (which may change the length), an extended slice. */
function* bytearraySetItem(vm: VM, ba: PyBytes, key: PyObject, value: PyObject): Native<void> {
  if (key instanceof PyInt) {
    const i = index(vm, key, ba.value.length, 'bytearray');
    ba.value[i] = byteValue(vm, value);
    return;
  }
  if (!(key instanceof PySlice)) throw vm.error('TypeError', `bytearray indices must be integers or slices, not ${key.type.name}`);
  let bytes = stridedBufferBytes(vm, value);
  if (bytes) bytes = Uint8Array.from(bytes); // ba[:] = ba reads a copy first
  else if (value instanceof PyInt || value instanceof PyFloat || value instanceof PyStr) throw vm.error('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  else bytes = yield* bytesFromInts(vm, value, `cannot convert '${value.type.name}' object to bytearray`);
  const [a, b, c] = sliceIndices(vm, key, ba.value.length);
  if (c === 1) {
    setBytearrayData(vm, ba, spliced(ba.value, a, Math.max(a, b), bytes));
    return;
  }
  const positions: number[] = [];
  for (let i = a; c > 0 ? i < b : i > b; i += c) positions.push(i);
  if (positions.length !== bytes.length) throw vm.error('ValueError', `attempt to assign bytes of size ${bytes.length} to extended slice of size ${positions.length}`);
  positions.forEach((p, k) => (ba.value[p] = (bytes as Uint8Array)[k]));
}

/** bytearray_ass_subscript without a value (`del`): the length changes, so exports forbid it. */
function bytearrayDelItem(vm: VM, ba: PyBytes, key: PyObject): void {
  if (key instanceof PyInt) {
    const i = index(vm, key, ba.value.length, 'bytearray');
    setBytearrayData(vm, ba, spliced(ba.value, i, i + 1, new Uint8Array(0)));
    return;
  }
  if (!(key instanceof PySlice)) throw vm.error('TypeError', `bytearray indices must be integers or slices, not ${key.type.name}`);
  const [a, b, c] = sliceIndices(vm, key, ba.value.length);
  const gone = new Set<number>();
  for (let i = a; c > 0 ? i < b : i > b; i += c) gone.add(i);
  if (gone.size === 0) return;
  setBytearrayData(vm, ba, ba.value.filter((_, i) => !gone.has(i)));
}

/** Whether `needle` occurs in `haystack`, byte for byte. */
function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** `item in container`. */
export function* contains(vm: VM, container: PyObject, item: PyObject): Generator<CallRequest, boolean, PyObject> {
  container = unproxy(vm, container);
  if (container instanceof PyCompositeIter && container.type === vm.t.mappingproxy) container = container.refs[0];
  const fo = proxiedFrame(vm, container);
  if (fo) {
    const value = proxyGet(vm, fo, item);
    if (value) vm.decref(value, Cause.Stack);
    return value !== null;
  }
  // dictkeys_contains / dictitems_contains: a lookup in the dict (an unhashable key raises), not a search.
  if (container instanceof PyCompositeIter && container.type === vm.t.dict_keys) return (container.refs[0] as PyDict).get(hashKey(vm, item)) !== undefined;
  if (container instanceof PyCompositeIter && container.type === vm.t.dict_items) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const found = (container.refs[0] as PyDict).get(hashKey(vm, item.items[0]));
    return found !== undefined && (yield* equals(vm, found.value, item.items[1]));
  }
  if (behavesAsBuiltin(container, '__contains__')) {
    if (container instanceof PyDict) return container.get(hashKey(vm, item)) !== undefined;
    if (container instanceof PySet) return container.members.has(hashKey(vm, item));
    if (container instanceof PyStr) {
      if (!(item instanceof PyStr)) throw vm.error('TypeError', `'in <string>' requires string as left operand, not ${item.type.name}`);
      const at = container.value.indexOf(item.value);
      chargeLoop(vm, 'char', at < 0 ? container.value.length : at + item.value.length);
      return at >= 0;
    }
    if (container instanceof PyBytes) {
      if (item instanceof PyInt) {
        // _Py_bytes_contains: an int is a byte value.
        if (item.value < 0n || item.value > 255n) throw vm.error('ValueError', 'byte must be in range(0, 256)');
        return container.value.includes(Number(item.value));
      }
      // _Py_bytes_contains: not an index, so a simple buffer (a strided view raises BufferError).
      const needle = item instanceof PyBytes ? item.value : bufferBytes(vm, item);
      if (needle) return containsBytes(container.value, needle);
      throw vm.error('TypeError', `a bytes-like object is required, not '${item.type.name}'`);
    }
    if (container instanceof PyList || container instanceof PyTuple) {
      // list_contains / tuplecontains: one comparison per item until a match.
      let compared = 0;
      try {
        for (const x of [...container.items]) {
          compared++;
          if (yield* equals(vm, x, item)) return true;
        }
        return false;
      } finally {
        chargeLoop(vm, 'compareItem', compared);
      }
    }
    if (container instanceof PyRange && item instanceof PyInt) {
      const { start, step } = container;
      const len = container.length;
      if (len === 0n) return false;
      const off = item.value - start;
      if (off % step !== 0n) return false;
      const k = off / step;
      return k >= 0n && k < len;
    }
  }
  const m = container.type.lookup('__contains__');
  if (m) {
    const r = yield { callable: m, args: [container, item], kwargs: null };
    const t = r === vm.true_ ? true : r === vm.false_ ? false : yield* truthy(vm, r);
    vm.decref(r, Cause.Return);
    return t;
  }
  // _PySequence_IterSearch words any TypeError of iter() its own way.
  const it = yield* getIterOr(vm, container, {
    when: 'any-type-error',
    message: function* () { return `argument of type '${container.type.name}' is not iterable`; },
  });
  try {
    for (;;) {
      const x = yield* iterNext(vm, it);
      if (!x) return false;
      const eq = yield* equals(vm, x, item);
      vm.decref(x, Cause.Stack);
      if (eq) return true;
    }
  } finally {
    vm.decref(it, Cause.Stack);
  }
}

import { truthy } from './operators';
import { behavesAsBuiltin } from './subclass';
import { unproxy } from './weakrefs';
import { proxiedFrame, proxyGet, proxySet } from './frame-locals';
import { Cause } from '../trace/events';
import { chargeLoop } from '../threads/native-loops';
