// collections.OrderedDict, as Objects/odictobject.c writes it: a dict whose linked list of nodes gives
// the order (each node holds a reference to its key: runtime/dicts.ts counts it as keys come and go),
// move_to_end, popitem(last=), order-sensitive equality between two OrderedDicts, its own iterators and
// views (odict_iterator, odict_keys...), and its repr, which changed in 3.12 (versions.ts).

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import { PyOrderedDict, PyODictView } from '../../objects/collections-dicts';
import { PyBuiltin, PyDescriptorWrapper } from '../../objects/callables';
import type { VM } from '../../vm/vm';
import type { Native, CallRequest } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { method, arity } from '../../builtins/define';
import { checkKeywords } from '../../builtins/keyword-arguments';
import { dictSet, hashKey, setName } from '../../runtime/dicts';
import { getItem, setItem, contains } from '../../runtime/subscripts';
import { getIter, iterNext } from '../../runtime/iteration';
import { reprOf } from '../../runtime/repr';
import { reprEnter, reprLeave } from '../../runtime/repr-guard';
import { equals, truthy } from '../../runtime/operators';
import { instanceDict } from '../../runtime/attributes';
import { noArgsMethod, shortTypeName } from './native-type';
import { newDictOfType } from './defaultdict';
import { newODictIter, installODictViews, type IterKind } from './odict-iterators';
import { update, updateFrom, defineMappingOr } from './mapping-update';
import type { CollectionsTypes } from './types';
import { Cause } from '../../trace/events';

type Gen<T> = Generator<CallRequest, T, PyObject>;

const OD = (o: PyObject | null) => o as PyOrderedDict;
/** _odict_popkey_hash: the node goes, then the dict's entry; the value's reference passes to the caller. */
function popKey(vm: VM, od: PyOrderedDict, key: PyObject): PyObject | null {
  const hk = hashKey(vm, key);
  const entry = od.get(hk);
  if (!entry) return null;
  const stored = entry.key;
  od.remove(hk);
  od.state++;
  vm.decref(stored, Cause.Slot, 'OrderedDict node');
  vm.decref(stored, Cause.Slot, 'key');
  return entry.value;
}

/** A bool argument (`last=`) as Argument Clinic's `bool` converter reads it (PyObject_IsTrue). */
function* boolArg(vm: VM, o: PyObject | undefined, dflt: boolean): Gen<boolean> {
  return o === undefined ? dflt : yield* truthy(vm, o);
}

/** _odict_keys_equal: the same keys in the same order. */
function* keysInSameOrder(vm: VM, a: PyOrderedDict, b: PyOrderedDict): Gen<boolean> {
  const x = a.entryList();
  const y = b.entryList();
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!(yield* equals(vm, x[i].key, y[i].key))) return false;
  return true;
}

/** The dict's equality (dict_richcompare) on two mappings' entries. */
function* dictsEqual(vm: VM, a: PyDict, b: PyDict): Gen<boolean> {
  if (a.size !== b.size) return false;
  for (const e of a.entryList()) {
    const other = b.get(hashKey(vm, e.key));
    if (!other || !(yield* equals(vm, e.value, other.value))) return false;
  }
  return true;
}

