// The class statement and type(): __build_class__ (Python/bltinmodule.c: builtin___build_class__),
// which picks the metaclass, asks it to __prepare__ the namespace, runs the body in it and calls the
// metaclass; and type.__new__ (Objects/typeobject.c: type_new), which makes the class, lets its
// attributes learn their names and calls the parent's __init_subclass__.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFunction, PyDescriptorWrapper, PyCell } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native, CallRequest } from '../vm/frame';
import { lookupAttr } from '../runtime/attributes';
import { constructors, callTypeObject, isNative } from '../vm/calls';
import { setName, dictSet, dictCopyKeys } from '../runtime/dicts';
import { fn, method, typeFunction } from './define';
import { makeClass } from './constructors';
import { Cause } from '../trace/events';

export function installClassStatement(vm: VM): void {
  const t = vm.t;
  constructors.set(t.type, (vm, args, kwargs, metatype) => {
    // type(x) is x's type, for type itself only (PyType_CheckExact).
    if (args.length === 1 && metatype === vm.t.type) {
      if (kwargs?.size) throw vm.error('TypeError', 'type() takes no keyword arguments');
      return vm.incref(args[0].type, Cause.Return);
    }
    return typeNew(vm, metatype, args, kwargs);
  });
  // type.__call__ (type_call): what calling a class does, for a metaclass's __call__ to reach with super().
  method(vm, t.type, '__call__', function* (args, kwargs, self): Native {
    const made = callTypeObject(vm, self as PyType, args, kwargs);
    return isNative(made) ? ((yield* made) as PyObject) : made;
  });
  // type.__prepare__: the namespace a class body runs in, a new dict whatever the class.
  typeFunction(vm, t.type, '__prepare__', () => vm.newDict());
  fn(vm, vm.builtins, '__build_class__', function* (args, kwargs): Native {
    const [body, nameObj, ...origBases] = args;
    if (!(body instanceof PyFunction)) throw vm.error('TypeError', '__build_class__: func must be a function');
    const name = (nameObj as PyStr).value;
    let meta: PyObject | null = kwargs?.get('metaclass') ?? null;
    let classKwargs = kwargs;
    if (meta && kwargs) {
      classKwargs = new Map(kwargs);
      classKwargs.delete('metaclass');
    }
    // The class statement's keywords are gathered in a dict (_PyStack_AsDict, `metaclass` deleted from it)
    // that lives until the class is made.
    const keywordsDict = kwargs?.size ? vm.newDict() : null;
    if (keywordsDict && classKwargs) for (const [k, v] of classKwargs) setName(vm, keywordsDict, k, v);
    try {
      return yield* buildClass(vm, body, nameObj, name, origBases, meta, classKwargs);
    } finally {
      if (keywordsDict) vm.decref(keywordsDict, Cause.Stack);
    }
  });
}

/** builtin___build_class__ once its keywords are parsed: the metaclass, the namespace, the body, the class. */
function* buildClass(vm: VM, body: PyFunction, nameObj: PyObject, name: string, origBases: PyObject[], meta: PyObject | null,
  classKwargs: Map<string, PyObject> | null): Native<PyObject> {
  const bases = yield* resolveMroEntries(vm, origBases);
  const ownedBases = bases !== origBases;
  try {
    // The most derived of the metaclass given and the bases' types (a function given as metaclass is called as is).
    if (meta === null || meta instanceof PyType) meta = calculateMetaclass(vm, meta ?? (bases.length ? bases[0].type : vm.t.type), bases);
    const ns = yield* prepareNamespace(vm, meta, nameObj, bases, classKwargs);
    try {
      const cell = yield { callable: body, args: [], kwargs: null, locals: ns };
      if (ownedBases) {
        const orig = vm.newTuple(origBases.map((base) => vm.incref(base, Cause.Slot)));
        setName(vm, ns, '__orig_bases__', orig, true);
      }
      let cls: PyObject;
      if (meta === vm.t.type) {
        // type's vectorcall takes only type(x): type(name, bases, ns) goes through _PyObject_MakeTpCall,
        // which packs the three arguments in a tuple for type_call. Their bases tuple is the new class's
        // __bases__ (made with it here), or the empty tuple.
        const packArgs = (basesTuple: PyObject) => vm.newTuple([nameObj, basesTuple, ns].map((o) => vm.incref(o, Cause.Argument)));
        let callArgs = bases.length ? null : packArgs(vm.emptyTuple);
        try {
          cls = makeClass(vm, name, bases, ns);
          callArgs ??= packArgs((cls as PyType).basesTuple ?? vm.emptyTuple);
          yield* finishClass(vm, cls as PyType, classKwargs);
        } finally {
          if (callArgs) vm.decref(callArgs, Cause.Argument);
        }
      } else {
        // meta(name, bases, ns, **kwds): a metaclass, or the type of a base that is not a class (`class C(1)`).
        const basesTuple = vm.newTuple(bases.map((base) => vm.incref(base, Cause.Slot)));
        try {
          cls = yield { callable: meta, args: [nameObj, basesTuple, ns], kwargs: classKwargs && classKwargs.size ? classKwargs : null };
        } catch (e) {
          vm.decref(cell, Cause.Return);
          throw e;
        } finally {
          vm.decref(basesTuple, Cause.Stack);
        }
      }
      if (cell instanceof PyCell) cell.contents = vm.incref(cls, Cause.Cell, '__class__');
      vm.decref(cell, Cause.Return);
      return cls;
    } finally {
      vm.decref(ns, Cause.Stack);
    }
  } finally {
    if (ownedBases) for (const base of bases) vm.decref(base, Cause.Stack);
  }
}

