// Attribute access (Objects/object.c's PyObject_GenericGetAttr and typeobject.c's
// type_getattro): descriptors, instance dicts, bound methods, `__getattr__`.

import { structSequenceAttribute } from './struct-sequences';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { functionAnnotations, setFunctionAttribute } from './function-annotations';
import { PyFunction, PyMethod, PyBuiltin, PyMethodDescriptor, PyDescriptorWrapper, PyCode, PyCell } from '../objects/callables';
import { PyInstance, PyModule, PyExceptionObj, PyExceptionGroupObj, PyTraceback, PyFrameObject } from '../objects/instances';
import { exceptionGroupAttribute } from '../builtins/exception-group';
import { setExceptionField } from './exception-fields';
import { setBases } from './bases-assignment';
import { setClass } from './class-assignment';
import { osErrorAttribute, setOsErrorAttribute } from './oserror-fields';
import { importErrorAttribute, setImportErrorAttribute } from './import-error-fields';
import { learnerModuleAttributeMessage } from '../modules/local-modules';
import { PyStr, PyInt, PyFloat, PyComplex } from '../objects/atoms';
import { PyDict } from '../objects/dict';
import { PySlice, PyRange, PyTuple } from '../objects/containers';
import { iterateToArray } from './iteration';
import type { VM } from '../vm/vm';
import { mayBeTracked } from './gc';
import { PyWeakref } from '../objects/weakref';
import { supportsWeakrefs } from './weakrefs';
import { PyCompositeIter, PyGenerator, PyCoroutine, PyAsyncGenerator } from '../objects/iterators';
import { delegate as awaitedBy } from '../vm/generators';
import type { Native } from '../vm/frame';
import { setName, delName } from './dicts';
import { PyError, UnsupportedError } from '../vm/errors';
import { cpythonAttributeOwner } from './cpython-names';
import { isSimulatedModule } from '../modules/registry';
import { PyNativeObject } from '../objects/native-object';
import { PyIOObject } from '../objects/io-objects';
import { PyNativeDescriptor } from '../objects/native-descriptor';
import { isSyntaxError, syntaxErrorAttribute } from './syntax-error-object';
import { CodeFlags, type CodeUnit } from '../compile/bytecode';
import { frameAttribute, setFrameAttribute } from './frame-attributes';
import { unicodeErrorAttribute } from './unicode-error';
import { Cause } from '../trace/events';
import { builtinTruth } from './operators';
import { initField, initValueOf } from './exception-init-value';
import { PySlotMember } from './slot-members';
import { isFunctionWrapper, functionWrapperDict } from './functools-wraps';

function* call(callable: PyObject, args: PyObject[]): Native {
  return yield { callable, args, kwargs: null };
}

/** Binds what a class attribute lookup found to `obj` (tp_descr_get). Returns a new reference. */
export function* bindDescriptor(vm: VM, found: PyObject, obj: PyObject | null, owner: PyType): Native {
  if (found instanceof PyFunction) {
    if (!obj) return vm.incref(found, Cause.Stack);
    vm.incref(found, Cause.Method, '__func__');
    vm.incref(obj, Cause.Method, '__self__');
    return vm.track(new PyMethod(vm.t.method, found, obj));
  }
  if (found instanceof PyMethodDescriptor) {
    if (!obj) return vm.incref(found, Cause.Stack);
    const bound = vm.newBuiltin(found.name, found.impl, obj, found.owner.name);
    // A slot wrapper bound is a method-wrapper (descrobject.c wrapperdescr_get).
    if (found.type === vm.t.wrapper_descriptor) {
      bound.type = vm.t.method_wrapper;
      bound.boundSlot = true;
    }
    return bound;
  }
  if (found instanceof PyNativeDescriptor) return found.descrGet(vm, obj, owner);
  if (found instanceof PyDescriptorWrapper) {
    if (found.type === vm.t.property) {
      if (!obj) return vm.incref(found, Cause.Stack);
      const fget = found.slots[0];
      if (!fget || fget === vm.none) throw vm.error('AttributeError', `property '${propertyName(found)}' of '${owner.name}' object has no getter`);
      return yield* call(fget, [obj]);
    }
    if (found.type === vm.t.staticmethod) return vm.incref(found.slots[0] as PyObject, Cause.Stack);
    if (found.type === vm.t.classmethod) {
      const fn = found.slots[0] as PyObject;
      vm.incref(fn, Cause.Method, '__func__');
      vm.incref(owner, Cause.Method, '__self__');
      return vm.track(new PyMethod(vm.t.method, fn, owner));
    }
  }
  // A non-data descriptor written in Python (functools.cached_property, the lru_cache wrapper).
  const get = pythonDescriptorGet(found);
  if (get) return yield { callable: get, args: [found, obj ?? vm.none, owner], kwargs: null };
  return vm.incref(found, Cause.Stack);
}

/** The `__get__` of an instance of a class: a descriptor written in Python. */
function pythonDescriptorGet(found: PyObject): PyObject | null {
  return found instanceof PyInstance && found.type.heap ? found.type.lookup('__get__') : null;
}

export function propertyName(p: PyDescriptorWrapper): string {
  const fget = p.slots[0];
  return fget instanceof PyFunction ? fget.name.value : '?';
}

function isDataDescriptor(vm: VM, o: PyObject): boolean {
  return o.type === vm.t.property || (o instanceof PyNativeDescriptor && o.isData) || (pythonDescriptorGet(o) !== null && pythonDescriptorSetter(o, '__set__', '__delete__') !== null);
}

/**
 * The `__set__` (or `__delete__`) of a descriptor written in Python, whose class defines either: a data
 * descriptor, which takes precedence over the instance's dict (enum.property, DynamicClassAttribute).
 */
function pythonDescriptorSetter(found: PyObject, ...names: string[]): PyObject | null {
  if (!(found instanceof PyInstance) || !found.type.heap) return null;
  for (const name of names) {
    const m = found.type.lookup(name);
    if (m) return m;
  }
  return null;
}

