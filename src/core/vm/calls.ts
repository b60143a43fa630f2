// Calling: binding arguments into a new frame (CPython's initialize_locals), calling
// built-ins and classes. `steal` says whether the caller hands over its references to the
// arguments (a Python-to-Python CALL since 3.11) or lends them (calls made from C code).

import { missingProtocol } from '../runtime/cpython-names';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyFunction, PyMethod, PyBuiltin, PyMethodDescriptor } from '../objects/callables';
import { PyTuple, PyList, PySet } from '../objects/containers';
import type { PyDict } from '../objects/dict';
import { PyGenerator, PyCoroutine } from '../objects/iterators';
import { PyAsyncGenerator } from '../objects/async-generators';
import { PyStr, PyInt, PyFloat, PyComplex, PyBytes } from '../objects/atoms';
import type { VM, CallOutcome } from './vm';
import { Frame, type Native } from './frame';
import { PyError } from './errors';
import { CodeFlags } from '../compile/bytecode';
import { dictSet } from '../runtime/dicts';
import { builtinFunctionKeywordError, builtinMethodKeywordError, builtinTypeKeywordError } from '../builtins/keyword-arguments';
import { checkSlotArguments } from '../builtins/slot-defs';
import { builtinMethodArityError } from '../builtins/method-arity';
import { Cause } from '../trace/events';
import { checkNotAbstract } from '../runtime/abstract-classes';
import { keywordKey } from './keyword-keys';
import { bestMatch } from '../runtime/suggestions';

export function isNative(r: unknown): r is Native<PyObject | null> {
  return typeof r === 'object' && r !== null && typeof (r as { next?: unknown }).next === 'function' && typeof (r as { throw?: unknown }).throw === 'function';
}

/** Constructors of built-in types, registered by the builtins files. */
export const constructors = new WeakMap<PyType, (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, type: PyType) => PyObject | Native<PyObject | null>>();

export function invoke(vm: VM, callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, steal: boolean, locals: PyDict | null): CallOutcome {
  if (callable instanceof PyFunction) {
    const started = functionFrame(vm, callable, args, kwargs, steal, locals);
    return started instanceof Frame ? { frame: started } : { value: started };
  }
  if (steal) {
    // Native callees borrow; the caller's references are released once the call is over, also when it
    // raises at once (hash([]), a wrong argument count): the arguments are not left behind.
    const release = () => {
      for (const a of args) vm.decref(a, Cause.Argument);
      if (kwargs) for (const v of kwargs.values()) vm.decref(v, Cause.Argument);
      vm.decref(callable, Cause.Stack);
    };
    let out: CallOutcome;
    try {
      out = invoke(vm, callable, args, kwargs, false, locals);
    } catch (e) {
      release();
      throw e;
    }
    return wrapAfter(vm, out, release);
  }
  if (callable instanceof PyMethod) return invoke(vm, callable.func, [callable.self, ...args], kwargs, false, null);
  let result: PyObject | Native<PyObject | null>;
  let name: string;
  if (callable instanceof PyBuiltin || callable instanceof PyMethodDescriptor) {
    result = callBuiltin(vm, callable, args, kwargs);
    name = callable.name;
  } else if (callable instanceof PyType) {
    // A metaclass written in Python may define __call__ (slot_tp_call): calling the class runs it.
    if (callable.type.heap) {
      const call = callable.type.lookup('__call__');
      if (call && call !== vm.t.type.dict.getStr('__call__')) return invoke(vm, call, [callable, ...args], kwargs, false, null);
    }
    if (kwargs && kwargs.size > 0 && !callable.heap) {
      const refused = builtinTypeKeywordError(vm, callable.name);
      if (refused) throw refused;
    }
    result = callTypeObject(vm, callable, args, kwargs);
    name = callable.name;
  } else if (callable instanceof PyGenerator) {
    throw new Error('internal: generator resumed through invoke');
  } else {
    const call = callable.type.lookup('__call__');
    if (!call) throw missingProtocol(vm, callable.type, '__call__', vm.error('TypeError', `'${callable.type.name}' object is not callable`));
    return invoke(vm, call, [callable, ...args], kwargs, false, null);
  }
  if (isNative(result)) return { native: result, name };
  return { value: result as PyObject };
}

