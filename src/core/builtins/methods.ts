// Methods of the built-in types most teaching code uses.

import type { PyObject } from '../objects/object';
import { PyInt, PyStr, PyFloat } from '../objects/atoms';
import { PyList, PyTuple, PySet } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyCompositeIter } from '../objects/iterators';
import { PyExceptionObj } from '../objects/instances';
import { PyDescriptorWrapper } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity } from './define';
import { dictSet, dictDel, hashKey, setAdd, setDiscard, setPop, dictCopyKeys } from '../runtime/dicts';
import { setClear, setUpdateFrom } from '../runtime/set-ops';
import { listResize, listAssignSlice, listExtendFrom, extendSource } from '../runtime/list-storage';
import { iterateToArray } from '../runtime/iteration';
import { chargeLoop } from '../threads/native-loops';
import { strOf, formatOf, reprOf } from '../runtime/repr';
import { useArgumentParser } from '../runtime/arg-parsers';
import { equals } from '../runtime/operators';
import { intArg } from './functions';
import { sequenceIndexBounds } from './sequence-index';
import { sortList } from './list-sort';
import { dictUpdate } from './constructors';
import { installGeneratorMethods } from './generator-methods';
import { installAsyncGeneratorMethods } from './async-generator-methods';
import { installCoroutineAwait } from './coroutine-await';
import { installAnextAwaitableMethods } from './anext-awaitable-methods';
import { installRangeMethods } from './range-methods';
import { installExceptionNotes } from './exception-notes';
import { dictViewIsDisjoint } from '../runtime/dict-view-ops';
import { getAttr, bindDescriptor } from '../runtime/attributes';
import { proxyDict, proxyGet, proxyLocals } from '../runtime/frame-locals';
import type { PyFrameObject } from '../objects/instances';
import { checkSortArguments } from './sort-arguments';
import { installStrMethods } from './str-methods';
import { Cause } from '../trace/events';
import { keywordKey } from '../vm/keyword-keys';

const s = (o: PyObject | null) => (o as PyStr).value;