/**
 * meta.__prepare__(name, bases, **kwds), type's own making a new dict. A dict subclass (enum's _EnumDict)
 * is run in through its own item methods (vm/mapping-namespace.ts); a mapping that is no dict at all is
 * not modelled.
 */
function* prepareNamespace(vm: VM, meta: PyObject, nameObj: PyObject, bases: PyObject[], kwargs: Map<string, PyObject> | null): Native<PyDict> {
  const own = meta instanceof PyType ? meta.lookup('__prepare__') : null;
  if (meta instanceof PyType && own === vm.t.type.dict.getStr('__prepare__')) return vm.newDict();
  const prepare = yield* lookupAttr(vm, meta, '__prepare__');
  if (!prepare) return vm.newDict();
  const basesTuple = vm.newTuple(bases.map((base) => vm.incref(base, Cause.Slot)));
  let ns: PyObject;
  try {
    ns = yield { callable: prepare, args: [nameObj, basesTuple], kwargs: kwargs && kwargs.size ? kwargs : null };
  } finally {
    vm.decref(basesTuple, Cause.Stack);
    vm.decref(prepare, Cause.Stack);
  }
  if (ns instanceof PyDict) return ns;
  const typeName = ns.type.name;
  vm.decref(ns, Cause.Return);
  if (ns.type.lookup('__getitem__')) throw vm.unsupported(`a class namespace of type ${typeName} (__prepare__)`);
  throw vm.error('TypeError', `${meta instanceof PyType ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeName}`);
}

/** type.__new__(metatype, name, bases, ns, **kwds). */
function* typeNew(vm: VM, metatype: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  if (args.length !== 3) {
    throw vm.error('TypeError', metatype === vm.t.type ? 'type() takes 1 or 3 arguments' : `type.__new__() takes exactly 3 arguments (${args.length} given)`);
  }
  // type_new's argument parsing ("U|O!O!:type.__new__").
  const expected = [[PyStr, 'str'], [PyTuple, 'tuple'], [PyDict, 'dict']] as const;
  expected.forEach(([cls, name], i) => {
    if (!(args[i] instanceof cls)) throw vm.error('TypeError', `type.__new__() argument ${i + 1} must be ${name}, not ${args[i].type.name}`);
  });
  const bases = (args[1] as PyTuple).items;
  // The bases may call for a more derived metaclass; one with a __new__ of its own makes the class.
  const winner = calculateMetaclass(vm, metatype, bases);
  if (winner !== metatype) {
    const found = winner.lookup('__new__');
    // A metaclass's __new__ written in Python: type_new made it a staticmethod.
    const own = found instanceof PyDescriptorWrapper && found.type === vm.t.staticmethod ? found.slots[0] : found;
    if (own instanceof PyFunction) return yield { callable: own, args: [winner, ...args], kwargs };
    metatype = winner;
  }
  const ns = args[2] as PyDict;
  const cls = makeClass(vm, (args[0] as PyStr).value, bases, ns, metatype);
  // type_new_set_module: without __module__ in the namespace, the calling code's module name.
  const moduleName = ns.getStr('__module__') ? null : vm.currentPythonFrame()?.globals.getStr('__name__');
  if (moduleName instanceof PyStr) {
    setName(vm, cls.dict, '__module__', moduleName);
    cls.module = moduleName.value;
  }
  try {
    yield* finishClass(vm, cls, kwargs);
  } catch (e) {
    vm.decref(cls, Cause.New);
    throw e;
  }
  return cls;
}