/**
 * A built-in's __text_signature__: CPython's come from Argument Clinic's docstrings (or None where a
 * built-in has none); the simulator's built-ins carry neither, so reading one stops as not modelled.
 */
function textSignatureOfBuiltin(vm: VM, name: string): never {
  throw vm.unsupported(`the __text_signature__ of the built-in ${name}`);
}

/** A failed lookup: "not modelled" where CPython has the attribute (runtime/cpython-names.ts), else AttributeError. */
function missingAttribute(vm: VM, obj: PyObject, name: string): PyError | UnsupportedError {
  // The simulator's own library code probes for names it may lack (hasattr) and falls back.
  if (vm.currentPythonFrame()?.unit.library) return attributeError(vm, obj, name);
  // A module of the learner's own has only what its file made, whatever its name (a random.py beside the script).
  if (obj instanceof PyModule && obj.learner) return vm.error('AttributeError', learnerModuleAttributeMessage(vm, obj, name));
  // A package's submodule is its attribute once imported (`collections.abc` after `import collections` alone
  // is an AttributeError in CPython too): the names measured with it imported have it.
  if (obj instanceof PyModule && isSimulatedModule(`${obj.name}.${name}`) && !vm.modules.has(`${obj.name}.${name}`)) return attributeError(vm, obj, name);
  const owner = cpythonAttributeOwner(vm.options.version.version, obj, name);
  return owner ? vm.unsupported(owner) : attributeError(vm, obj, name);
}

function attributeError(vm: VM, obj: PyObject, name: string): PyError {
  if (obj instanceof PyModule) return vm.error('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyType) return vm.error('AttributeError', `type object '${obj.name}' has no attribute '${name}'`);
  return vm.error('AttributeError', `'${obj.type.name}' object has no attribute '${name}'`);
}

/**
 * The common attribute cases that run no Python code: an instance attribute, a method to bind,
 * a plain class attribute. A new reference, or null when the general path must decide.
 */
export function fastGetAttr(vm: VM, obj: PyObject, name: string): PyObject | null {
  if (!(obj instanceof PyInstance) || !obj.type.heap) return null;
  if (getattributeOverride(obj)) return null;
  const found = obj.type.lookup(name);
  if (found && (found.type === vm.t.property || found instanceof PyDescriptorWrapper || found instanceof PyNativeDescriptor || pythonDescriptorGet(found))) return null;
  const v = obj.dict?.getStr(name);
  if (v) return vm.incref(v, Cause.Stack);
  if (found instanceof PyFunction) {
    vm.incref(found, Cause.Method, '__func__');
    vm.incref(obj, Cause.Method, '__self__');
    return vm.track(new PyMethod(vm.t.method, found, obj));
  }
  if (found && !(found instanceof PyMethodDescriptor) && !(found instanceof PyBuiltin)) return vm.incref(found, Cause.Stack);
  return null;
}

/** LOAD_METHOD's common case without native code: [function, self] as new references, or null. */
export function fastLoadMethod(vm: VM, obj: PyObject, name: string): [PyObject, PyObject] | null {
  if (obj instanceof PyModule || obj instanceof PyType || obj.type === vm.t.super) return null;
  if (getattributeOverride(obj)) return null;
  const found = obj.type.lookup(name);
  if (!(found instanceof PyFunction || found instanceof PyMethodDescriptor)) return null;
  const dict = instanceDict(obj);
  if (dict && dict.getStr(name)) return null;
  return [vm.incref(found, Cause.Stack), vm.incref(obj, Cause.Stack)];
}

/** obj.name = value for a plain instance attribute; false when the general path must decide. */
export function fastSetAttr(vm: VM, obj: PyObject, name: string, value: PyObject): boolean {
  // An exception's fields (args, __traceback__, ...) are set by the general path.
  if (!(obj instanceof PyInstance) || obj instanceof PyExceptionObj || !obj.type.heap || obj.type.slotNames || name === '__class__') return false;
  const found = obj.type.lookup(name);
  if (found && (found.type === vm.t.property || found instanceof PyDescriptorWrapper || found instanceof PyNativeDescriptor || pythonDescriptorSetter(found, '__set__'))) return false;
  if (obj.type.lookup('__setattr__') instanceof PyFunction) return false;
  if (!obj.dict) obj.dict = vm.newAttributeDict(obj);
  setName(vm, obj.dict, name, value, false, Cause.Attribute, `.${name}`);
  return true;
}

/**
 * obj.name → a new reference (PyObject_GetAttr): an AttributeError leaving it keeps the name and the
 * object (set_attribute_error_context), which "Did you mean" reads and which holds obj alive.
 */
export function* getAttr(vm: VM, obj: PyObject, name: string): Native {
  try {
    return yield* lookupAttribute(vm, obj, name);
  } catch (e) {
    addAttributeErrorContext(vm, e, obj, name);
    throw e;
  }
}

/** getattr(obj, name, None) as _PyObject_LookupAttr: null when there is no such attribute (nothing kept). */
export function* lookupAttr(vm: VM, obj: PyObject, name: string): Generator<import('../vm/frame').CallRequest, PyObject | null, PyObject> {
  try {
    return yield* lookupAttribute(vm, obj, name);
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) {
      vm.decref(e.exc, Cause.Exception);
      return null;
    }
    throw e;
  }
}

/** set_attribute_error_context (Objects/object.c): the first lookup an AttributeError leaves names it. */
export function addAttributeErrorContext(vm: VM, e: unknown, obj: PyObject, name: string): void {
  if (!(e instanceof PyError)) return;
  const exc = e.exc;
  if (!exc.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType) || exc.attributeName || exc.attributeObject) return;
  exc.attributeName = vm.newInternedStr(name);
  exc.attributeObject = vm.incref(obj, Cause.Exception, 'obj');
}

