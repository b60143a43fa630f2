// Calling built-in types: int(), str(), list(), dict(), property(), ... (Objects/*.c); type() and
// the class statement are in class-statement.ts.

import { applyInitKeywords } from './exception-keywords';
import { EXCEPTION_ALIASES } from '../runtime/exceptions';
import { cpythonTypeIsFinal } from '../runtime/cpython-names';
import { installExceptionGroups } from './exception-group';
import { installClassStatement } from './class-statement';
import { addSubclass } from '../runtime/subclasses';
import { encodeText, lookupCodec } from '../runtime/text/codecs';
import { codecFailure } from '../runtime/unicode-error';
import { contiguousBufferBytes, stridedBufferBytes } from '../runtime/buffers';
import { PyArray, PyArrayReversed } from '../objects/array';
import { PyMemoryView } from '../objects/memoryview';
import { checkReleased } from '../runtime/memoryview-ops';
import { bytesRepr } from '../runtime/text/str-repr';
import { latin1String } from '../runtime/text/unicode-props';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { bestBase, computeMroChecked } from '../runtime/bases-assignment';
import { PyInt, PyFloat, PyStr, PyBytes, PyPlain } from '../objects/atoms';
import { PyList, PyTuple, PyRange, PySlice, PySet } from '../objects/containers';
import { PyError } from '../vm/errors';
import { PyDict } from '../objects/dict';
import { unproxy } from '../runtime/weakrefs';
import { PyFunction, PyDescriptorWrapper, PyCell, PyMethod, PyCode } from '../objects/callables';
import { PyCompositeIter, PySeqIter } from '../objects/iterators';
import type { VM } from '../vm/vm';
import type { Native, CallRequest } from '../vm/frame';
import { sequenceSize } from '../runtime/sequence-protocol';
import { lookupAttr } from '../runtime/attributes';
import { copyWrappedAttributes } from '../runtime/functools-wraps';
import { dictMerge } from '../runtime/dict-merge';
import { constructors } from '../vm/calls';
import { setName, dictSet } from '../runtime/dicts';
import { setUpdateFrom } from '../runtime/set-ops';
import { extendSource, listInitCapacity } from '../runtime/list-storage';
import { bytearrayResizeCapacity } from '../objects/capacity';
import { iterateToArray, getIter, iterNext, noneTuple, dictReverseIter } from '../runtime/iteration';
import { chargeSteps } from '../threads/native-loops';
import { strOf, reprOf } from '../runtime/repr';
import type { TextResult } from '../runtime/text/result';
import { truthy } from '../runtime/operators';
import { unwrap } from '../runtime/numbers';
import { intFromString } from '../runtime/text/int-parse';
import { floatFromString } from '../runtime/text/float-parse';
import { floatToInt } from '../runtime/text/float-ops';
import { arity, checkPositional, checkAtMost, missingArgument } from './define';
import { errnoArgument, isOsError, osErrorUsesInit } from '../runtime/oserror-fields';
import { builtinLen } from './functions';
import { installComplex } from './complex-type';
import { intToFloat } from '../runtime/text/int-ops';
import { checkKeywords } from './keyword-arguments';
import { Cause } from '../trace/events';
import { addSlotMembers } from '../runtime/slot-members';
import { mangle } from '../compile/mangle';
import { keywordKey } from '../vm/keyword-keys';