/** The end of type_new: __set_name__ on the attributes (type_new_set_names), then the parent's __init_subclass__. */
function* finishClass(vm: VM, cls: PyType, kwargs: Map<string, PyObject> | null): Native<void> {
  yield* setNames(vm, cls);
  yield* initSubclass(vm, cls, kwargs);
}

/**
 * _PyType_CalculateMetaclass: of `meta` and the bases' types, the most derived, which must lie on one
 * line of subclasses.
 */
function calculateMetaclass(vm: VM, meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const base of bases) {
    const t = base.type;
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    throw vm.error('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * type_new's init_subclass: the __init_subclass__ a base class defines in Python, called with the new
 * class and the class statement's keywords (object's own does nothing).
 */
function* initSubclass(vm: VM, cls: PyType, kwargs: Map<string, PyObject> | null): Generator<CallRequest, void, PyObject> {
  for (const base of cls.mro.slice(1)) {
    let hook = base.heap ? base.dict.getStr('__init_subclass__') : undefined;
    if (!hook) continue;
    if (hook.type === vm.t.classmethod) hook = (hook as PyDescriptorWrapper).slots[0] as PyObject;
    if (!(hook instanceof PyFunction)) return;
    vm.decref(yield { callable: hook, args: [cls], kwargs: kwargs && kwargs.size ? kwargs : null }, Cause.Return);
    return;
  }
  // object.__init_subclass__ takes no keywords.
  if (kwargs && kwargs.size) throw vm.error('TypeError', `${cls.name}.__init_subclass__() takes no keyword arguments`);
}

/**
 * update_bases (Python/bltinmodule.c): a base that is not a class but has __mro_entries__ (`Generic[T]`,
 * `list[int]`) is replaced by what that returns. The same array when nothing changed, else new references.
 */
function* resolveMroEntries(vm: VM, bases: PyObject[]): Generator<CallRequest, PyObject[], PyObject> {
  if (bases.every((b) => b instanceof PyType)) return bases;
  const out: PyObject[] = [];
  let changed = false;
  try {
    for (const base of bases) {
      const hook = base instanceof PyType ? null : yield* lookupAttr(vm, base, '__mro_entries__');
      if (!hook) {
        out.push(vm.incref(base, Cause.Stack));
        continue;
      }
      changed = true;
      const basesTuple = vm.newTuple(bases.map((b) => vm.incref(b, Cause.Slot)));
      let entries: PyObject;
      try {
        entries = yield { callable: hook, args: [basesTuple], kwargs: null };
      } finally {
        vm.decref(basesTuple, Cause.Stack);
        vm.decref(hook, Cause.Stack);
      }
      if (!(entries instanceof PyTuple)) {
        vm.decref(entries, Cause.Return);
        throw vm.error('TypeError', '__mro_entries__ must return a tuple');
      }
      for (const e of entries.items) out.push(vm.incref(e, Cause.Stack));
      vm.decref(entries, Cause.Return);
    }
  } catch (e) {
    for (const o of out) vm.decref(o, Cause.Stack);
    throw e;
  }
  if (changed) return out;
  for (const o of out) vm.decref(o, Cause.Stack);
  return bases;
}

/**
 * type_new_set_names: each attribute of the new class whose type has __set_name__ (a descriptor
 * such as functools.cached_property) learns its owner and name, over a copy of the class dict.
 */
function* setNames(vm: VM, cls: PyType): Native<void> {
  // type_new_set_names walks a copy of the class dict (PyDict_Copy: a dict the free list gets back after),
  // which holds its keys and values while the hooks run.
  const copy = vm.newDict();
  dictCopyKeys(copy, cls.dict);
  for (const e of cls.dict.items()) dictSet(vm, copy, e.key, e.value);
  try {
    for (const e of [...copy.items()]) {
      if (!(e.value.type.heap && e.value.type.lookup('__set_name__'))) continue;
      const setName = e.value.type.lookup('__set_name__') as PyObject;
      const r = yield { callable: setName, args: [e.value, cls, e.key], kwargs: null };
      vm.decref(r, Cause.Return);
    }
  } finally {
    vm.decref(copy, Cause.Stack);
  }
}