function* lookupAttribute(vm: VM, obj: PyObject, name: string): Native {
  if (obj instanceof PyWeakref && obj.proxy) return yield* getAttr(vm, proxyReferent(vm, obj), name);
  if (obj.type === vm.t.super) {
    // super(cls, obj).name: look past cls in obj's MRO, then bind to obj.
    const [cls, self] = (obj as PyDescriptorWrapper).slots as [PyType, PyObject];
    // supercheck: a class that derives from cls (a classmethod's super()) walks its own MRO, anything
    // else (an instance, or a class in its metaclass's methods) its type's.
    const classLevel = self instanceof PyType && self.isSubtypeOf(cls);
    const mro = classLevel ? (self as PyType).mro : self.type.mro;
    for (const t of mro.slice(mro.indexOf(cls) + 1)) {
      const v = t.dict.getStr(name);
      if (v) return yield* bindDescriptor(vm, v, classLevel ? null : self, classLevel ? (self as PyType) : self.type);
    }
    throw vm.error('AttributeError', `'super' object has no attribute '${name}'`);
  }
  const override = getattributeOverride(obj);
  if (override) return yield* callGetattributeOverride(vm, override, obj, name);
  const special = specialAttribute(vm, obj, name);
  if (special) return special;
  if (obj instanceof PyModule) {
    obj.beforeRead?.(name);
    const v = obj.dict.getStr(name);
    if (v) return vm.incref(v, Cause.Stack);
    // PEP 562: a module's __getattr__ is asked for the names it lacks.
    const hook = obj.dict.getStr('__getattr__');
    if (hook) {
      const key = vm.newStr(name);
      try {
        return yield* call(hook, [key]);
      } finally {
        vm.decref(key, Cause.Stack);
      }
    }
    throw missingAttribute(vm, obj, name);
  }
  if (obj instanceof PyType) {
    for (const t of obj.mro) {
      const v = t.dict.getStr(name);
      if (v) return yield* bindDescriptor(vm, v, null, obj);
    }
    const meta = obj.type.lookup(name);
    if (meta) return yield* bindDescriptor(vm, meta, obj, obj.type);
    // A metaclass's __getattr__ (3.11's EnumType finds members with it).
    const getattr = obj.type.heap ? obj.type.lookup('__getattr__') : null;
    if (getattr instanceof PyFunction) return yield* callGetattr(vm, getattr, obj, name);
    throw missingAttribute(vm, obj, name);
  }
  const type = obj.type;
  const found = type.lookup(name);
  if (found && isDataDescriptor(vm, found)) return yield* bindDescriptor(vm, found, obj, type);
  const dict = instanceDict(obj);
  if (dict) {
    const v = dict.getStr(name);
    if (v) return vm.incref(v, Cause.Stack);
  }
  if (found) return yield* bindDescriptor(vm, found, obj, type);
  // method_getattro: what the method type lacks is the function's attribute (its error too).
  if (obj instanceof PyMethod && type === vm.t.method) return yield* getAttr(vm, obj.func, name);
  const getattr = type.lookup('__getattr__');
  if (getattr instanceof PyFunction) return yield* callGetattr(vm, getattr, obj, name);
  throw missingAttribute(vm, obj, name);
}

/**
 * PyObject_GenericGetAttr, what `object.__getattribute__(obj, name)` does: data descriptors, then the
 * instance's dict, then other class attributes; never the class's `__getattr__`.
 */
export function* genericGetAttr(vm: VM, obj: PyObject, name: string): Native {
  if (obj instanceof PyModule || obj instanceof PyType || obj.type === vm.t.super) return yield* getAttr(vm, obj, name);
  const special = specialAttribute(vm, obj, name);
  if (special) return special;
  const type = obj.type;
  const found = type.lookup(name);
  if (found && isDataDescriptor(vm, found)) return yield* bindDescriptor(vm, found, obj, type);
  const v = instanceDict(obj)?.getStr(name);
  if (v) return vm.incref(v, Cause.Stack);
  if (found) return yield* bindDescriptor(vm, found, obj, type);
  throw missingAttribute(vm, obj, name);
}

/** What a proxy stands for (borrowed), or ReferenceError once it died. */
export function proxyReferent(vm: VM, p: PyWeakref): PyObject {
  if (!p.referent) throw vm.error('ReferenceError', 'weakly-referenced object no longer exists');
  return p.referent;
}

/** Whether obj has a place for a __dict__ (tp_dictoffset, a managed dict), made yet or not. */
function hasInstanceDict(obj: PyObject): boolean {
  if (obj instanceof PyModule || obj instanceof PyFunction || obj instanceof PyExceptionObj) return true;
  return obj.type.heap && !obj.type.slotNames;
}

/**
 * make_dict_from_instance_attributes: an instance's inline values become a dict object of its own (tracked
 * if a value may be), as 3.11/3.12 do when `__dict__` is read and every version when the class changes.
 */
export function separateInstanceDict(vm: VM, obj: PyInstance): void {
  if (!obj.dict || !obj.dict.inline) return;
  obj.dictMaterialized = true;
  obj.dict.inline = false;
  vm.gc.allocated(obj.dict, [...obj.dict.items()].some((e) => mayBeTracked(e.value)), 'freelist');
}

export function instanceDict(obj: PyObject): PyDict | null {
  if (obj instanceof PyInstance) return obj.dict;
  if (obj.subclassDict) return obj.subclassDict as PyDict;
  if (obj instanceof PyWeakref) return obj.dict;
  if (obj instanceof PyFunction) return obj.dict;
  return null;
}

/**
 * LOAD_METHOD: for a plain function found on the class (and not shadowed), pushes the function
 * and self without making a bound method. Returns [method-or-null, self-or-attribute], both owned.
 */
export function* loadMethod(vm: VM, obj: PyObject, name: string): Generator<import('../vm/frame').CallRequest, [PyObject | null, PyObject], PyObject> {
  if (!(obj instanceof PyModule) && !(obj instanceof PyType) && obj.type !== vm.t.super && !getattributeOverride(obj)) {
    const found = obj.type.lookup(name);
    if (found instanceof PyFunction || found instanceof PyMethodDescriptor) {
      const dict = instanceDict(obj);
      if (!dict || !dict.getStr(name)) {
        return [vm.incref(found, Cause.Stack), vm.incref(obj, Cause.Stack)];
      }
    }
  }
  const attr = yield* getAttr(vm, obj, name);
  return [null, attr];
}

