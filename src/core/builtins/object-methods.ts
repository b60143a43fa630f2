// Methods of `object` and BaseException that classes reach through super() or explicitly
// (`object.__setattr__(self, ...)`, `super().__init__(msg)`), property's decorators, and the
// smaller methods of numbers, sets, bytes and slices.

import { installBytearrayMethods } from './bytearray-methods';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyInt, PyFloat, PyStr, PyBytes, PyComplex } from '../objects/atoms';
import { PyList, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyDescriptorWrapper, PyBuiltin } from '../objects/callables';
import { PyModule, PyExceptionObj } from '../objects/instances';
import { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity, methArity, typeFunction, checkPositional } from './define';
import { setInitValue } from '../runtime/exception-init-value';
import { installExceptionKeywordInits } from './exception-keywords';
import { osErrorStr, osErrorUsesInit, reinitOsErrorFields } from '../runtime/oserror-fields';
import { setName, hashKey, dictSet } from '../runtime/dicts';
import { reprOf, strOf, builtinFormatOf, objectFormatOf } from '../runtime/repr';
import { iterateToArray } from '../runtime/iteration';
import { chargeLoop } from '../threads/native-loops';
import { setItem } from '../runtime/subscripts';
import { intArg } from './functions';
import { floatAsIntegerRatio } from '../runtime/text/float-ops';
import { unwrap } from '../runtime/numbers';
import { basicSize } from '../runtime/sizes';
import { dirNames } from '../runtime/dir';
import { genericGetAttr, genericSetAttr, genericDelAttr, typeSetAttr, typeDelAttr, getAttr, lookupAttr, instanceDict } from '../runtime/attributes';
import { installBytesLikeMethods } from './bytes-methods';
import { intToBytes, intFromBytes } from './int-bytes';
import { Cause } from '../trace/events';
import { installNumberRoundingMethods } from './number-rounding-methods';
import { installFloatHex } from './float-hex';

