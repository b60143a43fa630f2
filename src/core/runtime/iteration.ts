// The iterator protocol: iter() and next() for built-in iterables, generators and classes
// with __iter__/__next__.

import { missingProtocol } from './cpython-names';
import type { PyObject } from '../objects/object';
import { PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple, PySet, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PySeqIter, PyRangeIter, PyDictIter, PyCompositeIter, isIteratingGenerator, type DictIterKind } from '../objects/iterators';
import type { VM } from '../vm/vm';
import type { PyExceptionObj } from '../objects/instances';
import type { Native, CallRequest } from '../vm/frame';
import { PyError } from '../vm/errors';
import { resumeGenerator, advanceGenerator, stopIteration } from '../vm/generators';
import { setIterationOrder } from './set-order';

/** iter(o): a new reference to an iterator. */
export function* getIter(vm: VM, o: PyObject): Native {
  o = unproxy(vm, o);
  const fast = builtinIter(vm, o);
  if (fast) return fast;
  const m = o.type.lookup('__iter__');
  if (m && m !== vm.none) {
    const it = yield { callable: m, args: [o], kwargs: null };
    if (!it.type.lookup('__next__') && !isBuiltinIterator(it)) {
      const name = it.type.name;
      vm.decref(it, Cause.Return);
      throw vm.error('TypeError', `iter() returned non-iterator of type '${name}'`);
    }
    return it;
  }
  // PySeqIter_New: an `iterator` holding the object alone; each step indexes it anew.
  if (o.type.lookup('__getitem__')) return vm.track(new PyCompositeIter(vm.t.iterator, [vm.incref(o, Cause.Iterator)]));
  throw missingProtocol(vm, o.type, '__iter__', vm.error('TypeError', `'${o.type.name}' object is not iterable`));
}

/**
 * calliter_iternext: calls the callable; its result equal to the sentinel, or a StopIteration from it, ends
 * the iteration and releases both (Py_CLEAR of it_callable and it_sentinel).
 */
function* callIterNext(vm: VM, it: PyCompositeIter): Generator<CallRequest, PyObject | null, PyObject> {
  if (!it.refs.length) return null;
  const [callable, sentinel] = it.refs;
  const exhaust = () => {
    const refs = it.refs;
    it.refs = [];
    for (const r of refs) vm.decref(r, Cause.Iterator);
  };
  let result: PyObject;
  try {
    result = yield { callable, args: [], kwargs: null };
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('StopIteration') as never)) {
      vm.decref(e.exc, Cause.Exception);
      exhaust();
      return null;
    }
    throw e;
  }
  let same: boolean;
  try {
    same = yield* equals(vm, result, sentinel);
  } catch (e) {
    vm.decref(result, Cause.Return);
    throw e;
  }
  if (!same) return result;
  vm.decref(result, Cause.Return);
  exhaust();
  return null;
}

export function isBuiltinIterator(o: PyObject): boolean {
  return o instanceof PySeqIter || o instanceof PyRangeIter || o instanceof PyDictIter || o instanceof PyCompositeIter || isIteratingGenerator(o) || o instanceof PyNativeIterator;
}

export function builtinIter(vm: VM, o: PyObject): PyObject | null {
  if (!behavesAsBuiltin(o, '__iter__')) return null;
  // A C type of a simulated module with a tp_iter of its own (deque, OrderedDict): getIter calls it.
  if (nativeSlot(o.type, '__iter__')) return null;
  return newBuiltinIterator(vm, o);
}