/** obj.name = value (value borrowed). */
export function* setAttr(vm: VM, obj: PyObject, name: string, value: PyObject): Native<PyObject | null> {
  if (obj instanceof PyWeakref && obj.proxy) return yield* setAttr(vm, proxyReferent(vm, obj), name, value);
  if (obj instanceof PyType) {
    // A metaclass's own __setattr__ (slot_tp_setattro), as a class's for its instances (enum's EnumType).
    const hook = obj.type.heap ? obj.type.lookup('__setattr__') : null;
    if (hook instanceof PyFunction) {
      const key = vm.newStr(name);
      try {
        vm.decref(yield { callable: hook, args: [obj, key, value], kwargs: null }, Cause.Return);
      } finally {
        vm.decref(key, Cause.Argument);
      }
      return null;
    }
    return yield* typeSetAttr(vm, obj, name, value);
  }
  if (obj instanceof PyModule) {
    setName(vm, obj.dict, name, value);
    return null;
  }
  // A class's own __setattr__ (slot_tp_setattro) decides, before any descriptor.
  const setattr = obj.type.lookup('__setattr__');
  if (setattr instanceof PyFunction) {
    const key = vm.newStr(name);
    try {
      const r = yield { callable: setattr, args: [obj, key, value], kwargs: null };
      vm.decref(r, Cause.Return);
    } finally {
      vm.decref(key, Cause.Argument);
    }
    return null;
  }
  return yield* genericSetAttr(vm, obj, name, value);
}

/**
 * PyObject_GenericSetAttr (object.__setattr__) of an object that is not a class: a data descriptor of its
 * type (a slot member, a property, a descriptor class's __set__, the fields of an exception, __class__),
 * else its __dict__.
 */
export function* genericSetAttr(vm: VM, obj: PyObject, name: string, value: PyObject): Native<PyObject | null> {
  const found = obj.type.lookup(name);
  if (found && found.type === vm.t.getset_descriptor && name === '__weakref__') {
    throw vm.error('AttributeError', `attribute '__weakref__' of '${obj.type.name}' objects is not writable`);
  }
  if (found instanceof PyNativeDescriptor && found.isData) {
    found.descrSet(vm, obj, value);
    return null;
  }
  if (found && found.type === vm.t.property) {
    const fset = (found as PyDescriptorWrapper).slots[1];
    if (!fset || fset === vm.none) throw vm.error('AttributeError', `property '${propertyName(found as PyDescriptorWrapper)}' of '${obj.type.name}' object has no setter`);
    const r = yield { callable: fset, args: [obj, value], kwargs: null };
    vm.decref(r, Cause.Return);
    return null;
  }
  const pythonSet = found ? pythonDescriptorSetter(found, '__set__') : null;
  if (pythonSet) {
    vm.decref(yield { callable: pythonSet, args: [found as PyObject, obj, value], kwargs: null }, Cause.Return);
    return null;
  }
  if (obj instanceof PyExceptionObj && name === 'args') {
    // BaseException_set_args: the exception's args become PySequence_Tuple(value) (the tuple itself for a tuple).
    const tuple = value instanceof PyTuple && value.type === vm.t.tuple
      ? vm.incref(value, Cause.Exception, 'args') as PyTuple
      : vm.newTuple(yield* iterateToArray(vm, value));
    const old = obj.args;
    obj.args = tuple;
    vm.decref(old, Cause.Exception, 'args');
    return null;
  }
  if (obj instanceof PyExceptionObj && (setExceptionField(vm, obj, name, value) || setOsErrorAttribute(vm, obj, name, value) || setImportErrorAttribute(vm, obj, name, value))) return null;
  if (obj instanceof PyFrameObject && setFrameAttribute(vm, obj, name, value)) return null;
  // object's __class__ getset (object_set_class).
  if (name === '__class__') {
    setClass(vm, obj, value);
    return null;
  }
  if (obj instanceof PyInstance) {
    const slots = obj.type.slotNames;
    if (slots && !slots.includes(name)) throw noDictToSet(vm, obj, name);
    if (!obj.dict) obj.dict = vm.newAttributeDict(obj);
    setName(vm, obj.dict, name, value, false, Cause.Attribute, `.${name}`);
    return null;
  }
  if (obj instanceof PyFunction && setFunctionAttribute(vm, obj, name, value)) return null;
  if (obj instanceof PyFunction || (obj instanceof PyWeakref && obj.type.heap)) {
    if (!obj.dict) obj.dict = vm.newDict();
    setName(vm, obj.dict, name, value);
    return null;
  }
  if (isFunctionWrapper(vm, obj) && !found) {
    setName(vm, functionWrapperDict(vm, obj), name, value, false, Cause.Attribute, `.${name}`);
    return null;
  }
  // A file object (_io's types have a tp_dictoffset) keeps its attributes in a dict of its own too.
  if ((obj.type.heap && (!obj.type.slotNames || obj.type.mro.some((t) => t.heap && t.slotNames?.includes(name)))) || obj instanceof PyIOObject) {
    // An instance of a subclass of a built-in type has a __dict__ of its own (slots live there too, unseen).
    if (!obj.subclassDict) obj.subclassDict = vm.newDict();
    setName(vm, obj.subclassDict as PyDict, name, value, false, Cause.Attribute, `.${name}`);
    return null;
  }
  if (found) throw vm.error('AttributeError', `'${obj.type.name}' object attribute '${name}' is read-only`);
  throw noDictToSet(vm, obj, name);
}

/**
 * Setting or deleting a new attribute on an object without a __dict__ (_PyObject_GenericSetAttrWithDict):
 * 3.13 says so and keeps the name and object for "Did you mean"; earlier versions only "has no attribute".
 */