export function installObjectMethods(vm: VM): void {
  const t = vm.t;
  method(vm, t.object, '__init__', () => vm.newNone());
  // object.__subclasshook__: no opinion (abc.ABCMeta.__subclasscheck__ asks it first).
  typeFunction(vm, t.object, '__subclasshook__', () => vm.incref(vm.notImplemented, Cause.Return));
  // type.__subclasses__(): the live classes that name this one as a direct base (the built-in
  // types' own subclasses are not listed).
  method(vm, t.type, '__subclasses__', (args, _k, self) => {
    arity(vm, '__subclasses__', args, 0);
    const subs = [...vm.heapTypes].filter((c) => !c.freed && c.bases.includes(self as PyType));
    return vm.newList(subs.map((c) => vm.incref(c, Cause.Slot)));
  });
  // object.__setattr__ / __delattr__ (PyObject_GenericSetAttr): past a class's own __setattr__ (super() reaches
  // them); hackcheck refuses a class (type.__setattr__ is its own).
  method(vm, t.object, '__setattr__', function* (args, _k, self): Native {
    arity(vm, '__setattr__', args, 2);
    const obj = self as PyObject;
    if (!(args[0] instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${args[0].type.name}'`);
    if (obj instanceof PyType) throw vm.error('TypeError', `can't apply this __setattr__ to ${obj.type.name} object`);
    if (obj instanceof PyModule) setName(vm, obj.dict, args[0].value, args[1]);
    else yield* genericSetAttr(vm, obj, args[0].value, args[1]);
    return vm.newNone();
  });
  // object.__getstate__ (3.11+; object_getstate_default, not `required`): None when the instance has no
  // __dict__ or an empty one, else that dict (PyObject_GenericGetDict makes it an object of its own); with
  // the values of the slots copyreg._slotnames lists (and caches in the class's __slotnames__), the pair
  // (that, {slot: value}).
  method(vm, t.object, '__getstate__', function* (args, kwargs, self): Native {
    methArity(vm, 'object.__getstate__', args, kwargs, 0);
    const obj = self as PyObject;
    const dict = instanceDict(obj);
    let state: PyObject = dict && dict.size > 0 ? (yield* getAttr(vm, obj, '__dict__')) : vm.newNone();
    const names = slotNamesOf(vm, obj.type);
    if (names.length === 0) return state;
    const slots = vm.newDict();
    try {
      for (const name of names) {
        const value = yield* lookupAttr(vm, obj, name);
        if (!value) continue;
        setName(vm, slots, name, value);
        vm.decref(value, Cause.Stack);
      }
    } catch (e) {
      vm.decref(slots, Cause.Stack);
      vm.decref(state, Cause.Stack);
      throw e;
    }
    if (slots.size > 0) state = vm.newTuple([state, slots]);
    else vm.decref(slots, Cause.Stack);
    return state;
  });
  // object.__dir__: what dir() lists without a __dir__ of the program's own (Enum.__dir__ calls it).
  method(vm, t.object, '__dir__', (args, _k, self) => {
    arity(vm, '__dir__', args, 0);
    return vm.newList(dirNames(self as PyObject, vm.options.version.version).map((n) => vm.newStr(n)));
  });
  // type.mro(): the method resolution order as a list (what __mro__ holds).
  method(vm, t.type, 'mro', (args, _k, self) => {
    arity(vm, 'mro', args, 0);
    return vm.newList((self as PyType).mro.map((c) => vm.incref(c, Cause.Slot)));
  });
  // type.__setattr__ / __delattr__: what a metaclass's own reaches with super() (enum's EnumType).
  method(vm, t.type, '__setattr__', function* (args, _k, self): Native {
    arity(vm, '__setattr__', args, 2);
    if (!(args[0] instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${args[0].type.name}'`);
    yield* typeSetAttr(vm, self as PyType, args[0].value, args[1]);
    return vm.newNone();
  });
  method(vm, t.type, '__delattr__', function* (args, _k, self): Native {
    arity(vm, '__delattr__', args, 1);
    if (!(args[0] instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${args[0].type.name}'`);
    yield* typeDelAttr(vm, self as PyType, args[0].value);
    return vm.newNone();
  });
  // threading.local reads its per-thread dicts through it, past its own __getattr__.
  method(vm, t.object, '__getattribute__', function* (args, _k, self): Native {
    arity(vm, '__getattribute__', args, 1);
    if (!(args[0] instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${args[0].type.name}'`);
    return yield* genericGetAttr(vm, self as PyObject, args[0].value);
  });
  method(vm, t.object, '__delattr__', function* (args, _k, self): Native {
    arity(vm, '__delattr__', args, 1);
    const obj = self as PyObject;
    if (!(args[0] instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${args[0].type.name}'`);
    if (obj instanceof PyType) throw vm.error('TypeError', `can't apply this __delattr__ to ${obj.type.name} object`);
    yield* genericDelAttr(vm, obj, args[0].value);
    return vm.newNone();
  });
  method(vm, t.object, '__repr__', function* (_a, _k, self): Native {
    const o = self as PyObject;
    const ty = o.type;
    return vm.newStr(`<${ty.heap ? `${ty.module}.${ty.qualname}` : ty.name} object at 0x7f${(0x10000000 + o.id * 0x30).toString(16).padStart(10, '0')}>`);
  });
  // object.__sizeof__ (and the built-in types' own, by layout): the size without the pre-header.
  method(vm, t.object, '__sizeof__', (_a, _k, self) => vm.newInt(basicSize(vm, self as PyObject)));
  method(vm, t.object, '__str__', function* (_a, _k, self): Native {
    return vm.newStr(yield* reprOf(vm, self as PyObject));
  });

  // __format__ as methods, for code that calls them by name (enum: `str.__format__(str(self), spec)`,
  // `enum_class.__format__ = int.__format__`); format() itself goes to runtime/repr.ts directly.
  const formatSpec = (name: string, args: PyObject[]): string => {
    arity(vm, '__format__', args, 1);
    const spec = args[0];
    if (!(spec instanceof PyStr)) throw vm.error('TypeError', `${name}.__format__() argument must be str, not ${spec.type.name}`);
    return spec.value;
  };
  method(vm, t.object, '__format__', function* (args, _k, self): Native {
    return vm.newStr(yield* objectFormatOf(vm, self as PyObject, formatSpec('object', args)));
  });
  for (const type of [t.int, t.float, t.complex, t.str]) {
    method(vm, type, '__format__', function* (args, _k, self): Native {
      return vm.newStr(yield* builtinFormatOf(vm, self as PyObject, formatSpec(type.name, args)));
    });
  }
  // str.__str__ (unicode_str): the string itself, or an exact str of a subclass's value.
  method(vm, t.str, '__str__', (args, _k, self) => {
    arity(vm, '__str__', args, 0);
    const o = self as PyStr;
    return o.type === vm.t.str ? vm.incref(o, Cause.Return) : vm.newStr(o.value);
  });
  // object.__init_subclass__, a class method that does nothing (what super().__init_subclass__() reaches).
  const initSubclass = new PyBuiltin(vm.t.builtin_function_or_method, '__init_subclass__', (args, kwargs) => {
    const cls = args[0] as PyType;
    if (kwargs?.size) throw vm.error('TypeError', `${cls.qualname}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 1) throw vm.error('TypeError', `${cls.qualname}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
    return vm.newNone();
  }, null, 'object');
  initSubclass.immortal = true;
  const initSubclassMethod = new PyDescriptorWrapper(vm.t.classmethod, [initSubclass]);
  initSubclassMethod.immortal = true;
  setName(vm, t.object.dict, '__init_subclass__', initSubclassMethod, true);

  const base = vm.exc.get('BaseException') as PyType;
  const baseInit = (exc: PyExceptionObj, args: PyObject[]): void => {
    const old = exc.args;
    exc.args = vm.newTuple(args.map((a) => vm.incref(a, Cause.Exception, 'args')));
    vm.decref(old, Cause.Exception, 'args');
    setInitValue(vm, exc);
  };
  // BaseException_init: _PyArg_NoKeywords (the exceptions that take keywords have their own __init__).
  method(vm, base, '__init__', (args, kwargs, self) => {
    const exc = self as PyExceptionObj;
    if (kwargs?.size) throw vm.error('TypeError', `${exc.type.name}() takes no keyword arguments`);
    baseInit(exc, args);
    return vm.newNone();
  });
  installExceptionKeywordInits(vm, baseInit);
  // OSError_init: the arguments are parsed here only for a class whose __init__ is not OSError's, else __new__ did.
  const osError = vm.exc.get('OSError') as PyType;
  method(vm, osError, '__init__', (args, kwargs, self) => {
    const exc = self as PyExceptionObj;
    if (!osErrorUsesInit(vm, exc.type)) return vm.newNone();
    if (kwargs?.size) throw vm.error('TypeError', `${exc.type.name}() takes no keyword arguments`);
    reinitOsErrorFields(vm, exc, args);
    return vm.newNone();
  });
  method(vm, osError, '__str__', function* (_a, _k, self): Native {
    const exc = self as PyExceptionObj;
    const text = yield* osErrorStr(vm, exc);
    if (text !== null) return vm.newStr(text);
    const args = exc.args.items;
    if (args.length === 0) return vm.newStr('');
    if (args.length === 1) return vm.newStr(yield* strOf(vm, args[0]));
    return vm.newStr(yield* reprOf(vm, exc.args));
  });
  method(vm, base, '__str__', function* (_a, _k, self): Native {
    const exc = self as PyExceptionObj;
    const args = exc.args.items;
    if (args.length === 0) return vm.newStr('');
    if (args.length === 1) return vm.newStr(yield* strOf(vm, args[0]));
    return vm.newStr(yield* reprOf(vm, exc.args));
  });

  // property.setter / getter / deleter return a copy with one function replaced.
  for (const [name, slot] of [['getter', 0], ['setter', 1], ['deleter', 2]] as const) {
    method(vm, t.property, name, (args, _k, self) => {
      const p = self as PyDescriptorWrapper;
      const slots = p.slots.map((s, i) => (i === slot ? vm.incref(args[0], Cause.Slot) : s ? vm.incref(s, Cause.Slot) : null));
      return vm.track(new PyDescriptorWrapper(vm.t.property, slots));
    });
  }

  // ---- numbers ------------------------------------------------------------------------------
  installNumberRoundingMethods(vm);
  method(vm, t.complex, 'conjugate', (_a, _k, self) => vm.newComplex((self as PyComplex).real, -(self as PyComplex).imag));
  method(vm, t.float, 'as_integer_ratio', (_a, _k, self) => {
    const [n, d] = unwrap(vm, floatAsIntegerRatio((self as PyFloat).value));
    return vm.newTuple([vm.newInt(n), vm.newInt(d)]);
  });
  installFloatHex(vm, t.float);
  method(vm, t.int, 'to_bytes', (args, kwargs, self) => intToBytes(vm, self as PyInt, args, kwargs));
  typeFunction(vm, t.int, 'from_bytes', (args, kwargs) => intFromBytes(vm, args, kwargs));
  // dict.fromkeys is a classmethod: _PyDict_FromKeys makes cls() and stores each key through its __setitem__.
  const fromkeys = new PyBuiltin(vm.t.builtin_function_or_method, 'fromkeys', function* (args: PyObject[]): Native {
    // dict_fromkeys's clinic: "fromkeys expected at least 1 argument, got 0" (the class not counted).
    checkPositional(vm, 'fromkeys', args.length - 1, 1, 2);
    const [cls, iterable] = args as [PyType, PyObject];
    const value = args[2] ?? vm.none;
    if (cls === vm.t.dict) {
      const keys = yield* iterateToArray(vm, iterable);
      chargeLoop(vm, 'hashItem', keys.length);
      const d = vm.newDict();
      for (const k of keys) dictSet(vm, d, k, value);
      for (const k of keys) vm.decref(k, Cause.Slot);
      return d;
    }
    const d = yield { callable: cls, args: [], kwargs: null };
    try {
      const keys = yield* iterateToArray(vm, iterable);
      try {
        for (const k of keys) yield* setItem(vm, d, k, value);
      } finally {
        for (const k of keys) vm.decref(k, Cause.Slot);
      }
    } catch (e) {
      vm.decref(d, Cause.Stack);
      throw e;
    }
    return d;
  }, null, 'dict');
  fromkeys.immortal = true;
  const fromkeysMethod = new PyDescriptorWrapper(vm.t.classmethod, [fromkeys]);
  fromkeysMethod.immortal = true;
  setName(vm, t.dict.dict, 'fromkeys', fromkeysMethod, true);

  // ---- sets ---------------------------------------------------------------------------------
  const members = function* (o: PyObject) {
    if (o instanceof PySet) return [...o.members.values()].map((m) => vm.incref(m, Cause.Slot));
    return yield* iterateToArray(vm, o);
  };
  // set and frozenset each define these (a METH_O method descriptor of their own).
  const setTest = (name: string, test: (me: PySet, other: Set<string>) => boolean) => {
    for (const type of [t.set, t.frozenset]) {
      method(vm, type, name, function* (args, _k, self): Native {
        arity(vm, `${type.name}.${name}`, args, 1);
        const items = yield* members(args[0]);
        const other = new Set(items.map((i) => hashKey(vm, i)));
        for (const i of items) vm.decref(i, Cause.Slot);
        return vm.newBool(test(self as PySet, other));
      });
    }
  };
  setTest('isdisjoint', (me, other) => ![...me.members.keys()].some((k) => other.has(k)));
  setTest('issubset', (me, other) => [...me.members.keys()].every((k) => other.has(k)));
  setTest('issuperset', (me, other) => [...other].every((k) => me.members.has(k)));

  // ---- slices and bytes -------------------------------------------------------------------------
  method(vm, t.slice, 'indices', (args, _k, self) => {
    const s = self as PySlice;
    const len = Number(intArg(vm, args[0]));
    const step = s.step === vm.none ? 1 : Number((s.step as PyInt).value);
    const norm = (o: PyObject, dflt: number) => {
      if (o === vm.none) return dflt;
      let v = Number((o as PyInt).value);
      if (v < 0) v += len;
      return step > 0 ? Math.min(Math.max(v, 0), len) : Math.min(Math.max(v, -1), len - 1);
    };
    return vm.newTuple([vm.newInt(norm(s.start, step > 0 ? 0 : len - 1)), vm.newInt(norm(s.stop, step > 0 ? len : -1)), vm.newInt(step)]);
  });
  void PyTuple;
  void PyDict;
}

/** bytearray's mutating methods, and the methods bytes and bytearray share (bytes-methods.ts). */
export function installBytesMethods(vm: VM): void {
  const t = vm.t;
  // bytearray.copy (copy.copy's entry for bytearray): a new bytearray with the same bytes.
  method(vm, t.bytearray, 'copy', (args, _k, self) => {
    arity(vm, 'copy', args, 0);
    return vm.track(new PyBytes(vm.t.bytearray, Uint8Array.from((self as PyBytes).value)));
  });
  installBytesLikeMethods(vm);
  installBytearrayMethods(vm);
}

/**
 * copyreg._slotnames (as _PyType_GetSlotNames calls it): the __slots__ names of the class and its bases in
 * MRO order, private ones mangled, without __dict__ and __weakref__; cached as the class's __slotnames__
 * (a list), which is read back when present.
 */
function slotNamesOf(vm: VM, cls: PyType): string[] {
  const cached = cls.dict.getStr('__slotnames__');
  if (cached instanceof PyList) return cached.items.filter((o): o is PyStr => o instanceof PyStr).map((o) => o.value);
  const names = cls.mro.flatMap((c) => (c.heap ? c.declaredSlots ?? [] : [])).filter((n) => n !== '__dict__' && n !== '__weakref__');
  if (cls.heap) setName(vm, cls.dict, '__slotnames__', vm.newList(names.map((n) => vm.newStr(n))), true);
  return names;
}