/** A built-in type's own tp_iter of `o` (list_iter, dict_iter, ...), a subclass's __iter__ not consulted; null for other objects. */
export function newBuiltinIterator(vm: VM, o: PyObject): PyObject | null {
  if (o instanceof PyList) return vm.track(new PySeqIter(vm.t.list_iterator, vm.incref(o, Cause.Iterator, 'it_seq')));
  if (o instanceof PyTuple) return vm.track(new PySeqIter(vm.t.tuple_iterator, vm.incref(o, Cause.Iterator, 'it_seq')));
  if (o instanceof PyStr) return vm.track(new PySeqIter(vm.t.str_iterator, vm.incref(o, Cause.Iterator, 'it_seq')));
  if (o instanceof PyBytes) {
    const type = o.type.isSubtypeOf(vm.t.bytearray) ? vm.t.bytearray_iterator : vm.t.bytes_iterator;
    return vm.track(new PySeqIter(type, vm.incref(o, Cause.Iterator, 'it_seq')));
  }
  if (o instanceof PyRange) return vm.track(new PyRangeIter(vm.t.range_iterator, o.start, o.step, o.length));
  if (o instanceof PyDict) return dictIter(vm, o, 'keys');
  if (o instanceof PySet) {
    // The iterator holds the set itself, and its size then (si_used).
    const it = vm.track(new PyCompositeIter(vm.t.set_iterator, [vm.incref(o, Cause.Iterator)]));
    setIterators.set(it, { used: o.members.size, order: null });
    return it;
  }
  if (o instanceof PyCompositeIter && o.type === vm.t.mappingproxy) return dictIter(vm, o.refs[0] as PyDict, 'keys');
  const fo = proxiedFrame(vm, o);
  if (fo) {
    // framelocalsproxy_iter: an iterator over a new list of the names.
    const keys = vm.newList(proxyLocals(fo).map(([name]) => vm.newStr(name)));
    const it = vm.track(new PySeqIter(vm.t.list_iterator, vm.incref(keys, Cause.Iterator, 'it_seq')));
    vm.decref(keys, Cause.Stack);
    return it;
  }
  if (o instanceof PyCompositeIter && (o.type === vm.t.dict_keys || o.type === vm.t.dict_values || o.type === vm.t.dict_items)) {
    const kind: DictIterKind = o.type === vm.t.dict_keys ? 'keys' : o.type === vm.t.dict_values ? 'values' : 'items';
    return dictIter(vm, o.refs[0] as PyDict, kind);
  }
  if (isBuiltinIterator(o)) return vm.incref(o, Cause.Stack);
  return null;
}

export function dictIter(vm: VM, d: PyDict, kind: DictIterKind): PyObject {
  const type = kind === 'keys' ? vm.t.dict_keyiterator : kind === 'values' ? vm.t.dict_valueiterator : vm.t.dict_itemiterator;
  const it = vm.track(new PyDictIter(type, vm.incref(d, Cause.Iterator), kind, 0, d.size));
  if (kind === 'items') it.result = noneTuple(vm, 2);
  return it;
}

/** reversed(d), reversed(d.keys() / .values() / .items()): dictiter_new with a reverse iterator type, from the last entry. */
export function dictReverseIter(vm: VM, d: PyDict, kind: DictIterKind): PyObject {
  const t = vm.t;
  const type = kind === 'keys' ? t.dict_reversekeyiterator : kind === 'values' ? t.dict_reversevalueiterator : t.dict_reverseitemiterator;
  const it = new PyDictIter(type, vm.incref(d, Cause.Iterator), kind, d.capacityUsed - 1, d.size);
  it.step = -1;
  vm.track(it);
  if (kind === 'items') it.result = noneTuple(vm, 2);
  return it;
}

/** A tuple of n Nones: the result tuple enumerate/zip/dict-items create up front. */
export function noneTuple(vm: VM, n: number): PyTuple {
  return vm.newTuple(Array.from({ length: n }, () => vm.newNone()));
}

/**
 * Returns the iterator's cached result tuple refilled with `items` when only the iterator holds
 * it (so the previous items stay referenced until the next step), else a new tuple.
 */
function reuseResult(vm: VM, it: { result: PyTuple | null }, items: PyObject[]): PyTuple {
  const cached = it.result;
  if (cached && cached.rc === 1) {
    vm.incref(cached, Cause.Stack);
    const old = cached.items;
    cached.items = items;
    for (const o of old) vm.decref(o, Cause.Slot);
    return cached;
  }
  return vm.newTuple(items);
}