function noDictToSet(vm: VM, obj: PyObject, name: string): PyError {
  if (!vm.options.version.setattrNoDictMessage) return vm.error('AttributeError', `'${obj.type.name}' object has no attribute '${name}'`);
  const err = vm.error('AttributeError', `'${obj.type.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  addAttributeErrorContext(vm, err, obj, name);
  return err;
}

export function* delAttr(vm: VM, obj: PyObject, name: string): Native<PyObject | null> {
  if (obj instanceof PyWeakref && obj.proxy) return yield* delAttr(vm, proxyReferent(vm, obj), name);
  // A class's own __delattr__ (slot_tp_setattro with a NULL value) decides, before any descriptor.
  // A metaclass's __delattr__ too (EnumType's); a built-in type's own does not apply to a class.
  const delattr = obj instanceof PyModule || (obj instanceof PyType && !obj.type.heap) ? null : obj.type.lookup('__delattr__');
  if (delattr instanceof PyFunction) {
    const key = vm.newStr(name);
    try {
      vm.decref(yield { callable: delattr, args: [obj, key], kwargs: null }, Cause.Return);
    } finally {
      vm.decref(key, Cause.Argument);
    }
    return null;
  }
  return yield* genericDelAttr(vm, obj, name);
}

/** PyObject_GenericSetAttr with a NULL value (object.__delattr__): a data descriptor's delete, else the __dict__ entry. */
export function* genericDelAttr(vm: VM, obj: PyObject, name: string): Native<PyObject | null> {
  if (name === '__class__' && !(obj instanceof PyType)) setClass(vm, obj, null);
  const found = obj.type.lookup(name);
  if (found instanceof PyNativeDescriptor && found.isData && !(obj instanceof PyType)) {
    found.descrSet(vm, obj, null);
    return null;
  }
  if (found && found.type === vm.t.property) {
    const fdel = (found as PyDescriptorWrapper).slots[2];
    if (!fdel || fdel === vm.none) throw vm.error('AttributeError', `property '${propertyName(found as PyDescriptorWrapper)}' of '${obj.type.name}' object has no deleter`);
    const r = yield { callable: fdel, args: [obj], kwargs: null };
    vm.decref(r, Cause.Return);
    return null;
  }
  const pythonDelete = found && !(obj instanceof PyType) ? pythonDescriptorSetter(found, '__delete__') : null;
  if (pythonDelete) {
    vm.decref(yield { callable: pythonDelete, args: [found as PyObject, obj], kwargs: null }, Cause.Return);
    return null;
  }
  if (obj instanceof PyExceptionObj && (setExceptionField(vm, obj, name, null) || setOsErrorAttribute(vm, obj, name, null) || setImportErrorAttribute(vm, obj, name, null))) return null;
  if (obj instanceof PyFrameObject && setFrameAttribute(vm, obj, name, null)) return null;
  if (obj instanceof PyType && obj.heap && name === '__bases__') setBases(vm, obj, null);
  const dict = obj instanceof PyType ? (obj.heap ? obj.dict : null) : obj instanceof PyModule ? obj.dict : instanceDict(obj);
  if (dict && delName(vm, dict, name)) return null;
  if (!dict && !(obj instanceof PyType) && !found && !hasInstanceDict(obj)) throw noDictToSet(vm, obj, name);
  throw attributeError(vm, obj, name);
}

/**
 * type.__setattr__ (type_setattro): a property of the metaclass first (EnumType's __members__), then the
 * class's dict; a built-in type is immutable.
 */
export function* typeSetAttr(vm: VM, cls: PyType, name: string, value: PyObject): Native<PyObject | null> {
  if (!cls.heap) throw vm.error('TypeError', `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  const found = cls.type.heap ? cls.type.lookup(name) : null;
  if (found && found.type === vm.t.property) {
    const fset = (found as PyDescriptorWrapper).slots[1];
    if (!fset || fset === vm.none) throw vm.error('AttributeError', `property '${propertyName(found as PyDescriptorWrapper)}' of '${cls.type.name}' object has no setter`);
    vm.decref(yield { callable: fset, args: [cls, value], kwargs: null }, Cause.Return);
    return null;
  }
  if (name === '__bases__') {
    setBases(vm, cls, value);
    return null;
  }
  // type_set_name / type_set_qualname: fields of the type, not entries of its dict.
  if (name === '__name__' || name === '__qualname__') {
    if (!(value instanceof PyStr)) throw vm.error('TypeError', `can only assign string to ${cls.name}.${name}, not '${value.type.name}'`);
    if (name === '__name__') cls.name = value.value;
    else cls.qualname = value.value;
    return null;
  }
  setName(vm, cls.dict, name, value);
  // type_set_module: the class's repr reads it.
  if (name === '__module__' && value instanceof PyStr) cls.module = value.value;
  return null;
}

/** type.__delattr__: the name out of the class's dict (a metaclass's property deleter first). */
export function* typeDelAttr(vm: VM, cls: PyType, name: string): Native<PyObject | null> {
  if (!cls.heap) throw vm.error('TypeError', `cannot delete '${name}' attribute of immutable type '${cls.name}'`);
  const found = cls.type.heap ? cls.type.lookup(name) : null;
  if (found && found.type === vm.t.property) {
    const fdel = (found as PyDescriptorWrapper).slots[2];
    if (!fdel || fdel === vm.none) throw vm.error('AttributeError', `property '${propertyName(found as PyDescriptorWrapper)}' of '${cls.type.name}' object has no deleter`);
    vm.decref(yield { callable: fdel, args: [cls], kwargs: null }, Cause.Return);
    return null;
  }
  if (name === '__bases__') setBases(vm, cls, null);
  if (!delName(vm, cls.dict, name)) throw attributeError(vm, cls, name);
  return null;
}

/** Attributes computed from an object's fields rather than stored in a dict. */
function specialAttribute(vm: VM, obj: PyObject, name: string): PyObject | null {
  if (name === '__class__') return vm.incref(obj.type, Cause.Stack);
  const field = structSequenceAttribute(vm, obj, name);
  if (field) return field;
  if (obj instanceof PyWeakref) {
    if (name === '__callback__' && !obj.proxy) return vm.incref(obj.callback ?? vm.none, Cause.Stack);
    if (obj.proxy) return null;
  }
  if (obj instanceof PyCoroutine) {
    switch (name) {
      case 'cr_frame': return obj.frame ? vm.incref(vm.frameObjectOf(obj.frame), Cause.Stack) : vm.newNone();
      case 'cr_running': return vm.newBool(obj.running);
      case 'cr_suspended': return vm.newBool(obj.frame !== null && obj.frame.pc > 0 && !obj.running);
      case 'cr_await': return vm.incref(awaitedBy(obj) ?? vm.none, Cause.Stack);
      case 'cr_code': return vm.incref(obj.code ?? obj.frame?.code ?? vm.none, Cause.Stack);
      // sys.set_coroutine_origin_tracking_depth is not modelled: the origin is never recorded.
      case 'cr_origin': return vm.newNone();
      case '__name__': return vm.newStr(obj.name);
      case '__qualname__': return vm.newStr(obj.qualname);
    }
  }
  if (obj instanceof PyAsyncGenerator) {
    // async_gen_getsetlist / async_gen_memberlist: the ag_ names (ag_running is ag_running_async).
    switch (name) {
      case 'ag_frame': return obj.frame ? vm.incref(vm.frameObjectOf(obj.frame), Cause.Stack) : vm.newNone();
      case 'ag_running': return vm.newBool(obj.runningAsync);
      case 'ag_await': return vm.incref(awaitedBy(obj) ?? vm.none, Cause.Stack);
      case 'ag_code': return vm.incref(obj.code ?? obj.frame?.code ?? vm.none, Cause.Stack);
      case '__name__': return vm.newStr(obj.name);
      case '__qualname__': return vm.newStr(obj.qualname);
    }
    return null;
  }
  if (obj instanceof PyGenerator) {
    if (name === 'gi_frame') return obj.frame ? vm.incref(vm.frameObjectOf(obj.frame), Cause.Stack) : vm.newNone();
    if (name === 'gi_running') return vm.newBool(obj.running);
    if (name === 'gi_suspended') return vm.newBool(obj.frame !== null && obj.frame.pc > 0 && !obj.running);
    if (name === 'gi_yieldfrom') return vm.incref(awaitedBy(obj) ?? vm.none, Cause.Stack);
    if (name === 'gi_code') return vm.incref(obj.code ?? obj.frame?.code ?? vm.none, Cause.Stack);
    if (name === '__name__') return vm.newStr(obj.name);
    if (name === '__qualname__') return vm.newStr(obj.qualname);
  }
  if (name === '__weakref__' && obj.type.heap && !(obj instanceof PyType) && supportsWeakrefs(obj)) {
    // The head of the object's weak reference list (the basic ref when there is one).
    return vm.incref(obj.weakrefs?.[0] ?? vm.none, Cause.Stack);
  }
  if (name === '__dict__') {
    if (obj instanceof PyInstance && obj.type.slotNames) throw vm.error('AttributeError', `'${obj.type.name}' object has no attribute '__dict__'`);
    if (obj instanceof PyInstance || obj instanceof PyFunction) {
      if (!obj.dict) obj.dict = obj instanceof PyInstance ? vm.newAttributeDict(obj) : vm.newDict();
      if (obj instanceof PyInstance && vm.options.version.materializedDictIsSeparate) separateInstanceDict(vm, obj);
      // The dict object is made now (its memory; before, the values were in the instance's own array).
      vm.place(obj.dict);
      return vm.incref(obj.dict, Cause.Stack);
    }
    if (obj instanceof PyModule) return vm.incref(obj.dict, Cause.Stack);
    if (isFunctionWrapper(vm, obj)) return vm.incref(functionWrapperDict(vm, obj), Cause.Stack);
    if ((obj.type.heap && !(obj instanceof PyType) && !obj.type.slotNames) || obj instanceof PyIOObject) {
      if (!obj.subclassDict) obj.subclassDict = vm.newDict();
      return vm.incref(obj.subclassDict, Cause.Stack);
    }
  }
  if (obj instanceof PyType) {
    switch (name) {
      case '__dict__':
        // A read-only view of the class namespace (mappingproxy), holding the dict.
        return vm.track(new PyCompositeIter(vm.t.mappingproxy, [vm.incref(obj.dict, Cause.Iterator)]));
      case '__name__':
        return vm.newStr(obj.heap && !obj.standsForCType ? obj.name : obj.name.slice(obj.name.lastIndexOf(".") + 1));
      case '__qualname__':
        return vm.newStr(obj.qualname);
      case '__mro__':
        return vm.newTuple(obj.mro.map((t) => vm.incref(t, Cause.Slot)));
      case '__bases__':
        return vm.newTuple(obj.bases.map((t) => vm.incref(t, Cause.Slot)));
      case '__base__':
        // tp_base: the best base `__bases__ = ...` chose, else the first.
        return vm.incref(obj.baseRef ?? obj.bases[0] ?? vm.none, Cause.Stack);
      case '__module__':
        // A C type's module: the part of its tp_name before the last dot ('_thread.lock'), else builtins.
        if (!obj.heap) return vm.newStr(obj.module);
        return null;
      case '__doc__':
        if (!obj.heap || !obj.dict.getStr('__doc__')) return vm.newNone();
        return null;
      case '__text_signature__':
        // type_get_text_signature: a class statement's has none in its __doc__ (a built-in's: textSignatureOfBuiltin).
        return obj.heap ? vm.newNone() : textSignatureOfBuiltin(vm, obj.name);
    }
    return null;
  }
  if (obj instanceof PyFunction) {
    switch (name) {
      case '__name__':
        return vm.incref(obj.name, Cause.Stack);
      case '__qualname__':
        return vm.incref(obj.qualname, Cause.Stack);
      case '__code__':
        return vm.incref(obj.code, Cause.Stack);
      case '__defaults__':
        return vm.incref(obj.defaults ?? vm.none, Cause.Stack);
      case '__kwdefaults__':
        return vm.incref(obj.kwdefaults ?? vm.none, Cause.Stack);
      case '__closure__':
        return vm.incref(obj.closure ?? vm.none, Cause.Stack);
      case '__annotations__':
        return functionAnnotations(vm, obj);
      case '__globals__':
        return vm.incref(obj.globals, Cause.Stack);
      case '__module__': {
        const m = obj.module ?? obj.globals.getStr('__name__');
        return vm.incref(m ?? vm.none, Cause.Stack);
      }
      case '__doc__': {
        if (obj.doc) return vm.incref(obj.doc, Cause.Stack);
        const doc = obj.code.consts[0];
        return vm.incref(doc instanceof PyStr ? doc : vm.none, Cause.Stack);
      }
    }
    return null;
  }
  // classmethod and staticmethod objects: the function they wrap (cm_callable / sm_callable).
  if (obj instanceof PyDescriptorWrapper && (obj.type === vm.t.classmethod || obj.type === vm.t.staticmethod) && name === '__func__') {
    return vm.incref(obj.slots[0] ?? vm.none, Cause.Stack);
  }
  // property's fget, fset and fdel (None when not given).
  if (obj instanceof PyDescriptorWrapper && obj.type === vm.t.property && (name === 'fget' || name === 'fset' || name === 'fdel')) {
    return vm.incref(obj.slots[name === 'fget' ? 0 : name === 'fset' ? 1 : 2] ?? vm.none, Cause.Stack);
  }
  // property, classmethod, staticmethod: abstract when a function they wrap is (abc.abstractmethod under them).
  if (name === '__isabstractmethod__' && obj instanceof PyDescriptorWrapper && (obj.type === vm.t.property || obj.type === vm.t.classmethod || obj.type === vm.t.staticmethod)) {
    return vm.newBool(isAbstract(vm, obj));
  }
  if (obj instanceof PyMethod) {
    if (name === '__self__') return vm.incref(obj.self, Cause.Stack);
    if (name === '__func__') return vm.incref(obj.func, Cause.Stack);
    if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__module__') {
      return specialAttribute(vm, obj.func, name);
    }
    return null;
  }
  if (obj instanceof PyBuiltin) {
    if (name === '__name__') return vm.newStr(obj.name);
    if (name === '__text_signature__') return textSignatureOfBuiltin(vm, obj.name);
    if (name === '__self__') return vm.incref(obj.self ?? obj.ownerModule ?? vm.none, Cause.Stack);
    if (name === '__qualname__') return vm.newStr(obj.owner ? `${obj.owner}.${obj.name}` : obj.name);
    if (name === '__module__') return obj.module && !obj.owner ? vm.newStr(obj.module) : vm.newNone();
    return null;
  }
  // A __slots__ member descriptor's getsets (descrobject.c descr_members, member_getset).
  if (obj instanceof PySlotMember) {
    if (name === '__name__') return vm.newStr(obj.name);
    if (name === '__qualname__') return vm.newStr(`${obj.owner?.qualname ?? '?'}.${obj.name}`);
    if (name === '__objclass__') return vm.incref(obj.owner ?? vm.none, Cause.Stack);
    if (name === '__doc__') return vm.newNone();
    return null;
  }
  if (obj instanceof PyMethodDescriptor) {
    if (name === '__name__') return vm.newStr(obj.name);
    if (name === '__text_signature__') return textSignatureOfBuiltin(vm, obj.name);
    if (name === '__qualname__') return vm.newStr(`${obj.owner.name}.${obj.name}`);
    if (name === '__module__') return vm.newNone();
    return null;
  }
  if (obj instanceof PyExceptionObj) {
    if ((name === 'name' || name === 'obj') && obj.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) {
      return vm.incref((name === 'name' ? obj.attributeName : obj.attributeObject) ?? vm.none, Cause.Stack);
    }
    // NameError.name: the missing name (3.10+), None for an UnboundLocalError or a NameError made by hand.
    if (name === 'name' && obj.type.isSubtypeOf(vm.exc.get('NameError') as PyType)) return vm.incref(obj.attributeName ?? vm.none, Cause.Stack);
    if (isSyntaxError(vm, obj)) {
      const v = syntaxErrorAttribute(vm, obj, name);
      if (v) return v;
    }
    const unicodeField = unicodeErrorAttribute(vm, obj, name);
    if (unicodeField) return unicodeField;
    const osField = osErrorAttribute(vm, obj, name);
    if (osField) return osField;
    const importField = importErrorAttribute(vm, obj, name);
    if (importField) return importField;
    if (obj instanceof PyExceptionGroupObj) {
      const groupField = exceptionGroupAttribute(vm, obj, name);
      if (groupField) return groupField;
    }
    switch (name) {
      case 'args':
        return vm.incref(obj.args, Cause.Stack);
      case '__traceback__':
        return vm.incref(obj.traceback ?? vm.none, Cause.Stack);
      case '__context__':
        return vm.incref(obj.context ?? vm.none, Cause.Stack);
      case '__cause__':
        return vm.incref(obj.cause ?? vm.none, Cause.Stack);
      case '__suppress_context__':
        return vm.newBool(obj.suppressContext);
      case 'value':
      case 'code':
        // StopIteration.value, SystemExit.code: the field their __init__ set.
        return initField(vm, obj.type) === name ? vm.incref(initValueOf(vm, obj), Cause.Stack) : null;
    }
    return null;
  }
  if (obj instanceof PyCode) {
    const u = obj.unit;
    switch (name) {
      case 'co_name':
        return vm.newStr(u.name);
      case 'co_qualname':
        return vm.newStr(u.qualname);
      case 'co_filename':
        return vm.newStr(u.filename);
      case 'co_firstlineno':
        return vm.newInt(u.firstLine);
      case 'co_argcount':
        return vm.newInt(u.argcount);
      case 'co_posonlyargcount':
        return vm.newInt(u.posonlyargcount);
      case 'co_kwonlyargcount':
        return vm.newInt(u.kwonlyargcount);
      case 'co_nlocals':
        return vm.newInt(codeVarnames(u).length);
      case 'co_flags':
        return vm.newInt(u.flags);
      case 'co_names':
        return vm.newTuple(obj.names.map((n) => vm.incref(n, Cause.Slot)));
      case 'co_varnames':
        return vm.newTuple(codeVarnames(u).map((n) => vm.newStr(n)));
      case 'co_freevars':
        return vm.newTuple(u.freevars.map((n) => vm.newStr(n)));
      case 'co_cellvars':
        return vm.newTuple(u.cellvars.map((n) => vm.newStr(n)));
      case 'co_consts':
        return vm.newTuple(obj.consts.map((c) => vm.incref(c, Cause.Slot)));
    }
    return null;
  }
  if (obj instanceof PyCell && name === 'cell_contents') {
    if (!obj.contents) throw vm.error('ValueError', 'Cell is empty');
    return vm.incref(obj.contents, Cause.Stack);
  }
  if (obj instanceof PyTraceback) {
    if (name === 'tb_next') return vm.incref(obj.next ?? vm.none, Cause.Stack);
    if (name === 'tb_frame') return vm.incref(obj.frame, Cause.Stack);
    if (name === 'tb_lineno') return vm.newInt(obj.line);
    return null;
  }
  if (obj instanceof PyFrameObject) return frameAttribute(vm, obj, name);
  if (obj instanceof PySlice) {
    if (name === 'start') return vm.incref(obj.start, Cause.Stack);
    if (name === 'stop') return vm.incref(obj.stop, Cause.Stack);
    if (name === 'step') return vm.incref(obj.step, Cause.Stack);
  }
  if (obj instanceof PyRange) {
    if (name === 'start') return vm.newInt(obj.start);
    if (name === 'stop') return vm.newInt(obj.stop);
    if (name === 'step') return vm.newInt(obj.step);
  }
  if (obj instanceof PyInt) {
    // int_int: an exact int is its own real part; a bool's (or a subclass's) is a new int.
    if (name === 'real' || name === 'numerator') return obj.type === vm.t.int ? vm.incref(obj, Cause.Stack) : vm.newInt(obj.value);
    if (name === 'imag') return vm.newInt(0n);
    if (name === 'denominator') return vm.newInt(1n);
  }
  if (obj instanceof PyFloat) {
    if (name === 'real') return obj.type === vm.t.float ? vm.incref(obj, Cause.Stack) : vm.newFloat(obj.value);
    if (name === 'imag') return vm.newFloat(0);
  }
  if (obj instanceof PyComplex) {
    if (name === 'real') return vm.newFloat(obj.real);
    if (name === 'imag') return vm.newFloat(obj.imag);
  }
  if (obj instanceof PyNativeObject) return obj.nativeAttribute(vm, name);
  return null;
}