export function installConstructors(vm: VM): void {
  installComplex(vm);
  const t = vm.t;
  const b = vm.builtins;
  const expose = (name: string, type: PyType) => setName(vm, b, name, type);
  for (const [name, type] of Object.entries({
    int: t.int, float: t.float, str: t.str, bool: t.bool, list: t.list, tuple: t.tuple, dict: t.dict, set: t.set,
    frozenset: t.frozenset, range: t.range, object: t.object, type: t.type, enumerate: t.enumerate, zip: t.zip,
    map: t.map, filter: t.filter, reversed: t.reversed, property: t.property, staticmethod: t.staticmethod,
    classmethod: t.classmethod, super: t.super, slice: t.slice, bytes: t.bytes, complex: t.complex,
  })) expose(name, type);
  for (const [name, type] of vm.exc) expose(name, type);
  for (const [alias, name] of EXCEPTION_ALIASES) expose(alias, vm.exc.get(name) as PyType);
  setName(vm, b, '__debug__', vm.true_);
  setName(vm, b, 'None', vm.none);
  setName(vm, b, 'True', vm.true_);
  setName(vm, b, 'False', vm.false_);
  setName(vm, b, 'Ellipsis', vm.ellipsis);
  setName(vm, b, 'NotImplemented', vm.notImplemented);

  constructors.set(t.object, (vm, args, kwargs) => {
    if (args.length || kwargs?.size) throw vm.error('TypeError', 'object() takes no arguments');
    return vm.track(new PyPlain(vm.t.object));
  });
  constructors.set(t.int, function* (vm, args, kwargs): Native {
    if (vm.options.version.vectorcallIntAndStr) checkPositional(vm, 'int', args.length, 0, 2);
    else checkAtMost(vm, 'int', args.length, 2);
    checkKeywords(vm, 'int', kwargs, ['base']);
    const base = args[1] ?? kwargs?.get('base');
    if (args.length === 0) return vm.newInt(0);
    const x = args[0];
    if (base) {
      if (x instanceof PyBytes) return yield* numberFromBytes(vm, x.value, bytesRepr(x.value), (text) => intFromString(text, Number((base as PyInt).value)), `invalid literal for int() with base ${(base as PyInt).value}`, (n) => vm.newInt(n));
      if (!(x instanceof PyStr)) throw vm.error('TypeError', "int() can't convert non-string with explicit base");
      return vm.newInt(unwrap(vm, intFromString(x.value, Number((base as PyInt).value))));
    }
    if (x instanceof PyInt) return x.type === vm.t.int ? vm.incref(x, Cause.Return) : vm.newInt(x.value);
    if (x instanceof PyFloat) return vm.newInt(unwrap(vm, floatToInt(x.value)));
    if (x instanceof PyStr) return vm.newInt(unwrap(vm, intFromString(x.value, 10)));
    if (x instanceof PyBytes && x.type === vm.t.bytes) return yield* numberFromBytes(vm, x.value, x, (text) => intFromString(text, 10), 'invalid literal for int() with base 10', (n) => vm.newInt(n));
    const m = x.type.lookup('__int__') ?? x.type.lookup('__index__');
    if (m) return yield { callable: m, args: [x], kwargs: null };
    // Another buffer (bytearray, memoryview): read through a bytes copy, which a failure shows.
    const buffer = contiguousBufferBytes(vm, x);
    if (buffer) return yield* numberFromBytes(vm, buffer, bytesRepr(buffer), (text) => intFromString(text, 10), 'invalid literal for int() with base 10', (n) => vm.newInt(n));
    throw vm.error('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
  });
  constructors.set(t.float, function* (vm, args): Native {
    checkPositional(vm, 'float', args.length, 0, 1);
    if (args.length === 0) return vm.newFloat(0);
    const x = args[0];
    if (x instanceof PyFloat) return x.type === vm.t.float ? vm.incref(x, Cause.Return) : vm.newFloat(x.value);
    if (x instanceof PyInt) return vm.newFloat(unwrap(vm, intToFloat(x.value)));
    if (x instanceof PyStr) return vm.newFloat(unwrap(vm, floatFromString(x.value)));
    // Any buffer (bytes, bytearray, memoryview); its failure shows the object's own repr.
    const buffer = contiguousBufferBytes(vm, x);
    if (buffer) return yield* numberFromBytes(vm, buffer, x, floatFromString, 'could not convert string to float', (v) => vm.newFloat(v));
    const m = x.type.lookup('__float__');
    if (m) return yield { callable: m, args: [x], kwargs: null };
    throw vm.error('TypeError', `float() argument must be a string or a real number, not '${x.type.name}'`);
  });
  constructors.set(t.bool, function* (vm, args): Native {
    arity(vm, 'bool', args, 0, 1);
    return vm.newBool(args.length ? yield* truthy(vm, args[0]) : false);
  });
  constructors.set(t.str, function* (vm, args, kwargs): Native {
    if (vm.options.version.vectorcallIntAndStr) checkPositional(vm, 'str', args.length, 0, 3);
    else checkAtMost(vm, 'str', args.length, 3);
    checkKeywords(vm, 'str', kwargs, ['object', 'encoding', 'errors']);
    const encoding = args[1] ?? kwargs?.get('encoding');
    const errors = args[2] ?? kwargs?.get('errors');
    if (encoding || errors) return yield* decodeToStr(vm, args[0] ?? kwargs?.get('object'), encoding, errors);
    if (args.length === 0) return vm.newStr('');
    if (args[0] instanceof PyStr && args[0].type === vm.t.str) return vm.incref(args[0], Cause.Return);
    return vm.newTextOf(args[0], yield* strOf(vm, args[0]));
  });
  const bytesCtor = function* (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, type: PyType): Native {
    const make = (b: Uint8Array) => (type === vm.t.bytearray ? vm.track(new PyBytes(vm.t.bytearray, Uint8Array.from(b))) : vm.newBytes(b));
    checkAtMost(vm, type.name, args.length, 3);
    const encoding = args[1] ?? kwargs?.get('encoding');
    const errors = args[2] ?? kwargs?.get('errors');
    checkCodecArguments(vm, type.name, encoding, errors);
    const x = args[0] ?? kwargs?.get('source');
    // bytes_new / bytearray___init__: a str needs an encoding, and only a str takes one (encoded as UTF-8, as str.encode does).
    if (!x || !(x instanceof PyStr)) {
      if (encoding) throw vm.error('TypeError', 'encoding without a string argument');
      if (errors) throw vm.error('TypeError', 'errors without a string argument');
    } else if (!encoding) {
      throw vm.error('TypeError', 'string argument without an encoding');
    }
    if (!x) return make(new Uint8Array());
    if (x instanceof PyBytes) return type === vm.t.bytes && x.type === vm.t.bytes ? vm.incref(x, Cause.Return) : make(x.value);
    // _PyBytes_FromBuffer: a new bytes (even of one byte) filled from the view.
    if (x instanceof PyMemoryView || x instanceof PyArray) {
      const b = stridedBufferBytes(vm, x) as Uint8Array;
      return type === vm.t.bytes ? vm.newFilledBytes(b) : make(b);
    }
    if (x instanceof PyStr) {
      const name = (encoding as PyStr).value;
      const codec = lookupCodec(name);
      if (codec === null) throw vm.error('LookupError', `unknown encoding: ${name}`);
      if (codec === 'other') throw vm.unsupported(`the '${name}' codec`);
      const r = encodeText(x.value, codec, errors instanceof PyStr ? errors.value : 'strict');
      if (!r.ok) throw codecFailure(vm, r.error, x);
      return make(r.value);
    }
    if (x instanceof PyInt) {
      if (x.value < 0n) throw vm.error('ValueError', 'negative count');
      return make(new Uint8Array(Number(x.value)));
    }
    const items = yield* iterateToArray(vm, x);
    try {
      for (const i of items) {
        if (!(i instanceof PyInt)) throw vm.error('TypeError', `'${i.type.name}' object cannot be interpreted as an integer`);
        if (i.value < 0n || i.value > 255n) throw vm.error('ValueError', `${type === vm.t.bytearray ? 'byte' : 'bytes'} must be in range(0, 256)`);
      }
    } catch (e) {
      for (const i of items) vm.decref(i, Cause.Slot);
      throw e;
    }
    const out = Uint8Array.from(items.map((i) => Number((i as PyInt).value)));
    for (const i of items) vm.decref(i, Cause.Slot);
    const result = make(out);
    // bytearray(iterable of ints) appends one by one (bytearray___init__): resize when size + 1 >= alloc.
    if (type === vm.t.bytearray && result instanceof PyBytes) {
      let alloc = 0;
      for (let size = 0; size < out.length; size++) if (size + 1 >= alloc) alloc = bytearrayResizeCapacity(alloc, size + 1);
      result.allocated = alloc;
    }
    return result;
  };
  constructors.set(t.bytes, bytesCtor);
  constructors.set(t.bytearray, bytesCtor);
  setName(vm, b, 'bytearray', t.bytearray);
  // list() and dict() allocate through the type (PyType_GenericAlloc): no free list.
  constructors.set(t.list, function* (vm, args): Native {
    arity(vm, 'list', args, 0, 1);
    if (!args.length) return vm.newList([], 'fresh');
    const source = extendSource(vm, null, args[0]);
    const list = vm.newList(yield* iterateToArray(vm, args[0]), 'fresh');
    list.allocated = listInitCapacity(source, list.items.length);
    return list;
  });
  constructors.set(t.tuple, function* (vm, args): Native {
    arity(vm, 'tuple', args, 0, 1);
    if (args.length && args[0] instanceof PyTuple && args[0].type === vm.t.tuple) return vm.incref(args[0], Cause.Return);
    return vm.newTuple(args.length ? yield* iterateToArray(vm, args[0]) : []);
  });
  constructors.set(t.set, function* (vm, args): Native {
    checkPositional(vm, 'set', args.length, 0, 1);
    const s = vm.newSet();
    if (args.length) {
      try {
        yield* setUpdateFrom(vm, s, args[0]);
      } catch (e) {
        vm.decref(s, Cause.Stack);
        throw e;
      }
    }
    return s;
  });
  constructors.set(t.frozenset, function* (vm, args, _kwargs, type): Native {
    checkPositional(vm, 'frozenset', args.length, 0, 1);
    // frozenset_new (make_new_frozenset): an exact frozenset of an exact frozenset is that one.
    if (args.length && type === vm.t.frozenset && args[0].type === vm.t.frozenset) return vm.incref(args[0], Cause.Stack);
    const s = vm.newSet(true);
    if (args.length) {
      try {
        yield* setUpdateFrom(vm, s, args[0]);
      } catch (e) {
        vm.decref(s, Cause.Stack);
        throw e;
      }
    }
    return s;
  });
  constructors.set(t.dict, function* (vm, args, kwargs, type): Native {
    checkPositional(vm, 'dict', args.length, 0, 1);
    let d: PyDict;
    if (type === vm.t.dict) {
      d = vm.newDict('fresh');
    } else {
      d = vm.track(new PyDict(type), 'fresh');
      vm.incref(type, Cause.Type, '__class__');
    }
    if (args.length) yield* dictUpdate(vm, d, args[0]);
    if (kwargs) for (const [k, v] of kwargs) {
      const key = keywordKey(vm, kwargs, k);
      dictSet(vm, d, key, v);
      vm.decref(key, Cause.Stack);
    }
    return d;
  });
  setName(vm, b, 'memoryview', t.memoryview);
  // types.MethodType(function, instance): a bound method.
  constructors.set(t.method, (vm, args) => {
    arity(vm, 'method', args, 2);
    const [func, self] = args;
    if (!(func.type.lookup('__call__') || func instanceof PyFunction)) throw vm.error('TypeError', 'first argument must be callable');
    if (self === vm.none) throw vm.error('TypeError', 'instance must not be None');
    return vm.track(new PyMethod(vm.t.method, vm.incref(func, Cause.Method, '__func__'), vm.incref(self, Cause.Method, '__self__')));
  });
  // none_new, ellipsis_new, notimplemented_new: the singleton, and no arguments.
  for (const [type, name, singleton] of [[t.NoneType, 'NoneType', vm.none], [t.ellipsis, 'EllipsisType', vm.ellipsis], [t.NotImplementedType, 'NotImplementedType', vm.notImplemented]] as const) {
    constructors.set(type, (vm, args, kwargs) => {
      if (args.length || kwargs?.size) throw vm.error('TypeError', `${name} takes no arguments`);
      return vm.incref(singleton, Cause.Return);
    });
  }
  // types.FunctionType(code, globals, ...): func_new's argument checks; making a function from a code object is not modelled.
  constructors.set(t.function, (vm, args, kwargs) => {
    const code = args[0] ?? kwargs?.get('code');
    const globals = args[1] ?? kwargs?.get('globals');
    if (!code) missingArgument(vm, 'function', 'code', 1);
    if (!(code instanceof PyCode)) throw vm.error('TypeError', `function() argument 'code' must be code, not ${code.type.name}`);
    if (!globals) missingArgument(vm, 'function', 'globals', 2);
    if (!(globals instanceof PyDict)) throw vm.error('TypeError', `function() argument 'globals' must be dict, not ${globals.type.name}`);
    throw vm.unsupported('creating a function from a code object');
  });
  constructors.set(t.range, (vm, args) => {
    arity(vm, 'range', args, 1, 3);
    const n = args.map((a) => {
      if (!(a instanceof PyInt)) throw vm.error('TypeError', `'${a.type.name}' object cannot be interpreted as an integer`);
      return a.value;
    });
    const [start, stop, step] = n.length === 1 ? [0n, n[0], 1n] : [n[0], n[1], n[2] ?? 1n];
    if (step === 0n) throw vm.error('ValueError', 'range() arg 3 must not be zero');
    return vm.track(new PyRange(vm.t.range, start, stop, step));
  });
  constructors.set(t.slice, (vm, args) => {
    checkPositional(vm, 'slice', args.length, 1, 3);
    const [a, b, c] = args.length === 1 ? [vm.none, args[0], vm.none] : [args[0], args[1], args[2] ?? vm.none];
    return vm.track(new PySlice(vm.t.slice, vm.incref(a, Cause.Slot), vm.incref(b, Cause.Slot), vm.incref(c, Cause.Slot)));
  });
  const iterOf = (type: PyType) => vm.track(new PyCompositeIter(type, []));
  constructors.set(t.enumerate, function* (vm, args, kwargs): Native {
    // enum_new's parser keeps the ≤ 3.12 message in 3.13 too.
    checkKeywords(vm, 'enumerate', kwargs, ['iterable', 'start'], true);
    const iterable = args[0] ?? kwargs?.get('iterable');
    if (!iterable) throw vm.error('TypeError', "enumerate() missing required argument 'iterable'");
    const it = yield* getIter(vm, iterable);
    const start = args[1] ?? kwargs?.get('start');
    const e = iterOf(vm.t.enumerate);
    e.refs.push(it);
    e.result = noneTuple(vm, 2);
    e.counter = start ? (start as PyInt).value : 0n;
    return e;
  });
  constructors.set(t.zip, function* (vm, args, kwargs): Native {
    checkKeywords(vm, 'zip', kwargs, ['strict']);
    const strict = kwargs?.get('strict');
    const z = iterOf(vm.t.zip);
    for (const a of args) z.refs.push(yield* getIter(vm, a));
    z.result = noneTuple(vm, args.length);
    if (strict) z.strict = yield* truthy(vm, strict);
    return z;
  });
  // mappingproxy(mapping) (mappingproxy_new): a read-only view of a mapping; the simulator's views read a dict.
  constructors.set(t.mappingproxy, (vm, args, kwargs) => {
    const mapping = args[0] ?? kwargs?.get('mapping');
    if (args.length + (kwargs?.size ?? 0) !== 1 || !mapping) {
      if (!mapping) throw vm.error('TypeError', "mappingproxy() missing required argument 'mapping' (pos 1)");
      checkKeywords(vm, 'mappingproxy', kwargs, ['mapping']);
      throw vm.error('TypeError', `mappingproxy() takes at most 1 argument (${args.length + (kwargs?.size ?? 0)} given)`);
    }
    if (mapping instanceof PyList || mapping instanceof PyTuple || !mapping.type.lookup('__getitem__')) {
      throw vm.error('TypeError', `mappingproxy() argument must be a mapping, not ${mapping.type.name}`);
    }
    if (!(mapping instanceof PyDict)) throw vm.unsupported('mappingproxy of a mapping that is not a dict');
    return vm.track(new PyCompositeIter(vm.t.mappingproxy, [vm.incref(mapping, Cause.Iterator)]));
  });
  constructors.set(t.map, function* (vm, args): Native {
    if (args.length < 2) throw vm.error('TypeError', 'map() must have at least two arguments.');
    const m = iterOf(vm.t.map);
    m.refs.push(vm.incref(args[0], Cause.Iterator));
    for (const a of args.slice(1)) m.refs.push(yield* getIter(vm, a));
    return m;
  });
  constructors.set(t.filter, function* (vm, args): Native {
    arity(vm, 'filter', args, 2);
    const f = iterOf(vm.t.filter);
    f.refs.push(vm.incref(args[0], Cause.Iterator));
    f.refs.push(yield* getIter(vm, args[1]));
    return f;
  });
  constructors.set(t.reversed, function* (vm, args): Native {
    checkPositional(vm, 'reversed', args.length, 1, 1);
    const o = unproxy(vm, args[0]);
    if (o instanceof PyList) return vm.track(new PySeqIter(vm.t.list_reverseiterator, vm.incref(o, Cause.Iterator), 0, true));
    // A tuple has no __reversed__: a `reversed` object over it (reversed_new_impl).
    if (o instanceof PyTuple && !o.type.heap) return vm.track(new PySeqIter(vm.t.reversed, vm.incref(o, Cause.Iterator), 0, true));
    if (o instanceof PyRange) {
      // reversed(range) iterates the same numbers backwards (range_reverse).
      const len = o.length;
      const last = o.start + (len - 1n) * o.step;
      const backwards = vm.track(new PyRange(vm.t.range, last, last - len * o.step, -o.step));
      try {
        return yield* getIter(vm, backwards);
      } finally {
        vm.decref(backwards, Cause.Stack);
      }
    }
    const m = o.type.lookup('__reversed__');
    if (m) return yield { callable: m, args: [o], kwargs: null };
    // dict.__reversed__ and the views' (dict_reversed, dictkeys_reversed...): an iterator over the entries, from the last.
    if (o instanceof PyDict) return dictReverseIter(vm, o, 'keys');
    if (o instanceof PyCompositeIter && (o.type === vm.t.dict_keys || o.type === vm.t.dict_values || o.type === vm.t.dict_items)) {
      return dictReverseIter(vm, o.refs[0] as PyDict, o.type === vm.t.dict_keys ? 'keys' : o.type === vm.t.dict_values ? 'values' : 'items');
    }
    if (o instanceof PyArray) return vm.track(new PyArrayReversed(vm.t.reversed, vm.incref(o, Cause.Iterator, 'seq') as PyArray, o.length - 1));
    // A sequence without __reversed__ (memoryview's length is a slot too: it checks the view is not released).
    if (o instanceof PyMemoryView) checkReleased(vm, o);
    // PySequence_Check: a type with sq_item that is not a dict subclass; a set has none.
    const notReversible = () => vm.error('TypeError', `'${o.type.name}' object is not reversible`);
    if (o instanceof PySet || o instanceof PyDict) throw notReversible();
    if (o.type.heap && o.type.lookup('__getitem__')) return yield* reversedUserSequence(vm, o);
    const len = o instanceof PyMemoryView ? o.length : builtinLen(o);
    if (len === null) throw notReversible();
    const items = yield* iterateToArray(vm, o);
    return vm.track(new PySeqIter(vm.t.reversed, vm.newList(items), 0, true));
  });
  // property(fget, fset, fdel, doc) parses like Argument Clinic; staticmethod and classmethod take exactly one.
  const wrapper = (type: PyType, n: number) =>
    constructors.set(type, (vm, args, kwargs) => {
      if (n > 1) checkAtMost(vm, type.name, args.length, 4);
      else checkPositional(vm, type.name, args.length, 1, 1);
      const slots: (PyObject | null)[] = [];
      const names = ['fget', 'fset', 'fdel', 'doc'];
      for (let i = 0; i < n; i++) {
        const a = args[i] ?? kwargs?.get(names[i]) ?? null;
        slots.push(a && a !== vm.none ? vm.incref(a, Cause.Slot) : null);
      }
      const made = vm.track(new PyDescriptorWrapper(type, slots));
      if (type !== vm.t.property) copyWrappedAttributes(vm, made, slots[0] ?? vm.none);
      return made;
    });
  wrapper(t.property, 3);
  wrapper(t.staticmethod, 1);
  wrapper(t.classmethod, 1);
  constructors.set(t.super, (vm, args) => {
    checkPositional(vm, 'super()', args.length, 0, 2);
    const frame = vm.currentPythonFrame();
    let cls: PyObject | undefined = args[0];
    let obj: PyObject | undefined = args[1];
    if (!cls && frame) {
      const slot = frame.localNames.indexOf('__class__');
      const cell = slot >= 0 ? (frame.fast[slot] as PyCell | null) : null;
      cls = cell?.contents ?? undefined;
      obj = frame.fast[0] ?? undefined;
      if (obj instanceof PyCell) obj = obj.contents ?? undefined;
    }
    if (!cls || !obj) throw vm.error('RuntimeError', 'super(): no arguments');
    return vm.track(new PyDescriptorWrapper(vm.t.super, [vm.incref(cls, Cause.Slot), vm.incref(obj, Cause.Slot)]));
  });
  for (const type of vm.exc.values()) {
    constructors.set(type, (vm, args, kwargs, actual) => {
      let cls = actual;
      if (isOsError(vm, actual)) {
        // OSError_new: a class whose own __init__ parses the arguments gets an exception with empty args.
        if (osErrorUsesInit(vm, actual)) return vm.newException(actual, []);
        if (kwargs?.size) throw vm.error('TypeError', `${actual.name}() takes no keyword arguments`);
        // OSError(errno, strerror, ...) picks the subclass for the errno (errnomap).
        const errno = errnoArgument(args);
        if (actual === vm.exc.get('OSError') && errno instanceof PyInt) {
          const sub = ERRNO_CLASSES[Number(errno.value)];
          if (sub && vm.exc.get(sub)) cls = vm.exc.get(sub) as PyType;
        }
      }
      const exc = vm.newException(cls, args.map((a) => vm.incref(a, Cause.Exception, 'args')));
      // type_call's tp_init: the built-in one, unless the class has its own __init__ (which takes the keywords).
      if (!(actual.lookup('__init__') instanceof PyFunction)) {
        try {
          applyInitKeywords(vm, exc, kwargs);
        } catch (e) {
          vm.decref(exc, Cause.New);
          throw e;
        }
      }
      return exc;
    });
  }
  installExceptionGroups(vm);
  installClassStatement(vm);
}

/** errno → OSError subclass (Objects/exceptions.c's errnomap, with Linux's errno values). */
const ERRNO_CLASSES: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

/**
 * dict(arg) and d.update(arg) (dict_update_arg): a dict, or anything with a keys() method, merges as a
 * mapping; anything else is an iterable of key/value pairs (PyDict_MergeFromSeq2), taken one at a time.
 */
function* dictUpdate(vm: VM, d: PyDict, src: PyObject): Native<PyObject | null> {
  if ((src instanceof PyDict && src.type === vm.t.dict) || (yield* hasAttribute(vm, src, 'keys'))) {
    return yield* dictMerge(vm, d, src, 1);
  }
  const it = yield* getIter(vm, src);
  let pairs = 0;
  try {
    for (let i = 0; ; i++) {
      const item = yield* iterNext(vm, it);
      if (!item) break;
      pairs++;
      let kv: PyObject[];
      try {
        kv = yield* iterateToArray(vm, item, {
          when: 'any-type-error',
          message: function* () { return `cannot convert dictionary update sequence element #${i} to a sequence`; },
        });
      } finally {
        vm.decref(item, Cause.Stack);
      }
      try {
        if (kv.length !== 2) throw vm.error('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
        dictSet(vm, d, kv[0], kv[1]);
      } finally {
        for (const x of kv) vm.decref(x, Cause.Slot);
      }
    }
  } finally {
    vm.decref(it, Cause.Stack);
    // dict_merge_from_seq2: each pair pulled from the iterator and inserted.
    chargeSteps(vm, 'hashItem', it, pairs);
  }
  return null;
}

/** _PyObject_LookupAttr(o, name) != NULL, releasing what it found. */
function* hasAttribute(vm: VM, o: PyObject, name: string): Generator<CallRequest, boolean, PyObject> {
  const found = yield* lookupAttr(vm, o, name);
  if (found) vm.decref(found, Cause.Stack);
  return found !== null;
}
export { dictUpdate };

function slotList(o: PyObject): string[] {
  if (o instanceof PyStr) return [o.value];
  if (o instanceof PyTuple || o instanceof PyList) return o.items.filter((i): i is PyStr => i instanceof PyStr).map((i) => i.value);
  return [];
}

/** The built-in types whose instances have a __dict__ of their own (tp_dictoffset), that a subclass inherits. */
function builtinHasDict(vm: VM, base: PyType): boolean {
  return base.isSubtypeOf(vm.t.type) || base.isSubtypeOf(vm.exc.get('BaseException') as PyType) || base === vm.t.module ||
    base === vm.t.staticmethod || base === vm.t.classmethod || base.name === 'collections.OrderedDict';
}

/** Instances of `type` have a weak reference list (tp_weaklistoffset): a class that added one, or a built-in type with one. */
function hasWeaklist(vm: VM, type: PyType): boolean {
  if (type.heap) return !!type.dict.getStr('__weakref__') || type.bases.some((b) => hasWeaklist(vm, b));
  return type.isSubtypeOf(vm.t.type) || type === vm.t.set || type === vm.t.frozenset || type === vm.t.module ||
    type.name === 'collections.deque' || type.name === 'collections.OrderedDict';
}

/** type(name, bases, ns): a heap type whose dict is a copy of the namespace. */
export function makeClass(vm: VM, name: string, baseObjs: PyObject[], ns: PyDict, metatype: PyType = vm.t.type): PyType {
  const bases = (baseObjs.length ? baseObjs : [vm.t.object]) as PyType[];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw vm.error('TypeError', 'bases must be types');
    // Types without Py_TPFLAGS_BASETYPE, as the real interpreter lists them.
    const final = b === vm.t.managedbuffer || b === vm.t.memory_iterator || cpythonTypeIsFinal(vm.options.version.version, b);
    if (!b.heap && final) throw vm.error('TypeError', `type '${b.name}' is not an acceptable base type`);
  }
  // best_base (type_new_get_bases): the base whose instance layout the class extends, its tp_base.
  const best = bestBase(vm, bases);
  const made = new PyType(metatype, name, best.layout === 'object' ? 'instance' : best.layout, true);
  // Its module and qualname before it is recorded: the trace's preview of the class is its repr.
  const mod = ns.getStr('__module__');
  if (mod instanceof PyStr) made.module = mod.value;
  const qual = ns.getStr('__qualname__');
  if (qual instanceof PyStr) made.qualname = qual.value;
  const cls = vm.track(made);
  // A class made by a metaclass written in Python references it, as any instance of a class does.
  if (metatype.heap) vm.incref(metatype, Cause.Type, '__class__');
  // A copy: `baseObjs` may be the items of the bases tuple type.__new__ was given, which is freed later.
  cls.bases = [...bases];
  vm.heapTypes.add(cls);
  // 3.13t: every heap type counts a deferred reference (typeobject.c type_new_alloc).
  vm.deferredRefcounts?.set(cls);
  const mro = computeMroChecked(vm, cls);
  cls.mro = mro;
  cls.nativeSlots = bases.some((b) => b.nativeSlots);
  cls.dict = vm.newDict();
  for (const e of ns.items()) {
    const key = (e.key as PyStr).value;
    // type_new takes __qualname__ (and the class cell) out of the namespace it copies.
    if (key === '__classcell__' || key === '__qualname__') continue;
    // type_new_classmethod: a plain function as __init_subclass__ or __class_getitem__ becomes a classmethod.
    if ((key === '__init_subclass__' || key === '__class_getitem__') && e.value instanceof PyFunction) {
      setName(vm, cls.dict, key, vm.track(new PyDescriptorWrapper(vm.t.classmethod, [vm.incref(e.value, Cause.Slot)])), true);
      continue;
    }
    // type_new_staticmethod: a plain function as __new__ becomes a staticmethod (PyStaticMethod_New: no __dict__).
    if (key === '__new__' && e.value instanceof PyFunction) {
      setName(vm, cls.dict, key, vm.track(new PyDescriptorWrapper(vm.t.staticmethod, [vm.incref(e.value, Cause.Slot)])), true);
      continue;
    }
    setName(vm, cls.dict, key, e.value);
  }
  if (ns.getStr('__eq__') && !ns.getStr('__hash__')) setName(vm, cls.dict, '__hash__', vm.none);
  const slots = ns.getStr('__slots__');
  // __slots__ without '__dict__' gives instances no dict, unless a base has one.
  const slotNames = slots ? slotList(slots).map((n) => mangle(name, n)) : null;
  cls.declaredSlots = slotNames;
  cls.hasInstanceDict = !slotNames || slotNames.includes('__dict__') || bases.some((bb) => bb.heap && bb.hasInstanceDict);
  cls.slotNames = slotNames && !cls.hasInstanceDict ? [...slotNames, ...bases.flatMap((bb) => bb.slotNames ?? [])] : null;
  // tp_base, __bases__ and __mro__ each hold the base (typeobject.c: type_new_set_bases).
  cls.baseRef = vm.incref(best, Cause.Type, '__base__') as PyType;
  cls.basesTuple = vm.newTuple(bases.map((bb) => vm.incref(bb, Cause.Slot)));
  // __mro__ holds the class itself: a reference cycle, as in CPython. With several bases mro_implementation
  // merges into a list, which mro_internal turns into the tuple (the list goes to the free list).
  const merged = bases.length > 1 ? vm.newList(mro.map((m) => vm.incref(m, Cause.Slot))) : null;
  cls.mroTuple = vm.newTuple(mro.map((m) => vm.incref(m, Cause.Slot)));
  if (merged) vm.decref(merged, Cause.Stack);
  // type_new_descriptors: a class that adds an instance dict or a weak reference list gets a
  // __dict__ / __weakref__ getset descriptor in its dict, each referencing the class.
  // Neither when the nearest built-in base already has the slot (its tp_dictoffset, tp_weaklistoffset).
  const builtinBase = mro.find((m) => !m.heap) as PyType;
  const addsDict = cls.hasInstanceDict && !bases.some((b) => b.heap && b.hasInstanceDict) && !builtinHasDict(vm, builtinBase);
  const variableSize = bases.some((b) => !b.heap && (b.layout === 'int' || b.layout === 'tuple' || b.layout === 'bytes'));
  const addsWeakref = !variableSize && !bases.some((b) => hasWeaklist(vm, b)) && (!slotNames || slotNames.includes('__weakref__'));
  addSlotMembers(vm, cls, slotNames);
  for (const [attr, adds] of [['__dict__', addsDict], ['__weakref__', addsWeakref]] as const) {
    if (!adds || cls.dict.getStr(attr)) continue;
    const descriptor = vm.track(new PyDescriptorWrapper(vm.t.getset_descriptor, [vm.incref(cls, Cause.Type, `${attr} descriptor`)]));
    setName(vm, cls.dict, attr, descriptor, true);
  }
  if (!cls.dict.getStr('__doc__')) setName(vm, cls.dict, '__doc__', vm.none);
  // PyType_Ready's add_all_subclasses: each base's tp_subclasses gets the class's weakref.
  addSubclass(vm, cls);
  return cls;
}

/** unicode_new's encoding/errors arguments, and bytes_new's: each must be a str. */
function checkCodecArguments(vm: VM, name: string, encoding: PyObject | undefined, errors: PyObject | undefined): void {
  if (encoding && !(encoding instanceof PyStr)) throw vm.error('TypeError', `${name}() argument 'encoding' must be str, not ${encoding.type.name}`);
  if (errors && !(errors instanceof PyStr)) throw vm.error('TypeError', `${name}() argument 'errors' must be str, not ${errors.type.name}`);
}

/** str(object, encoding, errors): PyUnicode_FromEncodedObject, decoding through the bytes object's decode(). */
function* decodeToStr(vm: VM, o: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): Native {
  checkCodecArguments(vm, 'str', encoding, errors);
  if (!o) return vm.newStr('');
  if (o instanceof PyStr) throw vm.error('TypeError', 'decoding str is not supported');
  if (o instanceof PyMemoryView) {
    // PyUnicode_FromEncodedObject decodes the view's simple buffer (a strided one is refused): here through a bytes copy.
    const b = contiguousBufferBytes(vm, o);
    if (!b) throw vm.error('TypeError', `decoding to str: need a bytes-like object, ${o.type.name} found`);
    const copy = vm.newFilledBytes(Uint8Array.from(b));
    try {
      return yield* decodeToStr(vm, copy, encoding, errors);
    } finally {
      vm.decref(copy, Cause.Stack);
    }
  }
  if (!(o instanceof PyBytes)) throw vm.error('TypeError', `decoding to str: need a bytes-like object, ${o.type.name} found`);
  const decode = o.type.lookup('decode') as PyObject;
  const args = [o, encoding ?? vm.intern('utf-8'), ...(errors ? [errors] : [])];
  return yield { callable: decode, args, kwargs: null };
}

/**
 * int(b'42') and float(b'1.5'): the bytes read as ASCII text (PyFloat_FromString, _PyLong_FromBytes);
 * a failure names the bytes object by its repr ("could not convert string to float: b'x'").
 */
function* numberFromBytes<T>(vm: VM, data: Uint8Array, shown: PyObject | string, parse: (text: string) => TextResult<T>, failure: string, make: (v: T) => PyObject): Native {
  const ascii = Array.from(data).every((b) => b < 0x80 && b !== 0);
  const r = ascii ? parse(latin1String(data)) : null;
  if (r && r.ok) return make(r.value);
  if (r && r.error.type !== 'ValueError') throw vm.error(r.error.type, r.error.message);
  throw vm.error('ValueError', `${failure}: ${typeof shown === 'string' ? shown : yield* reprOf(vm, shown)}`);
}

/**
 * reversed() of a class's sequence (__len__ and __getitem__): its items from index len - 1 down,
 * until an IndexError or StopIteration (reversed_next). Simplified: the items are fetched when the
 * `reversed` object is made, not one per next().
 */
function* reversedUserSequence(vm: VM, o: PyObject): Native {
  const n = yield* sequenceSize(vm, o);
  const getitem = o.type.lookup('__getitem__') as PyObject;
  const items: PyObject[] = [];
  try {
    for (let i = n - 1; i >= 0; i--) {
      const index = vm.newInt(i);
      try {
        items.push(yield { callable: getitem, args: [o, index], kwargs: null });
      } catch (e) {
        if (e instanceof PyError && (e.exc.type.isSubtypeOf(vm.exc.get('IndexError') as PyType) || e.exc.type.isSubtypeOf(vm.exc.get('StopIteration') as PyType))) {
          vm.decref(e.exc, Cause.Exception);
          break;
        }
        throw e;
      } finally {
        vm.decref(index, Cause.Stack);
      }
    }
  } catch (e) {
    for (const item of items) vm.decref(item, Cause.Return);
    throw e;
  }
  return vm.track(new PySeqIter(vm.t.reversed, vm.newList(items), 0, false));
}