/** One step of a built-in iterator without Python code: a new reference, null when exhausted, undefined if not built-in. */
export function builtinNext(vm: VM, it: PyObject): PyObject | null | undefined {
  if (it instanceof PyNativeIterator) return it.nextItem(vm);
  if (it instanceof PySeqIter) {
    const seq = it.seq;
    if (!seq) return null;
    if (seq instanceof PyList || seq instanceof PyTuple) {
      const items = seq.items;
      if (it.reversed) {
        const i = items.length - 1 - it.index;
        if (i >= 0) {
          it.index++;
          return vm.incref(items[i], Cause.Stack);
        }
      } else if (it.index < items.length) {
        return vm.incref(items[it.index++], Cause.Stack);
      }
    } else if (seq instanceof PyStr) {
      const chars = Array.from(seq.value);
      if (it.index < chars.length) return vm.newStr(chars[it.index++]);
    } else if (seq instanceof PyBytes) {
      if (it.index < seq.value.length) return vm.newInt(seq.value[it.index++]);
    }
    // Exhausted: the iterator lets go of its sequence (listiter_next in Objects/listobject.c),
    // except a list's in the free-threaded build, which only marks the iterator done (it_index = -1).
    if (seq instanceof PyList && vm.options.version.freeThreading?.listIteratorKeepsList) {
      it.index = Number.MAX_SAFE_INTEGER;
      return null;
    }
    it.seq = null;
    vm.decref(seq, Cause.Iterator, 'it_seq');
    return null;
  }
  if (it instanceof PyRangeIter) {
    if (it.remaining <= 0n) return null;
    const v = it.next;
    it.next += it.step;
    it.remaining -= 1n;
    return vm.newInt(v);
  }
  if (it instanceof PyDictIter) {
    const d = it.dict as PyDict | null;
    if (!d) return null;
    if (d.size !== it.expectedSize) {
      it.expectedSize = -1;
      throw vm.error('RuntimeError', 'dictionary changed size during iteration');
    }
    while (it.position >= 0 && it.position < d.capacityUsed) {
      const e = d.entryAt(it.position);
      it.position += it.step;
      if (!e) continue;
      if (it.kind === 'keys') return vm.incref(e.key, Cause.Stack);
      if (it.kind === 'values') return vm.incref(e.value, Cause.Stack);
      return reuseResult(vm, it, [vm.incref(e.key, Cause.Slot), vm.incref(e.value, Cause.Slot)]);
    }
    it.dict = null;
    vm.decref(d, Cause.Iterator);
    return null;
  }
  if (it instanceof PyCompositeIter && it.type === vm.t.set_iterator) return setIterNext(vm, it);
  return undefined;
}

/** next(it): a new reference, or null when exhausted (StopIteration swallowed). */
export function* iterNext(vm: VM, it: PyObject, onStop: ((exc: PyExceptionObj) => void) | null = null): Generator<CallRequest, PyObject | null, PyObject> {
  const fast = builtinNext(vm, it);
  if (fast !== undefined) return fast;
  if (isIteratingGenerator(it)) {
    if (!onStop) return yield* resumeGenerator(vm, it, null);
    const r = yield* advanceGenerator(vm, it, null);
    if ('yielded' in r) return r.yielded;
    // gen_iternext: a value returned other than None is a StopIteration carrying it, which FOR_ITER clears.
    if (r.returned === vm.none) vm.decref(r.returned, Cause.Return);
    else onStop(stopIteration(vm, r.returned).exc);
    return null;
  }
  if (it instanceof PyCompositeIter) return yield* compositeNext(vm, it);
  const m = it.type.lookup('__next__');
  if (!m) throw vm.error('TypeError', `'${it.type.name}' object is not an iterator`);
  try {
    return yield { callable: m, args: [it], kwargs: null };
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('StopIteration') as never)) {
      // The end of the iteration: FOR_ITER shows it to a trace function first (`onStop` takes it).
      if (onStop) onStop(e.exc);
      else vm.decref(e.exc, Cause.Exception);
      return null;
    }
    throw e;
  }
}