/**
 * co_varnames: the parameters, then the other locals that are not cells (a local that an inner
 * function uses is only in co_cellvars, unless it is a parameter).
 */
function codeVarnames(u: CodeUnit): string[] {
  const params = u.argcount + u.kwonlyargcount + (u.flags & CodeFlags.varargs ? 1 : 0) + (u.flags & CodeFlags.varkeywords ? 1 : 0);
  return u.varnames.filter((name, i) => i < params || !u.cellvars.includes(name));
}

/**
 * _PyObject_IsAbstract for what abstract methods are made of: a function whose __isabstractmethod__ is
 * true, or a property, classmethod or staticmethod over one (property_getisabstractmethod checks fget,
 * fset and fdel; cm_get___isabstractmethod__ the callable).
 */
function isAbstract(vm: VM, o: PyObject): boolean {
  if (o instanceof PyDescriptorWrapper && (o.type === vm.t.property || o.type === vm.t.classmethod || o.type === vm.t.staticmethod)) {
    const wrapped = o.type === vm.t.property ? o.slots.slice(0, 3) : o.slots.slice(0, 1);
    return wrapped.some((w) => w !== null && isAbstract(vm, w));
  }
  const flag = instanceDict(o)?.getStr('__isabstractmethod__');
  return flag ? builtinTruth(vm, flag) === true : false;
}

