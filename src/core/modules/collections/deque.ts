// collections.deque, as Modules/_collectionsmodule.c writes it: the constructor (deque_new +
// deque_init), its methods and its slots (as special methods in the type's dict), and its iterators.
// Each method keeps CPython's order of reference changes: an item evicted by maxlen is released inside
// the append that evicts it, an item popped passes its reference to the caller, and clear() releases
// the items left to right after the deque is already empty.

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyInt } from '../../objects/atoms';
import { PyDeque, PyDequeIter } from '../../objects/deque';
import { PyNativeGetSet } from '../../objects/native-descriptor';
import type { VM } from '../../vm/vm';
import type { Native, CallRequest } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { method, arity } from '../../builtins/define';
import { checkKeywords } from '../../builtins/keyword-arguments';
import { setName } from '../../runtime/dicts';
import { getIter, iterNext } from '../../runtime/iteration';
import { reprOf } from '../../runtime/repr';
import { reprEnter, reprLeave } from '../../runtime/repr-guard';
import { equals, richCompareBool as compareTruth } from '../../runtime/operators';
import { instanceDict } from '../../runtime/attributes';
import { noArgsMethod, oneArgMethod, refuseKeywords, shortTypeName } from './native-type';
import type { CollectionsTypes } from './types';
import { Cause } from '../../trace/events';

type Gen<T> = Generator<CallRequest, T, PyObject>;

const D = (o: PyObject | null) => o as PyDeque;

/** Py_ssize_t from an int (PyNumber_AsSsize_t, as Argument Clinic converts it). */
function ssize(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

/** deque_append_lock_held: `item` is an owned reference; past maxlen the leftmost item is released. */
export function dequeAppend(vm: VM, d: PyDeque, item: PyObject): void {
  d.pushRight(item);
  if (d.maxlen >= 0 && d.items.length > d.maxlen) vm.decref(d.takeLeft(), Cause.Slot, 'deque item');
  else d.state++;
}

/** deque_appendleft_lock_held. */
function dequeAppendLeft(vm: VM, d: PyDeque, item: PyObject): void {
  d.pushLeft(item);
  if (d.maxlen >= 0 && d.items.length > d.maxlen) vm.decref(d.takeRight(), Cause.Slot, 'deque item');
  else d.state++;
}

/** deque_extend / deque_extendleft: items are appended one by one as the iterator gives them. */
export function* dequeExtend(vm: VM, d: PyDeque, iterable: PyObject, left = false): Gen<void> {
  if (iterable === d) {
    // The deque itself: a list of its items is taken first.
    const copy = vm.newList(d.items.map((i) => vm.incref(i, Cause.Slot)));
    try {
      return yield* dequeExtend(vm, d, copy, left);
    } finally {
      vm.decref(copy, Cause.Internal);
    }
  }
  const it = yield* getIter(vm, iterable);
  try {
    if (d.maxlen === 0) {
      // consume_iterator: maxlen 0 keeps nothing.
      for (let item = yield* iterNext(vm, it); item; item = yield* iterNext(vm, it)) vm.decref(item, Cause.Stack);
      return;
    }
    d.startFilling(!left);
    for (let item = yield* iterNext(vm, it); item; item = yield* iterNext(vm, it)) {
      if (left) dequeAppendLeft(vm, d, item);
      else dequeAppend(vm, d, item);
    }
  } finally {
    vm.decref(it, Cause.Stack);
  }
}

/** deque_clear: the deque is empty before its items are released, left to right. */
function dequeClear(vm: VM, d: PyDeque): void {
  for (const item of d.takeAll()) vm.decref(item, Cause.Slot, 'deque item');
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back, then release it. */
function dequeDelItem(vm: VM, d: PyDeque, i: number): void {
  d.rotate(-i);
  const item = d.takeLeft();
  d.rotate(i);
  vm.decref(item, Cause.Slot, 'deque item');
}

/** The sequence protocol's index: an int (negatives count from the end), else CPython's TypeError. */
function sequenceIndex(vm: VM, d: PyDeque, key: PyObject): number {
  if (!(key instanceof PyInt)) throw vm.error('TypeError', `sequence index must be integer, not '${key.type.name}'`);
  let i = Number(key.value);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw vm.error('IndexError', 'deque index out of range');
  return i;
}

/**
 * A comparison loop over the items (count, __contains__, index, remove): `visit` gets each item in turn
 * (a new reference held for the comparison, as CPython's Py_NewRef); a change of the deque's ends while
 * Python code ran raises `mutated`.
 */
function* eachItem(vm: VM, d: PyDeque, from: number, to: number, mutated: () => never, visit: (item: PyObject, i: number) => Gen<boolean>): Gen<number> {
  const state = d.state;
  for (let i = from; i < to; i++) {
    const item = vm.incref(d.items[i], Cause.Stack);
    let stop: boolean;
    try {
      stop = yield* visit(item, i);
    } finally {
      vm.decref(item, Cause.Stack);
    }
    if (stop) return i;
    if (d.state !== state) mutated();
  }
  return -1;
}

function* richCompareBool(vm: VM, a: PyObject, b: PyObject, op: string): Gen<boolean> {
  if (op === 'Eq') return yield* equals(vm, a, b);
  return yield* compareTruth(vm, a, b, op);
}

/** deque_copy: an exact deque copies itself; a subclass is called as type(d)(d[, maxlen]). */
function* dequeCopy(vm: VM, types: CollectionsTypes, d: PyDeque): Native {
  if (d.type === types.deque) {
    const copy = newDeque(vm, types.deque);
    copy.maxlen = d.maxlen;
    if (d.items.length === 1) dequeAppend(vm, copy, vm.incref(d.items[0], Cause.Slot, 'deque item'));
    else yield* dequeExtend(vm, copy, d);
    return copy;
  }
  const args: PyObject[] = [d];
  if (d.maxlen >= 0) args.push(vm.newInt(d.maxlen));
  let result: PyObject;
  try {
    result = yield { callable: d.type, args, kwargs: null };
  } finally {
    if (args.length > 1) vm.decref(args[1], Cause.Argument);
  }
  if (!(result instanceof PyDeque)) {
    const names = [d.type.name, result.type.name];
    vm.decref(result, Cause.Return);
    throw vm.error('TypeError', `${names[0]}() must return a deque, not ${names[1]}`);
  }
  return result;
}

/** deque_inplace_repeat: n copies of the items, bounded by maxlen; n <= 0 clears. Returns nothing. */
function* dequeRepeatInPlace(vm: VM, d: PyDeque, n: number): Gen<void> {
  const size = d.items.length;
  if (size === 0 || n === 1) return;
  if (n <= 0) {
    dequeClear(vm, d);
    return;
  }
  if (size === 1) {
    // The common case, one item repeated: stored n - 1 more times (at most maxlen in all).
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    const item = d.items[0];
    for (let i = 0; i < n - 1; i++) d.pushRight(vm.incref(item, Cause.Slot, 'deque item'));
    return;
  }
  const seq = vm.newList(d.items.map((i) => vm.incref(i, Cause.Slot)));
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) yield* dequeExtend(vm, d, seq);
  } finally {
    vm.decref(seq, Cause.Internal);
  }
}

