// collections.defaultdict (Modules/_collectionsmodule.c): a dict with a default_factory that
// __missing__ calls for an absent key, storing what it returns (dict_subscript calls __missing__ on any
// dict that is not exactly a dict: runtime/subscripts.ts). The rest is the dict's.

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import { PyDefaultDict } from '../../objects/collections-dicts';
import { PyNativeGetSet } from '../../objects/native-descriptor';
import { PyFunction, PyBuiltin, PyMethod, PyMethodDescriptor } from '../../objects/callables';
import { PyType as PyTypeClass } from '../../objects/type';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { method, checkPositional } from '../../builtins/define';
import { dictUpdate } from '../../builtins/constructors';
import { dictSet, setName } from '../../runtime/dicts';
import { setItem } from '../../runtime/subscripts';
import { reprOf, builtinTypeRepr } from '../../runtime/repr';
import { reprEnter, reprLeave } from '../../runtime/repr-guard';
import { getIter } from '../../runtime/iteration';
import { getAttr } from '../../runtime/attributes';
import { noArgsMethod, oneArgMethod, shortTypeName } from './native-type';
import { defineMappingOr } from './mapping-update';
import type { CollectionsTypes } from './types';
import { Cause } from '../../trace/events';
import { keywordKey } from '../../vm/keyword-keys';

const DD = (o: PyObject | null) => o as PyDefaultDict;

/** PyCallable_Check. */
export function isCallable(o: PyObject): boolean {
  return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethodDescriptor || o instanceof PyMethod || o instanceof PyTypeClass || o.type.lookup('__call__') !== null;
}

/** A new dict-like object of `type` (dict_new: tracked at once, unlike an exact dict); a class deriving from it holds its class. */
export function newDictOfType<T extends PyDict>(vm: VM, made: T): T {
  vm.track(made, 'fresh');
  if (made.type.heap) vm.incref(made.type, Cause.Type, '__class__');
  return made;
}

/** defdict_init: the factory (callable or None), then dict.__init__ with the other arguments. */
function* defdictInit(vm: VM, dd: PyDefaultDict, args: PyObject[], kwargs: Map<string, PyObject> | null): Native<void> {
  const old = dd.factory;
  let factory: PyObject | null = null;
  if (args.length > 0) {
    factory = args[0];
    if (!isCallable(factory) && factory !== vm.none) throw vm.error('TypeError', 'first argument must be callable or None');
  }
  const rest = args.slice(1);
  dd.factory = factory ? vm.incref(factory, Cause.Slot, 'default_factory') : null;
  checkPositional(vm, 'dict', rest.length, 0, 1);
  if (rest.length) yield* dictUpdate(vm, dd, rest[0]);
  if (kwargs) for (const [k, v] of kwargs) {
    const key = keywordKey(vm, kwargs, k);
    dictSet(vm, dd, key, v);
    vm.decref(key, Cause.Stack);
  }
  if (old) vm.decref(old, Cause.Slot, 'default_factory');
}

/** new_defdict: type(dd)(dd.default_factory, arg), as copy() and | make their result. */
function* newDefdictFrom(dd: PyDefaultDict, vm: VM, arg: PyObject): Native {
  return yield { callable: dd.type, args: [dd.factory ?? vm.none, arg], kwargs: null };
}

export function installDefaultDict(vm: VM, types: CollectionsTypes): void {
  const t = types.defaultdict;
  constructors.set(t, function* (vm, args, kwargs, type: PyType): Native {
    const dd = newDictOfType(vm, new PyDefaultDict(type));
    try {
      yield* defdictInit(vm, dd, args, kwargs);
    } catch (e) {
      vm.decref(dd, Cause.New);
      throw e;
    }
    return dd;
  });
  method(vm, t, '__init__', function* (args, kwargs, self): Native {
    yield* defdictInit(vm, DD(self), args, kwargs);
    return vm.newNone();
  });
  // defdict_missing: KeyError without a factory; else self[key] = factory(), which it returns.
  oneArgMethod(vm, t, '__missing__', function* (self, key): Native {
    const dd = DD(self);
    const factory = dd.factory;
    if (!factory || factory === vm.none) throw vm.errorWith('KeyError', [vm.incref(key, Cause.Exception)]);
    const value = yield { callable: factory, args: [], kwargs: null };
    try {
      yield* setItem(vm, dd, key, value);
    } catch (e) {
      vm.decref(value, Cause.Return);
      throw e;
    }
    return value;
  });
  const copy = (self: PyObject) => newDefdictFrom(DD(self), vm, self);
  noArgsMethod(vm, t, 'copy', copy);
  noArgsMethod(vm, t, '__copy__', copy);
  noArgsMethod(vm, t, '__reduce__', function* (self): Native {
    const dd = DD(self);
    const args = dd.factory && dd.factory !== vm.none ? vm.newTuple([vm.incref(dd.factory, Cause.Slot)]) : vm.newTuple([]);
    const itemsMethod = yield* getAttr(vm, dd, 'items');
    let items: PyObject;
    try {
      items = yield { callable: itemsMethod, args: [], kwargs: null };
    } finally {
      vm.decref(itemsMethod, Cause.Stack);
    }
    let it: PyObject;
    try {
      it = yield* getIter(vm, items);
    } finally {
      vm.decref(items, Cause.Stack);
    }
    return vm.newTuple([vm.incref(dd.type, Cause.Slot), args, vm.newNone(), vm.newNone(), it]);
  });
  // defdict_repr: "defaultdict(<factory repr>, <dict repr>)"; "..." for a factory whose repr is under way.
  noArgsMethod(vm, t, '__repr__', function* (self): Native {
    const dd = DD(self);
    const base = yield* builtinTypeRepr(vm, dd);
    let factoryText = 'None';
    if (dd.factory) {
      if (reprEnter(vm, dd.factory)) factoryText = '...';
      else {
        try {
          factoryText = yield* reprOf(vm, dd.factory);
        } finally {
          reprLeave(vm, dd.factory);
        }
      }
    }
    return vm.newStr(`${shortTypeName(dd.type)}(${factoryText}, ${base})`);
  });
  // defdict_or: a new defaultdict (of the defaultdict operand's class) made from the left operand, updated with the
  // right; `|=` is dict's nb_inplace_or, which defaultdict inherits: an update in place.
  defineMappingOr(vm, t, (o) => o instanceof PyDefaultDict, (self, left) => newDefdictFrom(self as PyDefaultDict, vm, left),
    (vm, target, other) => dictUpdate(vm, target as PyDict, other));
  const factory = new PyNativeGetSet(types.memberDescriptor, 'default_factory', t, 'member', (vm, o) => vm.incref(DD(o).factory ?? vm.none, Cause.Stack), (vm, o, value) => {
    const dd = DD(o);
    const old = dd.factory;
    dd.factory = value ? vm.incref(value, Cause.Slot, 'default_factory') : null;
    if (old) vm.decref(old, Cause.Slot, 'default_factory');
  });
  factory.immortal = true;
  setName(vm, t.dict, 'default_factory', factory, true);
}