/**
 * A class's own `__getattribute__` written in Python (slot_tp_getattr_hook, Objects/typeobject.c, is then
 * the type's tp_getattro): it decides every attribute read of an instance, `__class__` and `__dict__`
 * included; null for object's generic lookup.
 */
function getattributeOverride(obj: PyObject): PyFunction | null {
  if (!obj.type.heap || obj instanceof PyModule || obj instanceof PyType) return null;
  const hook = obj.type.lookup('__getattribute__');
  return hook instanceof PyFunction ? hook : null;
}

/** slot_tp_getattr_hook: `__getattribute__(obj, name)`, and on AttributeError the class's `__getattr__`. */
function* callGetattributeOverride(vm: VM, hook: PyFunction, obj: PyObject, name: string): Native {
  const key = vm.newStr(name);
  try {
    return yield* callAttributeHook(vm, hook, obj, key);
  } catch (e) {
    const getattr = obj.type.lookup('__getattr__');
    if (!(getattr instanceof PyFunction) || !(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) throw e;
    vm.decref(e.exc, Cause.Exception);
    return yield* callGetattr(vm, getattr, obj, name);
  } finally {
    vm.decref(key, Cause.Argument);
  }
}

/** slot_tp_getattr_hook's fallback: the class's `__getattr__(obj, name)`, with the name as a new str. */
function* callGetattr(vm: VM, getattr: PyFunction, obj: PyObject, name: string): Native {
  const key = vm.newStr(name);
  try {
    return yield* callAttributeHook(vm, getattr, obj, key);
  } finally {
    vm.decref(key, Cause.Argument);
  }
}

/** call_attribute (Objects/typeobject.c): hook(obj, key), through a bound method under 3.11. */
function* callAttributeHook(vm: VM, hook: PyFunction, obj: PyObject, key: PyObject): Native {
  if (!vm.options.version.attributeHookBindsMethod) return yield { callable: hook, args: [obj, key], kwargs: null };
  vm.incref(hook, Cause.Method, '__func__');
  vm.incref(obj, Cause.Method, '__self__');
  const bound = vm.track(new PyMethod(vm.t.method, hook, obj));
  try {
    return yield { callable: bound, args: [key], kwargs: null };
  } finally {
    vm.decref(bound, Cause.Stack);
  }
}