export function installOrderedDict(vm: VM, types: CollectionsTypes): void {
  const t = types.orderedDict;
  const pairsRepr = vm.options.version.collections.orderedDictRepr === 'pairs';
  const init = function* (self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): Gen<void> {
    if (args.length > 1) throw vm.error('TypeError', `expected at most 1 arguments, got ${args.length}`);
    yield* update(vm, self, args, kwargs);
  };
  constructors.set(t, function* (vm, args, kwargs, type: PyType): Native {
    const od = newDictOfType(vm, new PyOrderedDict(type));
    try {
      yield* init(od, args, kwargs);
    } catch (e) {
      vm.decref(od, Cause.New);
      throw e;
    }
    return od;
  });
  method(vm, t, '__init__', function* (args, kwargs, self): Native {
    yield* init(self as PyObject, args, kwargs);
    return vm.newNone();
  });
  method(vm, t, 'update', function* (args, kwargs, self): Native {
    yield* update(vm, self as PyObject, args, kwargs);
    return vm.newNone();
  });
  method(vm, t, 'move_to_end', function* (args, kwargs, self): Native {
    checkKeywords(vm, 'move_to_end', kwargs, ['key', 'last']);
    const key = args[0] ?? kwargs?.get('key');
    if (!key) throw vm.error('TypeError', "move_to_end() missing required argument 'key' (pos 1)");
    const last = yield* boolArg(vm, args[1] ?? kwargs?.get('last'), true);
    const od = OD(self);
    if (!od.moveEntry(hashKey(vm, key), last)) throw vm.errorWith('KeyError', [vm.incref(key, Cause.Exception)]);
    od.state++;
    return vm.newNone();
  });
  method(vm, t, 'popitem', function* (args, kwargs, self): Native {
    checkKeywords(vm, 'popitem', kwargs, ['last']);
    if (args.length > 1) throw vm.error('TypeError', `popitem() takes at most 1 argument (${args.length} given)`);
    const last = yield* boolArg(vm, args[0] ?? kwargs?.get('last'), true);
    const od = OD(self);
    const entries = od.entryList();
    if (!entries.length) throw vm.error('KeyError', 'dictionary is empty');
    const key = vm.incref(entries[last ? entries.length - 1 : 0].key, Cause.Stack);
    const value = popKey(vm, od, key) as PyObject;
    return vm.newTuple([key, value]);
  });
  method(vm, t, 'pop', (args, kwargs, self) => {
    checkKeywords(vm, 'pop', kwargs, ['key', 'default']);
    const key = args[0] ?? kwargs?.get('key');
    if (!key) throw vm.error('TypeError', "pop() missing required argument 'key' (pos 1)");
    const dflt = args[1] ?? kwargs?.get('default');
    const value = popKey(vm, OD(self), key);
    if (value) return value;
    if (dflt) return vm.incref(dflt, Cause.Return);
    throw vm.errorWith('KeyError', [vm.incref(key, Cause.Exception)]);
  });
  method(vm, t, 'setdefault', function* (args, kwargs, self): Native {
    checkKeywords(vm, 'setdefault', kwargs, ['key', 'default']);
    const key = args[0] ?? kwargs?.get('key');
    if (!key) throw vm.error('TypeError', "setdefault() missing required argument 'key' (pos 1)");
    const dflt = args[1] ?? kwargs?.get('default') ?? vm.none;
    const od = OD(self);
    if (od.type === t) {
      const entry = od.get(hashKey(vm, key));
      if (entry) return vm.incref(entry.value, Cause.Return);
      dictSet(vm, od, key, dflt);
      return vm.incref(dflt, Cause.Return);
    }
    if (yield* contains(vm, od, key)) return yield* getItem(vm, od, key);
    yield* setItem(vm, od, key, dflt);
    return vm.incref(dflt, Cause.Return);
  });
  noArgsMethod(vm, t, 'clear', (self) => {
    for (const r of OD(self).clearRefs()) vm.decref(r, Cause.Slot);
    return vm.newNone();
  });
  noArgsMethod(vm, t, 'copy', function* (self): Native {
    const od = OD(self);
    if (od.type === t) {
      const copy = newDictOfType(vm, new PyOrderedDict(t));
      for (const e of od.entryList()) dictSet(vm, copy, e.key, e.value);
      return copy;
    }
    const copy = yield { callable: od.type, args: [], kwargs: null };
    try {
      for (const e of od.entryList()) {
        const value = yield* getItem(vm, od, e.key);
        try {
          yield* setItem(vm, copy, e.key, value);
        } finally {
          vm.decref(value, Cause.Stack);
        }
      }
    } catch (e) {
      vm.decref(copy, Cause.Stack);
      throw e;
    }
    return copy;
  });
  // fromkeys is a classmethod: _PyDict_FromKeys(cls, iterable, value) stores through cls's __setitem__.
  const fromkeys = new PyBuiltin(vm.t.builtin_function_or_method, 'fromkeys', function* (args: PyObject[]): Native {
    const cls = args[0] as PyType;
    if (args.length < 2) throw vm.error('TypeError', "fromkeys() missing required argument 'iterable' (pos 1)");
    const value = args[2] ?? vm.none;
    const made = yield { callable: cls, args: [], kwargs: null };
    try {
      const it = yield* getIter(vm, args[1]);
      try {
        for (let key = yield* iterNext(vm, it); key; key = yield* iterNext(vm, it)) {
          try {
            yield* setItem(vm, made, key, value);
          } finally {
            vm.decref(key, Cause.Stack);
          }
        }
      } finally {
        vm.decref(it, Cause.Stack);
      }
    } catch (e) {
      vm.decref(made, Cause.Stack);
      throw e;
    }
    return made;
  }, null, 'OrderedDict');
  fromkeys.immortal = true;
  const classmethod = new PyDescriptorWrapper(vm.t.classmethod, [fromkeys]);
  classmethod.immortal = true;
  setName(vm, t.dict, 'fromkeys', classmethod, true);

  noArgsMethod(vm, t, '__iter__', (self) => newODictIter(vm, types, OD(self), 'keys', false));
  noArgsMethod(vm, t, '__reversed__', (self) => newODictIter(vm, types, OD(self), 'keys', true));
  const view = (name: IterKind, type: PyType) =>
    noArgsMethod(vm, t, name, (self) => vm.track(new PyODictView(type, vm.incref(OD(self), Cause.Iterator, 'mapping') as PyOrderedDict, name), 'fresh'));
  view('keys', types.odictKeys);
  view('values', types.odictValues);
  view('items', types.odictItems);

  // odict_repr: 3.11 "OrderedDict([(k, v), ...])"; 3.12+ "OrderedDict({k: v, ...})" (a dict copy's repr).
  noArgsMethod(vm, t, '__repr__', function* (self): Native {
    const od = OD(self);
    const name = shortTypeName(od.type);
    if (od.size === 0) return vm.newStr(`${name}()`);
    if (reprEnter(vm, od)) return vm.newStr('...');
    try {
      const shown = pairsRepr
        ? vm.newList(od.entryList().map((e) => vm.newTuple([vm.incref(e.key, Cause.Slot), vm.incref(e.value, Cause.Slot)])))
        : copyAsDict(vm, od);
      try {
        return vm.newStr(`${name}(${yield* reprOf(vm, shown)})`);
      } finally {
        vm.decref(shown, Cause.Internal);
      }
    } finally {
      reprLeave(vm, od);
    }
  });
  // odict_richcompare: == and != as dicts, and in the same order when both are OrderedDicts.
  for (const [name, negate] of [['__eq__', false], ['__ne__', true]] as const) {
    method(vm, t, name, function* (args, _k, self): Native {
      arity(vm, name, args, 1);
      const other = args[0];
      if (!(other instanceof PyDict)) return vm.incref(vm.notImplemented, Cause.Return);
      let eq = yield* dictsEqual(vm, OD(self), other);
      if (eq && other instanceof PyOrderedDict) eq = yield* keysInSameOrder(vm, OD(self), other);
      return vm.newBool(eq !== negate);
    });
  }
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(vm, t, name, () => vm.incref(vm.notImplemented, Cause.Return));
  // odict_or / odict_inplace_or: the copy is the OrderedDict operand's class called with the left operand.
  defineMappingOr(vm, t, (o) => o instanceof PyOrderedDict, function* (self, left) {
    return yield { callable: self.type, args: [left], kwargs: null };
  }, updateFrom);
  noArgsMethod(vm, t, '__reduce__', (self) => {
    const od = OD(self);
    const state = instanceDict(od);
    const items = new PyODictView(types.odictItems, vm.incref(od, Cause.Iterator, 'mapping') as PyOrderedDict, 'items');
    vm.track(items, 'fresh');
    const it = newODictIter(vm, types, od, 'items', false);
    vm.decref(items, Cause.Stack);
    return vm.newTuple([vm.incref(od.type, Cause.Slot), vm.newTuple([]), vm.incref(state ?? vm.none, Cause.Slot), vm.newNone(), it]);
  });

  installODictViews(vm, types);
}

/** PyDict_Copy of an OrderedDict: a new dict in the OrderedDict's order. */
function copyAsDict(vm: VM, od: PyOrderedDict): PyDict {
  const d = vm.newDict();
  for (const e of od.entryList()) dictSet(vm, d, e.key, e.value);
  return d;
}