/** enumerate, zip, map, filter, reversed and callable iterators. */
function* compositeNext(vm: VM, it: PyCompositeIter): Generator<CallRequest, PyObject | null, PyObject> {
  const t = vm.t;
  if (it.refs.length === 0) return null;
  if (it.type === t.enumerate) {
    const item = yield* iterNext(vm, it.refs[0]);
    if (!item) return null;
    const index = vm.newInt(it.counter++);
    return reuseResult(vm, it, [index, item]);
  }
  if (it.type === t.zip) {
    const items: PyObject[] = [];
    for (const source of it.refs) {
      const item = yield* iterNext(vm, source);
      if (!item) {
        for (const i of items) vm.decref(i, Cause.Slot);
        if (it.strict) yield* zipStrictCheck(vm, it.refs, items.length);
        return null;
      }
      items.push(item);
    }
    return reuseResult(vm, it, items);
  }
  if (it.type === t.map) {
    const [fn, ...sources] = it.refs;
    const args: PyObject[] = [];
    for (const source of sources) {
      const item = yield* iterNext(vm, source);
      if (!item) {
        for (const a of args) vm.decref(a, Cause.Argument);
        return null;
      }
      args.push(item);
    }
    try {
      return yield { callable: fn, args, kwargs: null };
    } finally {
      for (const a of args) vm.decref(a, Cause.Argument);
    }
  }
  if (it.type === t.filter) {
    const [fn, source] = it.refs;
    for (;;) {
      const item = yield* iterNext(vm, source);
      if (!item) return null;
      let keep: boolean;
      if (fn === vm.none) keep = yield* truthyOf(vm, item);
      else {
        const r = yield { callable: fn, args: [item], kwargs: null };
        keep = yield* truthyOf(vm, r);
        vm.decref(r, Cause.Return);
      }
      if (keep) return item;
      vm.decref(item, Cause.Stack);
    }
  }
  if (it.type === t.callable_iterator && it.counter < 0n) return yield* callIterNext(vm, it);
  if (it.type === t.iterator) {
    // iter_iternext: seq[index] through the type's item slot; IndexError or StopIteration ends it and
    // releases the object (Py_CLEAR(it->it_seq)).
    if (!it.refs.length) return null;
    const obj = it.refs[0];
    const getitem = obj.type.lookup('__getitem__');
    if (!getitem) throw vm.error('TypeError', `'${obj.type.name}' object is not subscriptable`);
    const index = vm.newInt(it.counter++);
    try {
      return yield { callable: getitem, args: [obj, index], kwargs: null };
    } catch (e) {
      if (e instanceof PyError && (e.exc.type.isSubtypeOf(vm.exc.get('IndexError') as never) || e.exc.type.isSubtypeOf(vm.exc.get('StopIteration') as never))) {
        vm.decref(e.exc, Cause.Exception);
        it.refs = [];
        vm.decref(obj, Cause.Iterator);
        return null;
      }
      throw e;
    } finally {
      vm.decref(index, Cause.Argument);
    }
  }
  return null;
}

/**
 * How a caller of PyObject_GetIter words a failure in its own terms (the exception is replaced, not
 * chained: _PyErr_Format clears it first). 'no-iter-slots': only when the object's type has neither
 * tp_iter nor a sequence's item slot (unpack_iterable, LIST_EXTEND, check_args_iterable), so that a
 * TypeError raised by its own __iter__ goes through; 'any-type-error': every TypeError
 * (PySequence_Fast, _PySequence_IterSearch).
 */
export interface NotIterableMessage {
  when: 'no-iter-slots' | 'any-type-error';
  message: () => Generator<CallRequest, string, PyObject>;
}

/**
 * After getIter failed: whether CPython would still find tp_iter or sq_item on o's type (a class
 * defining __iter__ or __getitem__). Built-in iterables never get here: getIter does not fail on them.
 */