export function installMethods(vm: VM): void {
  const t = vm.t;
  installStrMethods(vm);

  // ---- list -------------------------------------------------------------------------------
  const L = (o: PyObject | null) => o as PyList;
  // __init__ of the mutable built-ins, for subclasses that call super().__init__(...).
  method(vm, t.list, '__init__', function* (args, _k, self): Native {
    arity(vm, 'list', args, 0, 1);
    for (const item of L(self).clearRefs()) vm.decref(item, Cause.Slot);
    if (args.length) L(self).items.push(...(yield* iterateToArray(vm, args[0])));
    return vm.newNone();
  });
  method(vm, t.dict, '__init__', function* (args, kwargs, self): Native {
    if (args.length > 1) throw vm.error('TypeError', `dict expected at most 1 argument, got ${args.length}`);
    const d = self as PyDict;
    if (args.length) yield* dictUpdate(vm, d, args[0]);
    if (kwargs) for (const [k, v] of kwargs) {
      const key = keywordKey(vm, kwargs, k);
      dictSet(vm, d, key, v);
      vm.decref(key, Cause.Stack);
    }
    return vm.newNone();
  });
  method(vm, t.set, '__init__', function* (args, _k, self): Native {
    arity(vm, 'set', args, 0, 1);
    const s = self as PySet;
    // set_init: cleared, then set_update_internal.
    setClear(vm, s);
    if (args.length) yield* setUpdateFrom(vm, s, args[0]);
    return vm.newNone();
  });
  method(vm, t.list, 'append', (args, _k, self) => {
    arity(vm, 'list.append', args, 1);
    listResize(L(self), L(self).items.length + 1); // app1: list_resize(n + 1)
    L(self).items.push(vm.incref(args[0], Cause.Slot, `[${L(self).items.length}]`));
    return vm.newNone();
  });
  method(vm, t.list, 'extend', function* (args, _k, self): Native {
    const source = extendSource(vm, L(self), args[0]);
    const items = yield* iterateToArray(vm, args[0]);
    listExtendFrom(L(self), source, items.length);
    L(self).items.push(...items);
    return vm.newNone();
  });
  method(vm, t.list, 'insert', (args, _k, self) => {
    const items = L(self).items;
    let i = Number(intArg(vm, args[0]));
    if (i < 0) i = Math.max(0, i + items.length);
    listResize(L(self), items.length + 1); // ins1: list_resize(n + 1)
    items.splice(Math.min(i, items.length), 0, vm.incref(args[1], Cause.Slot));
    return vm.newNone();
  });
  method(vm, t.list, 'pop', (args, _k, self) => {
    // list.pop(index=-1, /): the clinic checks and converts the argument before the list is looked at.
    arity(vm, 'pop', args, 0, 1);
    const index = args.length ? Number(intArg(vm, args[0])) : -1;
    const items = L(self).items;
    if (!items.length) throw vm.error('IndexError', 'pop from empty list');
    let i = args.length ? index : items.length - 1;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw vm.error('IndexError', 'pop index out of range');
    // list_pop: the last item by list_resize(n - 1), another one by list_ass_slice.
    if (i === items.length - 1) listResize(L(self), items.length - 1);
    else listAssignSlice(L(self), 1, 0);
    return items.splice(i, 1)[0];
  });
  method(vm, t.list, 'remove', function* (args, _k, self): Native {
    const items = L(self).items;
    for (let i = 0; i < items.length; i++) {
      chargeLoop(vm, 'compareItem', 1);
      if (yield* equals(vm, items[i], args[0])) {
        listAssignSlice(L(self), 1, 0);
        const [old] = items.splice(i, 1);
        vm.decref(old, Cause.Slot);
        return vm.newNone();
      }
    }
    throw vm.error('ValueError', 'list.remove(x): x not in list');
  });
  method(vm, t.list, 'index', function* (args, _k, self): Native {
    const items = L(self).items;
    const [start, stop] = sequenceIndexBounds(vm, args, items.length);
    // list_index_impl re-reads the size each turn: a comparison may shrink the list.
    let i = start;
    try {
      for (; i < stop && i < items.length; i++) if (yield* equals(vm, items[i], args[0])) return vm.newInt(i);
    } finally {
      chargeLoop(vm, 'compareItem', i - start + 1);
    }
    throw vm.error('ValueError', `${yield* reprOf(vm, args[0])} is not in list`);
  });
  method(vm, t.list, 'count', function* (args, _k, self): Native {
    let n = 0;
    chargeLoop(vm, 'compareItem', L(self).items.length);
    for (const i of L(self).items) if (yield* equals(vm, i, args[0])) n++;
    return vm.newInt(n);
  });
  method(vm, t.list, 'clear', (_a, _k, self) => {
    // clearRefs hands the items last to first, the order list_clear releases them.
    for (const item of L(self).clearRefs()) vm.decref(item, Cause.Slot);
    return vm.newNone();
  });
  method(vm, t.list, 'copy', (_a, _k, self) => {
    chargeLoop(vm, 'copyItem', L(self).items.length);
    return vm.newList(L(self).items.map((i) => vm.incref(i, Cause.Slot)));
  });
  method(vm, t.list, 'reverse', (_a, _k, self) => {
    L(self).items.reverse();
    return vm.newNone();
  });
  method(vm, t.list, 'sort', function* (args, kwargs, self): Native {
    checkSortArguments(vm, args.length, kwargs);
    useArgumentParser(vm, 'list.sort', kwargs);
    yield* sortList(vm, L(self), kwargs?.get('key') ?? null, kwargs?.get('reverse') ?? null);
    return vm.newNone();
  });

  // ---- tuple ------------------------------------------------------------------------------
  method(vm, t.tuple, 'count', function* (args, _k, self): Native {
    let n = 0;
    chargeLoop(vm, 'compareItem', (self as PyTuple).items.length);
    for (const i of (self as PyTuple).items) if (yield* equals(vm, i, args[0])) n++;
    return vm.newInt(n);
  });
  method(vm, t.tuple, 'index', function* (args, _k, self): Native {
    const items = (self as PyTuple).items;
    const [start, stop] = sequenceIndexBounds(vm, args, items.length);
    let i = start;
    try {
      for (; i < stop && i < items.length; i++) if (yield* equals(vm, items[i], args[0])) return vm.newInt(i);
    } finally {
      chargeLoop(vm, 'compareItem', i - start + 1);
    }
    throw vm.error('ValueError', 'tuple.index(x): x not in tuple');
  });

  // ---- dict -------------------------------------------------------------------------------
  const D = (o: PyObject | null) => o as PyDict;
  method(vm, t.dict, 'get', (args, _k, self) => {
    const e = D(self).get(hashKey(vm, args[0]));
    return vm.incref(e ? e.value : (args[1] ?? vm.none), Cause.Return);
  });
  const view = (name: 'keys' | 'values' | 'items', type: typeof t.dict_keys) =>
    method(vm, t.dict, name, (_a, _k, self) => vm.track(new PyCompositeIter(type, [vm.incref(self as PyObject, Cause.Iterator)])));
  // mappingproxy's reading methods are the dict's, on the namespace it shows.
  for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
    method(vm, t.mappingproxy, name, function* (args, kwargs, self): Native {
      const dictMethod = t.dict.dict.getStr(name) as PyObject;
      return yield { callable: dictMethod, args: [(self as PyCompositeIter).refs[0], ...args], kwargs };
    });
  }
  view('keys', t.dict_keys);
  view('values', t.dict_values);
  view('items', t.dict_items);
  for (const type of [t.dict_keys, t.dict_items]) {
    method(vm, type, 'isdisjoint', function* (args, _k, self): Native {
      arity(vm, `${type.name}.isdisjoint`, args, 1);
      return vm.newBool(yield* dictViewIsDisjoint(vm, self as PyCompositeIter, args[0]));
    });
  }
  // 3.13's FrameLocalsProxy (frame.f_locals): lists made from the frame's bound locals.
  const proxyFrame = (self: PyObject | null) => (self as PyCompositeIter).refs[0] as PyFrameObject;
  method(vm, t.FrameLocalsProxy, 'keys', (_a, _k, self) => vm.newList(proxyLocals(proxyFrame(self)).map(([name]) => vm.newStr(name))));
  method(vm, t.FrameLocalsProxy, 'values', (_a, _k, self) => vm.newList(proxyLocals(proxyFrame(self)).map(([, v]) => vm.incref(v, Cause.Slot))));
  method(vm, t.FrameLocalsProxy, 'items', (_a, _k, self) =>
    vm.newList(proxyLocals(proxyFrame(self)).map(([name, v]) => vm.newTuple([vm.newStr(name), vm.incref(v, Cause.Slot)]))));
  method(vm, t.FrameLocalsProxy, 'get', (args, _k, self) => proxyGet(vm, proxyFrame(self), args[0]) ?? vm.incref(args[1] ?? vm.none, Cause.Return));
  method(vm, t.FrameLocalsProxy, 'copy', (_a, _k, self) => proxyDict(vm, proxyFrame(self)));
  method(vm, t.dict, 'pop', (args, _k, self) => {
    const d = D(self);
    // _PyDict_Pop: an empty dict answers without hashing the key.
    const e = d.size === 0 ? null : d.remove(hashKey(vm, args[0]));
    if (!e) {
      if (args.length > 1) return vm.incref(args[1], Cause.Return);
      throw vm.errorWith('KeyError', [vm.incref(args[0], Cause.Exception)]);
    }
    vm.decref(e.key, Cause.Slot, 'key');
    return e.value;
  });
  method(vm, t.dict, 'popitem', (_a, _k, self) => {
    const d = D(self);
    const entries = d.entryList();
    if (!entries.length) throw vm.error('KeyError', 'popitem(): dictionary is empty');
    const last = entries[entries.length - 1];
    d.remove(last.hashKey);
    return vm.newTuple([last.key, last.value]);
  });
  method(vm, t.dict, 'setdefault', (args, _k, self) => {
    const d = D(self);
    const e = d.get(hashKey(vm, args[0]));
    if (e) return vm.incref(e.value, Cause.Return);
    const v = args[1] ?? vm.none;
    dictSet(vm, d, args[0], v);
    return vm.incref(v, Cause.Return);
  });
  method(vm, t.dict, 'update', function* (args, kwargs, self): Native {
    if (args.length) yield* dictUpdate(vm, D(self), args[0]);
    if (kwargs) for (const [k, v] of kwargs) {
      const key = keywordKey(vm, kwargs, k);
      dictSet(vm, D(self), key, v);
      vm.decref(key, Cause.Stack);
    }
    return vm.newNone();
  });
  method(vm, t.dict, 'copy', (_a, _k, self) => {
    const out = vm.newDict();
    dictCopyKeys(out, D(self));
    for (const e of D(self).items()) dictSet(vm, out, e.key, e.value);
    return out;
  });
  method(vm, t.dict, 'clear', (_a, _k, self) => {
    for (const r of D(self).clearRefs()) vm.decref(r, Cause.Slot);
    return vm.newNone();
  });
  void dictDel;

  // ---- set --------------------------------------------------------------------------------
  const S = (o: PyObject | null) => o as PySet;
  method(vm, t.set, 'add', (args, _k, self) => {
    setAdd(vm, S(self), args[0]);
    return vm.newNone();
  });
  method(vm, t.set, 'discard', (args, _k, self) => {
    setDiscard(vm, S(self), args[0]);
    return vm.newNone();
  });
  method(vm, t.set, 'remove', (args, _k, self) => {
    if (!setDiscard(vm, S(self), args[0])) throw vm.errorWith('KeyError', [vm.incref(args[0], Cause.Exception)]);
    return vm.newNone();
  });
  method(vm, t.set, 'pop', (_a, _k, self) => {
    const m = setPop(vm, S(self));
    if (m === null) throw vm.error('KeyError', 'pop from an empty set');
    return m;
  });
  method(vm, t.set, 'clear', (_a, _k, self) => {
    setClear(vm, S(self));
    return vm.newNone();
  });

  // ---- numbers ----------------------------------------------------------------------------
  method(vm, t.int, 'bit_length', (_a, _k, self) => {
    const v = (self as PyInt).value;
    return vm.newInt(v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);
  });
  method(vm, t.int, 'bit_count', (_a, _k, self) => {
    const v = (self as PyInt).value;
    return vm.newInt([...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length);
  });
  method(vm, t.float, 'is_integer', (_a, _k, self) => vm.newBool(Number.isInteger((self as PyFloat).value)));
  // int.conjugate and float.conjugate: the number itself (a new int or float for a bool or a subclass).
  method(vm, t.int, 'conjugate', (_a, _k, self) => (self as PyInt).type === t.int ? vm.incref(self as PyInt, Cause.Return) : vm.newInt((self as PyInt).value));
  method(vm, t.float, 'conjugate', (_a, _k, self) => (self as PyFloat).type === t.float ? vm.incref(self as PyFloat, Cause.Return) : vm.newFloat((self as PyFloat).value));
  method(vm, t.int, 'as_integer_ratio', (_a, _k, self) => {
    const n = self as PyInt;
    return vm.newTuple([n.type === t.int ? vm.incref(n, Cause.Slot) : vm.newInt(n.value), vm.newInt(1n)]);
  });

  // ---- generators, exceptions, super ------------------------------------------------------------
  installGeneratorMethods(vm);
  installAsyncGeneratorMethods(vm);
  installCoroutineAwait(vm);
  installAnextAwaitableMethods(vm);
  installRangeMethods(vm);
  const base = vm.exc.get('BaseException');
  if (base) {
    method(vm, base, 'with_traceback', (args, _k, self) => {
      const e = self as PyExceptionObj;
      vm.xdecref(e.traceback, Cause.Exception);
      e.traceback = args[0] === vm.none ? null : vm.incref(args[0], Cause.Exception);
      return vm.incref(e, Cause.Return);
    });
    installExceptionNotes(vm, base);
  }
  method(vm, t.super, '__getattribute__', function* (args, _k, self): Native {
    return yield* getAttr(vm, self as PyObject, s(args[0]));
  });
  void bindDescriptor;
  void PyDescriptorWrapper;
  void formatOf;
  void strOf;
}