/** A sequence repetition count (sequence_repeat in Objects/abstract.c). */
function repeatCount(n: PyObject): number | null {
  return n instanceof PyInt ? Number(n.value) : null;
}

/** deque_new: an empty deque of `type` (a class deriving from deque holds a reference to its class). */
export function newDeque(vm: VM, type: PyType): PyDeque {
  const d = vm.track(new PyDeque(type), 'fresh');
  if (type.heap) vm.incref(type, Cause.Type, '__class__');
  return d;
}

/** deque_init: deque([iterable[, maxlen]]). */
function* dequeInit(vm: VM, d: PyDeque, args: PyObject[], kwargs: Map<string, PyObject> | null): Gen<void> {
  if (args.length > 2) throw vm.error('TypeError', `deque() takes at most 2 arguments (${args.length} given)`);
  checkKeywords(vm, 'deque', kwargs, ['iterable', 'maxlen']);
  const iterable = args[0] ?? kwargs?.get('iterable') ?? null;
  const maxlenObj = args[1] ?? kwargs?.get('maxlen') ?? null;
  let maxlen = -1;
  if (maxlenObj && maxlenObj !== vm.none) {
    if (!(maxlenObj instanceof PyInt)) throw vm.error('TypeError', 'an integer is required');
    maxlen = Number(maxlenObj.value);
    if (maxlen < 0) throw vm.error('ValueError', 'maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.items.length) dequeClear(vm, d);
  if (iterable) yield* dequeExtend(vm, d, iterable);
}

export function installDeque(vm: VM, types: CollectionsTypes): void {
  const t = types.deque;
  const version = vm.options.version.collections;
  constructors.set(t, function* (vm, args, kwargs, type): Native {
    const d = newDeque(vm, type);
    try {
      yield* dequeInit(vm, d, args, kwargs);
    } catch (e) {
      vm.decref(d, Cause.New);
      throw e;
    }
    return d;
  });
  method(vm, t, '__init__', function* (args, kwargs, self): Native {
    yield* dequeInit(vm, D(self), args, kwargs);
    return vm.newNone();
  });

  // ---- the ends
  oneArgMethod(vm, t, 'append', (self, item) => {
    dequeAppend(vm, D(self), vm.incref(item, Cause.Slot, 'deque item'));
    return vm.newNone();
  });
  oneArgMethod(vm, t, 'appendleft', (self, item) => {
    dequeAppendLeft(vm, D(self), vm.incref(item, Cause.Slot, 'deque item'));
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'pop', (self) => {
    if (!D(self).items.length) throw vm.error('IndexError', 'pop from an empty deque');
    return D(self).takeRight();
  });
  noArgsMethod(vm, t, 'popleft', (self) => {
    if (!D(self).items.length) throw vm.error('IndexError', 'pop from an empty deque');
    return D(self).takeLeft();
  });
  oneArgMethod(vm, t, 'extend', function* (self, iterable): Native {
    yield* dequeExtend(vm, D(self), iterable);
    return vm.newNone();
  });
  oneArgMethod(vm, t, 'extendleft', function* (self, iterable): Native {
    yield* dequeExtend(vm, D(self), iterable, true);
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'clear', (self) => {
    dequeClear(vm, D(self));
    return vm.newNone();
  });
  const copy = (self: PyObject) => dequeCopy(vm, types, D(self));
  noArgsMethod(vm, t, 'copy', copy);
  noArgsMethod(vm, t, '__copy__', copy);

  // ---- rotation and order
  method(vm, t, 'rotate', (args, kwargs, self) => {
    refuseKeywords(vm, 'deque.rotate', kwargs);
    if (args.length > 1) throw vm.error('TypeError', `${version.dequeArgumentClinic ? 'rotate' : 'deque.rotate'} expected at most 1 argument, got ${args.length}`);
    D(self).rotate(args.length ? ssize(vm, args[0]) : 1);
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'reverse', (self) => {
    // deque_reverse swaps the items in place: the ends do not move (no state change).
    D(self).items.reverse();
    return vm.newNone();
  });
  method(vm, t, 'insert', (args, kwargs, self) => {
    refuseKeywords(vm, 'deque.insert', kwargs);
    if (args.length !== 2) {
      throw vm.error('TypeError', version.dequeArgumentClinic ? `insert expected 2 arguments, got ${args.length}` : `insert() takes exactly 2 arguments (${args.length} given)`);
    }
    const d = D(self);
    const index = ssize(vm, args[0]);
    const n = d.items.length;
    if (d.maxlen === n) throw vm.error('IndexError', 'deque already at its maximum size');
    const value = vm.incref(args[1], Cause.Slot, 'deque item');
    if (index >= n) dequeAppend(vm, d, value);
    else if (index <= -n || index === 0) dequeAppendLeft(vm, d, value);
    else {
      d.rotate(-index);
      if (index < 0) dequeAppend(vm, d, value);
      else dequeAppendLeft(vm, d, value);
      d.rotate(index);
    }
    return vm.newNone();
  });

  // ---- searching
  const mutated = (kind: string) => (): never => {
    throw vm.error(kind, 'deque mutated during iteration');
  };
  oneArgMethod(vm, t, 'count', function* (self, value): Native {
    let count = 0;
    yield* eachItem(vm, D(self), 0, D(self).items.length, mutated('RuntimeError'), function* (item) {
      if (yield* equals(vm, item, value)) count++;
      return false;
    });
    return vm.newInt(count);
  });
  method(vm, t, '__contains__', function* (args, _k, self): Native {
    arity(vm, '__contains__', args, 1);
    return vm.newBool(yield* dequeContains(vm, D(self), args[0]));
  });
  method(vm, t, 'index', function* (args, kwargs, self): Native {
    refuseKeywords(vm, 'deque.index', kwargs);
    if (args.length < 1 || args.length > 3) {
      const bound = args.length < 1 ? 'least 1' : 'most 3';
      throw vm.error('TypeError', version.dequeArgumentClinic ? `index expected at ${bound} argument${args.length < 1 ? '' : 's'}, got ${args.length}` : `index() takes at ${bound} argument${args.length < 1 ? '' : 's'} (${args.length} given)`);
    }
    const d = D(self);
    const size = d.items.length;
    const sliceIndex = (o: PyObject | undefined, dflt: number) => {
      if (o === undefined) return dflt;
      if (!(o instanceof PyInt)) throw vm.error('TypeError', 'slice indices must be integers or have an __index__ method');
      return Number(o.value);
    };
    let start = sliceIndex(args[1], 0);
    let stop = sliceIndex(args[2], size);
    if (start < 0) start = Math.max(0, start + size);
    if (stop < 0) stop = Math.max(0, stop + size);
    stop = Math.min(stop, size);
    start = Math.min(start, stop);
    const found = yield* eachItem(vm, d, start, stop, mutated('RuntimeError'), function* (item) {
      return yield* equals(vm, item, args[0]);
    });
    if (found >= 0) return vm.newInt(found);
    throw vm.error('ValueError', `${yield* reprOf(vm, args[0])} is not in deque`);
  });
  oneArgMethod(vm, t, 'remove', function* (self, value): Native {
    const d = D(self);
    const found = yield* eachItem(vm, d, 0, d.items.length, mutated('IndexError'), function* (item) {
      return yield* equals(vm, item, value);
    });
    if (found < 0) throw vm.error('ValueError', `${yield* reprOf(vm, value)} is not in deque`);
    dequeDelItem(vm, d, found);
    return vm.newNone();
  });

  // ---- the sequence protocol
  noArgsMethod(vm, t, '__len__', (self) => vm.newInt(D(self).items.length));
  method(vm, t, '__getitem__', (args, _k, self) => {
    arity(vm, '__getitem__', args, 1);
    const d = D(self);
    return vm.incref(d.items[sequenceIndex(vm, d, args[0])], Cause.Stack);
  });
  method(vm, t, '__setitem__', (args, _k, self) => {
    arity(vm, '__setitem__', args, 2);
    const d = D(self);
    const i = sequenceIndex(vm, d, args[0]);
    const old = d.items[i];
    d.items[i] = vm.incref(args[1], Cause.Slot, 'deque item');
    vm.decref(old, Cause.Slot, 'deque item');
    return vm.newNone();
  });
  method(vm, t, '__delitem__', (args, _k, self) => {
    arity(vm, '__delitem__', args, 1);
    const d = D(self);
    dequeDelItem(vm, d, sequenceIndex(vm, d, args[0]));
    return vm.newNone();
  });
  noArgsMethod(vm, t, '__iter__', (self) => newDequeIter(vm, types.dequeIter, D(self), false));
  noArgsMethod(vm, t, '__reversed__', (self) => newDequeIter(vm, types.dequeReverseIter, D(self), true));

  // ---- operators
  method(vm, t, '__add__', function* (args, _k, self): Native {
    arity(vm, '__add__', args, 1);
    const other = args[0];
    if (!(other instanceof PyDeque)) throw vm.error('TypeError', `can only concatenate deque (not "${other.type.name}") to deque`);
    const result = (yield* dequeCopy(vm, types, D(self))) as PyDeque;
    try {
      yield* dequeExtend(vm, result, other);
    } catch (e) {
      vm.decref(result, Cause.Stack);
      throw e;
    }
    return result;
  });
  const repeat = function* (self: PyObject, n: PyObject): Native {
    const count = repeatCount(n);
    if (count === null) throw vm.error('TypeError', `can't multiply sequence by non-int of type '${n.type.name}'`);
    const result = (yield* dequeCopy(vm, types, D(self))) as PyDeque;
    try {
      yield* dequeRepeatInPlace(vm, result, count);
    } catch (e) {
      vm.decref(result, Cause.Stack);
      throw e;
    }
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
    yield* dequeExtend(vm, D(self), args[0]);
    return vm.incref(self as PyObject, Cause.Return);
  });
  method(vm, t, '__imul__', function* (args, _k, self): Native {
    arity(vm, '__imul__', args, 1);
    const count = repeatCount(args[0]);
    if (count === null) throw vm.error('TypeError', `can't multiply sequence by non-int of type '${args[0].type.name}'`);
    yield* dequeRepeatInPlace(vm, D(self), count);
    return vm.incref(self as PyObject, Cause.Return);
  });
  // deque_richcompare: two deques compare item by item; anything else is NotImplemented.
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    method(vm, t, name, function* (args, _k, self): Native {
      arity(vm, name, args, 1);
      const other = args[0];
      if (!(other instanceof PyDeque)) return vm.incref(vm.notImplemented, Cause.Return);
      return vm.newBool(yield* dequeCompare(vm, D(self), other, op));
    });
  }
  setName(vm, t.dict, '__hash__', vm.none);
  noArgsMethod(vm, t, '__repr__', (self) => dequeRepr(vm, D(self)));
  noArgsMethod(vm, t, '__reduce__', (self) => {
    const d = D(self);
    const state = instanceDict(d);
    const it = newDequeIter(vm, types.dequeIter, d, false);
    const args = d.maxlen < 0 ? vm.newTuple([]) : vm.newTuple([vm.newTuple([]), vm.newInt(d.maxlen)]);
    return vm.newTuple([vm.incref(d.type, Cause.Slot), args, vm.incref(state ?? vm.none, Cause.Slot), it]);
  });
  const maxlen = new PyNativeGetSet(vm.t.getset_descriptor, 'maxlen', t, 'attribute', (vm, o) => (D(o).maxlen < 0 ? vm.newNone() : vm.newInt(D(o).maxlen)), null);
  maxlen.immortal = true;
  setName(vm, t.dict, 'maxlen', maxlen, true);

  installDequeIterator(vm, types.dequeIter);
  installDequeIterator(vm, types.dequeReverseIter);
}

export function newDequeIter(vm: VM, type: PyType, d: PyDeque, reversed: boolean): PyObject {
  return vm.track(new PyDequeIter(type, vm.incref(d, Cause.Iterator, 'deque') as PyDeque, reversed), 'fresh');
}

function installDequeIterator(vm: VM, t: PyType): void {
  noArgsMethod(vm, t, '__iter__', (self) => vm.incref(self, Cause.Return));
  noArgsMethod(vm, t, '__next__', (self) => {
    const item = (self as PyDequeIter).nextItem(vm);
    if (!item) throw vm.error('StopIteration');
    return item;
  });
  noArgsMethod(vm, t, '__length_hint__', (self) => vm.newInt((self as PyDequeIter).remaining));
}

/** deque_contains: item by item, with identity first (PyObject_RichCompareBool). */
export function* dequeContains(vm: VM, d: PyDeque, value: PyObject): Gen<boolean> {
  const found = yield* eachItem(vm, d, 0, d.items.length, () => {
    throw vm.error('RuntimeError', 'deque mutated during iteration');
  }, function* (item) {
    return yield* equals(vm, item, value);
  });
  return found >= 0;
}

/** deque_richcompare: the first items that differ decide; else the lengths. */
function* dequeCompare(vm: VM, v: PyDeque, w: PyDeque, op: string): Gen<boolean> {
  const vs = v.items.length;
  const ws = w.items.length;
  if (op === 'Eq' && (v === w || vs !== ws)) return v === w;
  if (op === 'NotEq' && (v === w || vs !== ws)) return v !== w;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const x = vm.incref(v.items[i], Cause.Stack);
    const y = vm.incref(w.items[i], Cause.Stack);
    try {
      if (!(yield* equals(vm, x, y))) return yield* richCompareBool(vm, x, y, op);
    } finally {
      vm.decref(x, Cause.Stack);
      vm.decref(y, Cause.Stack);
    }
  }
  const vDone = i >= v.items.length;
  const wDone = i >= w.items.length;
  switch (op) {
    case 'Lt': return !wDone;
    case 'LtE': return vDone;
    case 'Eq': return vDone && wDone;
    case 'NotEq': return vDone !== wDone;
    case 'Gt': return !vDone;
    default: return wDone;
  }
}

/** deque_repr: "deque([...])" or "deque([...], maxlen=n)" from a list of the items; "[...]" inside itself. */
function* dequeRepr(vm: VM, d: PyDeque): Native {
  if (reprEnter(vm, d)) return vm.newStr('[...]');
  try {
    const list = vm.newList(d.items.map((i) => vm.incref(i, Cause.Slot)));
    let text: string;
    try {
      text = yield* reprOf(vm, list);
    } finally {
      vm.decref(list, Cause.Internal);
    }
    const name = shortTypeName(d.type);
    return vm.newStr(d.maxlen >= 0 ? `${name}(${text}, maxlen=${d.maxlen})` : `${name}(${text})`);
  } finally {
    reprLeave(vm, d);
  }
}