function hasIterationSlots(o: PyObject): boolean {
  return !!(o.type.lookup('__iter__') || o.type.lookup('__getitem__'));
}

/** iter(o), with the caller's own TypeError when o cannot be iterated (see NotIterableMessage). */
export function* getIterOr(vm: VM, o: PyObject, notIterable: NotIterableMessage): Native {
  try {
    return yield* getIter(vm, o);
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('TypeError') as never)) throw e;
    if (notIterable.when === 'no-iter-slots' && hasIterationSlots(o)) throw e;
    vm.decref(e.exc, Cause.Exception);
    throw vm.error('TypeError', yield* notIterable.message());
  }
}

/** Drains an iterable into an array of new references. */
export function* iterateToArray(vm: VM, iterable: PyObject, notIterable?: NotIterableMessage): Generator<CallRequest, PyObject[], PyObject> {
  if (behavesAsBuiltin(iterable, '__iter__') && (iterable instanceof PyList || iterable instanceof PyTuple)) {
    // PySequence_Fast, list_extend's fast path: the items are copied, no iterator.
    chargeLoop(vm, 'copyItem', iterable.items.length);
    return iterable.items.map((o) => vm.incref(o, Cause.Slot));
  }
  const it = notIterable ? yield* getIterOr(vm, iterable, notIterable) : yield* getIter(vm, iterable);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const item = yield* iterNext(vm, it);
      if (!item) break;
      out.push(item);
    }
  } catch (e) {
    for (const o of out) vm.decref(o, Cause.Slot);
    throw e;
  } finally {
    vm.decref(it, Cause.Stack);
    chargeSteps(vm, 'iterItem', it, out.length);
  }
  return out;
}

import { truthy as truthyOf, equals } from './operators';
import { behavesAsBuiltin } from './subclass';
import { nativeSlot } from './native-slots';
import { PyNativeIterator } from '../objects/native-iterator';
import { unproxy } from './weakrefs';
import { proxiedFrame, proxyLocals } from './frame-locals';
import { Cause } from '../trace/events';
import { chargeLoop, chargeSteps } from '../threads/native-loops';

/**
 * A set iterator's size at its creation and the order it walks, worked out at its first step (a
 * replay costs as much as the set is large: once, not at each step).
 */
const setIterators = new WeakMap<PyObject, { used: number; order: PyObject[] | null }>();

/** setiter_iternext: the next member in table order; the set is released once it is exhausted. */
function setIterNext(vm: VM, it: PyCompositeIter): PyObject | null {
  const s = it.refs[0] as PySet | undefined;
  if (!s) return null;
  let state = setIterators.get(it);
  if (!state) setIterators.set(it, (state = { used: s.members.size, order: null }));
  if (state.used !== s.members.size) {
    // Sticky, as CPython makes it: every later step raises again.
    state.used = -1;
    throw vm.error('RuntimeError', 'Set changed size during iteration');
  }
  state.order ??= setIterationOrder(s);
  const i = Number(it.counter);
  if (i < state.order.length) {
    it.counter++;
    return vm.incref(state.order[i], Cause.Stack);
  }
  it.refs = [];
  vm.decref(s, Cause.Iterator);
  return null;
}

/**
 * zip(strict=True) once argument `stopped` (0-based) ran out (zip_next's check): a later one ran out
 * first is "shorter"; else each other argument must be exhausted too, or it is "longer".
 */
function* zipStrictCheck(vm: VM, sources: PyObject[], stopped: number): Generator<CallRequest, void, PyObject> {
  const arguments_ = (i: number) => (i === 1 ? ' 1' : `s 1-${i}`);
  if (stopped > 0) throw vm.error('ValueError', `zip() argument ${stopped + 1} is shorter than argument${arguments_(stopped)}`);
  for (let i = 1; i < sources.length; i++) {
    const item = yield* iterNext(vm, sources[i]);
    if (item) {
      vm.decref(item, Cause.Slot);
      throw vm.error('ValueError', `zip() argument ${i + 1} is longer than argument${arguments_(i)}`);
    }
  }
}