/**
 * Calls a built-in function, or a method descriptor with its object first in `args` (the arguments
 * borrowed): keywords refused where CPython's METH_ flags refuse them, the descriptor's object checked.
 */
function callBuiltin(vm: VM, callable: PyBuiltin | PyMethodDescriptor, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | Native<PyObject | null> {
  if (callable instanceof PyBuiltin) {
    // A method-wrapper: wrapper_call runs the slot's wrapper function on its own object.
    if (callable.boundSlot) {
      checkSlotArguments(vm, callable.name, args, kwargs);
      return callable.impl(args, kwargs, callable.self) as PyObject | Native<PyObject | null>;
    }
    if (kwargs && kwargs.size > 0) {
      const refused = callable.owner && callable.self
        ? builtinMethodKeywordError(vm, callable.owner, callable.name)
        : callable.module === 'builtins' ? builtinFunctionKeywordError(vm, callable.name) : null;
      if (refused) throw refused;
    }
    if (callable.owner && callable.self) {
      const wrongCount = builtinMethodArityError(vm, callable.owner, callable.name, args.length);
      if (wrongCount) throw wrongCount;
    }
    return callable.impl(args, kwargs, callable.self) as PyObject | Native<PyObject | null>;
  }
  if (callable.type === vm.t.wrapper_descriptor) return callSlotWrapper(vm, callable, args, kwargs);
  if (args.length === 0) throw vm.error('TypeError', `unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
  if (!args[0].type.isSubtypeOf(callable.owner)) {
    throw vm.error('TypeError', `descriptor '${callable.name}' for '${callable.owner.name}' objects doesn't apply to a '${args[0].type.name}' object`);
  }
  if (kwargs && kwargs.size > 0) {
    const refused = builtinMethodKeywordError(vm, callable.owner.name, callable.name);
    if (refused) throw refused;
  }
  const wrongCount = builtinMethodArityError(vm, callable.owner.name, callable.name, args.length - 1);
  if (wrongCount) throw wrongCount;
  return callable.impl(args.slice(1), kwargs, args[0]) as PyObject | Native<PyObject | null>;
}

/** A slot wrapper called with its object first (descrobject.c wrapperdescr_call). */
function callSlotWrapper(vm: VM, callable: PyMethodDescriptor, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | Native<PyObject | null> {
  const { name, owner } = callable;
  if (args.length === 0) throw vm.error('TypeError', `descriptor '${name}' of '${owner.name}' object needs an argument`);
  if (!args[0].type.isSubtypeOf(owner)) throw vm.error('TypeError', `descriptor '${name}' requires a '${owner.name}' object but received a '${args[0].type.name}'`);
  const rest = args.slice(1);
  checkSlotArguments(vm, name, rest, kwargs);
  return callable.impl(rest, kwargs, args[0]) as PyObject | Native<PyObject | null>;
}

/**
 * CALL of a built-in function, or of a method descriptor with its object first in `args`, without
 * keywords: what a stealing invoke does (the arguments, then the callable, released once the call is
 * over, also when it raises at once), without the closures and the outcome it makes. The result goes
 * onto the caller's stack (at once, or once the native code finishes).
 */
export function callBuiltinStealing(vm: VM, callable: PyBuiltin | PyMethodDescriptor, args: PyObject[], caller: Frame): void {
  let result: PyObject | Native<PyObject | null>;
  try {
    result = callBuiltin(vm, callable, args, null);
  } catch (e) {
    releaseCall(vm, callable, args);
    throw e;
  }
  if (isNative(result)) {
    vm.runNative(thenRun(result, () => releaseCall(vm, callable, args)), (v) => caller.stack.push(v ?? vm.newNone()), callable.name);
    return;
  }
  releaseCall(vm, callable, args);
  caller.stack.push(result);
}

/**
 * Runs `inner`, then `after` however it ends. Native code is written as module-level generator functions:
 * a generator function made per call (a closure) gets its own prototype and object map on its first call,
 * which V8 makes in the old generation, where they keep the young objects they point to alive until a full
 * collection (on `P()` or `list()` in a loop: a fifth of what the run allocated was promoted).
 */
function* thenRun(inner: Native<PyObject | null>, after: () => void): Native<PyObject | null> {
  try {
    return yield* inner;
  } finally {
    after();
  }
}

function wrapAfter(vm: VM, out: CallOutcome, after: () => void): CallOutcome {
  if ('value' in out) {
    after();
    return out;
  }
  if ('frame' in out) {
    // A Python frame borrowed the arguments (it took its own references): release ours on return.
    const frame = out.frame;
    const previous = frame.onReturn;
    frame.releaseAfter = after;
    void previous;
    return out;
  }
  if ('native' in out) return { native: thenRun(out.native, after), name: out.name };
  return out;
}

/** A frame ready to run, or, for a generator function, the new generator holding that frame. */
function functionFrame(vm: VM, func: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null, steal: boolean, locals: PyDict | null): Frame | PyGenerator {
  if (vm.depth >= vm.recursionLimit) {
    if (steal) {
      for (const a of args) vm.decref(a, Cause.Argument);
      if (kwargs) for (const v of kwargs.values()) vm.decref(v, Cause.Argument);
      vm.decref(func, Cause.Stack);
    }
    throw vm.error('RecursionError', 'maximum recursion depth exceeded');
  }
  if (!steal) vm.incref(func, Cause.Frame, 'f_func');
  const frame = new Frame(func.code, func, func.globals, vm.builtins, locals);
  vm.incref(func.code, Cause.Frame, 'f_code');
  if (locals) vm.incref(locals, Cause.Frame, 'f_locals');
  const unit = func.code.unit;
  if (!kwargs && args.length === unit.argcount && unit.kwonlyargcount === 0 && !(unit.flags & (CodeFlags.varargs | CodeFlags.varkeywords))) {
    // The common case: exactly the positional parameters, nothing to match by name.
    const fast = frame.fast;
    for (let i = 0; i < args.length; i++) fast[i] = steal ? args[i] : vm.incref(args[i], Cause.Local, unit.varnames[i]);
  } else try {
    bindArguments(vm, frame, func, args, kwargs, steal);
  } catch (e) {
    if (e instanceof PyError) vm.releaseFrame(frame, false);
    throw e;
  }
  if (func.code.unit.flags & (CodeFlags.generator | CodeFlags.coroutine | CodeFlags.asyncGenerator)) {
    // The frame is suspended inside a new generator (or coroutine) object until next() (send(), await) resumes it.
    const flags = func.code.unit.flags;
    const gen = vm.track(flags & CodeFlags.coroutine
      ? new PyCoroutine(vm.t.coroutine, frame, func.name.value, func.qualname.value)
      : flags & CodeFlags.asyncGenerator
        ? new PyAsyncGenerator(vm.t.async_generator, frame, func.name.value, func.qualname.value)
        : new PyGenerator(vm.t.generator, frame, func.name.value, func.qualname.value));
    if (vm.options.version.generatorHoldsCode) gen.code = vm.incref(func.code, Cause.Frame, 'gi_code');
    frame.generator = gen;
    return gen;
  }
  return frame;
}

/** Binds arguments to parameters; on error the caller's references are released. */
function bindArguments(vm: VM, frame: Frame, func: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null, steal: boolean): void {
  const unit = func.code.unit;
  const fast = frame.fast;
  const take = (o: PyObject, name: string): PyObject => (steal ? o : vm.incref(o, Cause.Local, name));
  const argcount = unit.argcount;
  const kwonly = unit.kwonlyargcount;
  const hasVarargs = (unit.flags & CodeFlags.varargs) !== 0;
  const hasVarkw = (unit.flags & CodeFlags.varkeywords) !== 0;
  const qual = func.qualname.value;
  const n = Math.min(args.length, argcount);
  const release = () => {
    if (!steal) return;
    for (let i = n; i < args.length; i++) vm.decref(args[i], Cause.Argument);
    if (kwargs) for (const v of kwargs.values()) vm.decref(v, Cause.Argument);
  };
  for (let i = 0; i < n; i++) fast[i] = take(args[i], unit.varnames[i]);
  let kwDict: PyDict | null = null;
  if (hasVarkw) kwDict = vm.newDict();
  if (hasVarargs) {
    const extra = args.slice(n).map((a) => take(a, '*args'));
    fast[argcount + kwonly] = vm.newTuple(extra);
  } else if (args.length > argcount) {
    release();
    const given = args.length;
    const defaults = func.defaults ? func.defaults.items.length : 0;
    const kwGiven = kwargs ? [...kwargs.keys()].filter((k) => unit.varnames.slice(argcount, argcount + kwonly).includes(k)).length : 0;
    const takes = defaults ? `from ${argcount - defaults} to ${argcount}` : `${argcount}`;
    const plural = defaults ? 's' : argcount === 1 ? '' : 's';
    const kwNote = kwGiven
      ? ` positional argument${given === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
      : ` ${given === 1 ? 'was' : 'were'} given`;
    throw vm.error('TypeError', `${qual}() takes ${takes} positional argument${plural} but ${given}${kwNote}`);
  }
  if (kwDict) fast[argcount + kwonly + (hasVarargs ? 1 : 0)] = kwDict;
  if (kwargs && !kwDict) {
    const posonly = [...kwargs.keys()].filter((k) => unit.varnames.indexOf(k) >= 0 && unit.varnames.indexOf(k) < unit.posonlyargcount);
    if (posonly.length) {
      release();
      throw vm.error('TypeError', `${qual}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
    }
  }
  if (kwargs) {
    for (const [name, value] of kwargs) {
      const idx = unit.varnames.indexOf(name);
      if (idx >= unit.posonlyargcount && idx < argcount + kwonly && idx >= 0) {
        if (fast[idx]) {
          release();
          throw vm.error('TypeError', `${qual}() got multiple values for argument '${name}'`);
        }
        fast[idx] = take(value, name);
      } else if (kwDict) {
        const key = keywordKey(vm, kwargs, name);
        dictSet(vm, kwDict, key, steal ? value : vm.incref(value, Cause.Slot), true);
        vm.decref(key, Cause.Stack);
      } else {
        release();
        if (idx >= 0 && idx < unit.posonlyargcount) {
          throw vm.error('TypeError', `${qual}() got some positional-only arguments passed as keyword arguments: '${name}'`);
        }
        // 3.13 (gh-107944): the nearest of the names a keyword can bind, positional-only ones excluded.
        const keywords = vm.options.version.keywordArgumentSuggestions ? unit.varnames.slice(unit.posonlyargcount, argcount + kwonly) : [];
        const suggestion = bestMatch(name, keywords);
        throw vm.error('TypeError', `${qual}() got an unexpected keyword argument '${name}'${suggestion ? `. Did you mean '${suggestion}'?` : ''}`);
      }
    }
  }
  // Defaults for the missing.
  const defaults = func.defaults ? func.defaults.items : [];
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = args.length; i < argcount; i++) {
    if (fast[i]) continue;
    if (i >= firstDefault) fast[i] = vm.incref(defaults[i - firstDefault], Cause.Local, unit.varnames[i]);
    else missing.push(unit.varnames[i]);
  }
  if (missing.length) throw vm.error('TypeError', `${qual}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
  const missingKw: string[] = [];
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (fast[i]) continue;
    const name = unit.varnames[i];
    const d = func.kwdefaults?.getStr(name);
    if (d) fast[i] = vm.incref(d, Cause.Local, name);
    else missingKw.push(name);
  }
  if (missingKw.length) throw vm.error('TypeError', `${qual}() missing ${missingKw.length} required keyword-only argument${missingKw.length > 1 ? 's' : ''}: ${listNames(missingKw)}`);
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** type(...) calls: built-in constructors, or __new__ + __init__ for classes (type_call). */
export function callTypeObject(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | Native<PyObject | null> {
  if (!type.heap) {
    const ctor = constructors.get(type);
    if (!ctor) throw vm.error('TypeError', `cannot create '${type.name}' instances`);
    return ctor(vm, args, kwargs, type);
  }
  return constructInstance(vm, type, args, kwargs);
}

/**
 * The `__init__` of a class whose call CALL may run as a frame of its own (CPython 3.13's
 * CALL_ALLOC_AND_ENTER_INIT): a class statement's class of metaclass `type`, whose instances
 * object.__new__ makes, with an `__init__` written in Python; else null (constructInstance runs).
 */
export function plainInit(vm: VM, type: PyType): PyFunction | null {
  if (!type.heap || type.type !== vm.t.type || type.lookup('__new__') !== vm.t.object.dict.getStr('__new__')) return null;
  const init = type.lookup('__init__');
  if (!(init instanceof PyFunction) || (init.code.unit.flags & (CodeFlags.generator | CodeFlags.coroutine | CodeFlags.asyncGenerator)) !== 0) return null;
  for (const t of type.mro) if (!t.heap) return t === vm.t.object ? init : null;
  return null;
}

/**
 * Calls `type` (owned: the stack's reference) with `args` (owned) without native code in between: the
 * instance object.__new__ makes, then the `__init__` frame, pushed; VM.finishInit ends the call when
 * that frame returns, VM.abandonInit when it raises. The same reference changes in the same order as
 * constructInstance under a stealing invoke.
 */
export function enterInit(vm: VM, type: PyType, init: PyFunction, args: PyObject[]): void {
  let inst: PyObject;
  try {
    checkNotAbstract(vm, type);
    inst = vm.newInstance(type);
  } catch (e) {
    releaseCall(vm, type, args);
    throw e;
  }
  let frame: Frame;
  try {
    frame = functionFrame(vm, init, [inst, ...args], null, false, null) as Frame;
  } catch (e) {
    vm.decref(inst, Cause.New);
    releaseCall(vm, type, args);
    throw e;
  }
  frame.initCall = { inst, type, args };
  vm.pushFrame(frame);
}

/** What a stealing invoke releases once a call is over: the arguments, then the callable. */
export function releaseCall(vm: VM, type: PyObject, args: PyObject[]): void {
  for (const a of args) vm.decref(a, Cause.Argument);
  vm.decref(type, Cause.Stack);
}

function* constructInstance(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): Native<PyObject | null> {
  const found = type.lookup('__new__');
  // A __new__ written in Python (slot_tp_new); the built-in types' own (`object.__new__`) is the base's tp_new below.
  const userNew = found instanceof PyFunction || (found && !(found instanceof PyBuiltin) && found.type === vm.t.staticmethod) ? found : null;
  let inst: PyObject;
  if (userNew) {
    const fn = userNew instanceof PyFunction ? userNew : ((userNew as unknown as { slots: PyObject[] }).slots[0]);
    inst = yield { callable: fn, args: [type, ...args], kwargs };
    if (!inst.type.isSubtypeOf(type)) return inst;
  } else {
    // list/dict/set.__new__ ignore the arguments when the class's own __init__ takes them.
    const ownInit = type.lookup('__init__') instanceof PyFunction;
    inst = yield* baseNew(vm, type, args, kwargs, ownInit);
  }
  let init = type.lookup('__init__');
  // After a Python __new__, a built-in base's own tp_init runs too (list_init fills the list): type_call calls tp_init.
  if (userNew && init && !(init instanceof PyFunction) && init !== vm.t.object.dict.getStr('__init__')) {
    try {
      vm.decref(yield { callable: init, args: [inst, ...args], kwargs }, Cause.Return);
    } catch (e) {
      vm.decref(inst, Cause.New);
      throw e;
    }
    init = null;
  }
  if (init instanceof PyFunction) {
    let result: PyObject;
    try {
      result = yield { callable: init, args: [inst, ...args], kwargs };
    } catch (e) {
      vm.decref(inst, Cause.New);
      throw e;
    }
    if (result !== vm.none) {
      const tn = result.type.name;
      vm.decref(result, Cause.Return);
      vm.decref(inst, Cause.New);
      throw vm.error('TypeError', `__init__() should return None, not '${tn}'`);
    }
    vm.decref(result, Cause.Return);
  } else if ((args.length || (kwargs && kwargs.size)) && !type.isSubtypeOf(vm.exc.get('BaseException') as PyType) && !userNew && type.mro.every((t) => t.heap || t === vm.t.object)) {
    vm.decref(inst, Cause.New);
    throw vm.error('TypeError', `${type.name}() takes no arguments`);
  }
  return inst;
}

/**
 * The instance its first built-in base's __new__ makes for a class without a __new__ of its own
 * (object.__new__, list.__new__ ...), before any __init__. `ignoreArgs`: the mutable containers'
 * __new__ leaves the arguments to __init__.
 */
export function* baseNew(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null, ignoreArgs: boolean): Native<PyObject> {
  const base = type.mro.find((t) => !t.heap) as PyType;
  const baseCtor = constructors.get(base);
  if (base === vm.t.object || !baseCtor) {
    checkNotAbstract(vm, type);
    return vm.newInstance(type);
  }
  // The C types of simulated modules (deque, OrderedDict...) also make an empty object in __new__ (deque_new, dict_new).
  const mutable = base === vm.t.list || base === vm.t.dict || base === vm.t.set || base.nativeSlots;
  const made = mutable && ignoreArgs ? baseCtor(vm, [], null, type) : baseCtor(vm, args, kwargs, type);
  return asSubtype(vm, isNative(made) ? ((yield* made) as PyObject) : (made as PyObject), type);
}

/**
 * An instance of a class statement's subclass of a built-in type: the base constructor's value,
 * as a new object of the subclass (which it references, like any heap-type instance).
 */
function asSubtype(vm: VM, made: PyObject, type: PyType): PyObject {
  if (made.type === type) return made;
  let o: PyObject;
  if (made instanceof PyInt) o = new PyInt(type, made.value);
  else if (made instanceof PyFloat) o = new PyFloat(type, made.value);
  else if (made instanceof PyComplex) o = new PyComplex(type, made.real, made.imag);
  else if (made instanceof PyStr) o = new PyStr(type, made.value);
  else if (made instanceof PyBytes) o = new PyBytes(type, made.value);
  else if (made instanceof PyTuple) o = new PyTuple(type, made.items.map((i) => vm.incref(i, Cause.Slot)));
  else if (made instanceof PySet) {
    const set = new PySet(type);
    set.members = made.members;
    set.mask = made.mask;
    set.fill = made.fill;
    set.table = made.table;
    made.members = new Map();
    made.table = null;
    o = set;
  } else if (made instanceof PyList) {
    const list = new PyList(type, made.items);
    list.allocated = made.allocated;
    made.items = [];
    o = list;
  } else {
    return made;
  }
  vm.track(o, 'fresh');
  vm.incref(type, Cause.Type, '__class__');
  vm.decref(made, Cause.New);
  return o;
}

export function strArg(o: PyObject): string | null {
  return o instanceof PyStr ? o.value : null;
}

export function tupleItems(o: PyObject): PyObject[] | null {
  return o instanceof PyTuple ? o.items : null;
}

