// repr(), str() and format() of objects (Objects/object.c's PyObject_Repr / PyObject_Str).

import { structSequenceFields } from './struct-sequences';
import { PyMemoryView } from '../objects/memoryview';
import { pythonId, type PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyInt, PyFloat, PyStr, PyBytes, PyComplex } from '../objects/atoms';
import { PyList, PyTuple, PySet, PyRange, PySlice } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFunction, PyMethod, PyBuiltin, PyMethodDescriptor, PyCode, PyCell, PyDescriptorWrapper } from '../objects/callables';
import { PyModule, PyExceptionObj, PyExceptionGroupObj } from '../objects/instances';
import { exceptionGroupStr } from '../builtins/exception-group';
import { PyGenerator, PyCompositeIter } from '../objects/iterators';
import { PyWeakref } from '../objects/weakref';
import { weakrefRepr } from './weakref-repr';
import { PyNativeObject } from '../objects/native-object';
import { PyNativeDescriptor } from '../objects/native-descriptor';
import { nativeSlot } from './native-slots';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { floatRepr } from './text/float-repr';
import type { PyArray } from '../objects/array';
import { strRepr, bytesRepr } from './text/str-repr';
import { formatInt, formatFloat, formatStr } from './text/format-value';
import { unwrap } from './numbers';
import { intStr } from './text/int-ops';
import { setIterationOrder } from './set-order';
import { behavesAsBuiltin } from './subclass';
import { reprEnter, reprLeave } from './repr-guard';
import { isSyntaxError, syntaxErrorStr } from './syntax-error-object';
import { proxiedFrame, proxyDict } from './frame-locals';
import { instanceDict } from './attributes';
import { formatComplex } from './complex-math';
import { unicodeErrorText } from './unicode-error';
import { osErrorStr } from './oserror-fields';
import { importErrorStr } from './import-error-fields';
import { Cause } from '../trace/events';

type Text = Generator<CallRequest, string, PyObject>;

/** The object's address as a repr prints it (%p): its id(), in hex, as in CPython. */
export function address(o: PyObject): string {
  return `0x${pythonId(o).toString(16)}`;
}

function complexRepr(c: PyComplex): string {
  const part = (x: number) => {
    const r = floatRepr(x);
    return r.endsWith('.0') ? r.slice(0, -2) : r;
  };
  if (c.real === 0 && !Object.is(c.real, -0)) return `${part(c.imag)}j`;
  const sign = c.imag < 0 || Object.is(c.imag, -0) ? '-' : '+';
  return `(${part(c.real)}${sign}${part(Math.abs(c.imag))}j)`;
}

/** Repr of objects whose repr needs no Python code, or null. */
/** bytes_repr (a subclass's too: b'…'), bytearray_repr (named by its type: `MyBuffer(b'…')`). */
function bytesLikeRepr(vm: VM, o: PyBytes): string {
  return o.type.isSubtypeOf(vm.t.bytearray) ? `${o.type.name}(${bytesRepr(o.value)})` : bytesRepr(o.value);
}

export function builtinRepr(vm: VM, o: PyObject): string | null {
  if (o.type.heap) {
    // Only a class, or an instance of a subclass of int, float, str, bytes or bytearray, can have a built-in repr here.
    if (!(o instanceof PyType || o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes)) return null;
    if (!behavesAsBuiltin(o, '__repr__')) return null;
    // A class made by a metaclass written in Python without a __repr__ of its own: type_repr.
    if (o instanceof PyType) return typeRepr(o);
    if (o instanceof PyBytes) return bytesLikeRepr(vm, o);
    return o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr ? builtinRepr(vm, baseValue(vm, o)) : null;
  }
  if (o === vm.none) return 'None';
  if (o === vm.true_) return 'True';
  if (o === vm.false_) return 'False';
  if (o === vm.ellipsis) return 'Ellipsis';
  if (o === vm.notImplemented) return 'NotImplemented';
  // str() and repr() of an int past 4300 digits raise ValueError (sys.get_int_max_str_digits()).
  if (o instanceof PyInt) return unwrap(vm, intStr(o.value));
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyStr) return strRepr(o.value);
  if (o instanceof PyBytes) return bytesLikeRepr(vm, o);
  if (o instanceof PyComplex) return complexRepr(o);
  if (o instanceof PyType) return typeRepr(o);
  if (o instanceof PyFunction) return `<function ${o.qualname.value} at ${address(o)}>`;
  if (o instanceof PyBuiltin) {
    if (o.boundSlot && o.self) return `<method-wrapper '${o.name}' of ${o.self.type.name} object at ${address(o.self)}>`;
    if (o.self && !(o.self instanceof PyModule)) return `<built-in method ${o.name} of ${o.self.type.name} object at ${address(o.self)}>`;
    return `<built-in function ${o.name}>`;
  }
  if (o instanceof PyMethodDescriptor) return `<${o.type === vm.t.wrapper_descriptor ? 'slot wrapper' : 'method'} '${o.name}' of '${o.owner.name}' objects>`;
  if (o instanceof PyModule) {
    if (o.name === 'sys' || o.name === 'builtins') return `<module '${o.name}' (built-in)>`;
    if (o.origin === 'built-in' || o.origin === 'frozen') return `<module '${o.name}' (${o.origin})>`;
    if (o.learner && o.learner.file === null) return namespaceModuleRepr(vm, o);
    // A module with a file (a standard one's: modules/module-origins.ts; the learner's) names it (_module_repr_from_spec).
    const file = o.dict.getStr('__file__');
    return file instanceof PyStr ? `<module '${o.name}' from '${file.value}'>` : `<module '${o.name}'>`;
  }
  if (o instanceof PyRange) return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  if (o instanceof PyCode) return `<code object ${o.unit.name} at ${address(o)}, file "${o.unit.filename}", line ${o.unit.firstLine}>`;
  if (o instanceof PyCell) return `<cell at ${address(o)}: ${o.contents ? `${o.contents.type.name} object at ${address(o.contents)}` : 'empty'}>`;
  if (o instanceof PyGenerator) return `<${o.type.name} object ${o.qualname} at ${address(o)}>`;
  if (o instanceof PyMemoryView) return `<${o.released ? 'released ' : ''}memory at ${address(o)}>`;
  return null;
}

/**
 * array_repr's text, without the list array_repr makes to get it: for previews (hovers, the memory
 * graph), which must not allocate. repr() itself runs the type's slot.
 */
export function arrayText(a: PyArray): string {
  const name = a.type.heap ? a.type.name : 'array';
  if (a.length === 0) return `${name}('${a.typecode}')`;
  const items = Array.from({ length: a.length }, (_, i) => {
    const v = a.get(i);
    return typeof v === 'number' && (a.typecode === 'f' || a.typecode === 'd') ? floatRepr(v) : String(v);
  });
  return `${name}('${a.typecode}', [${items.join(', ')}])`;
}

/** repr(o) as a JS string. */
export function* reprOf(vm: VM, o: PyObject): Text {
  const fast = builtinRepr(vm, o);
  if (fast !== null) return fast;
  // A C type of a simulated module (deque, defaultdict...): its tp_repr, unless a class overrides it.
  const slot = nativeSlot(o.type, '__repr__');
  if (slot) return yield* callForString(vm, slot, o, '__repr__');
  if (behavesAsBuiltin(o, '__repr__')) {
    const container = yield* containerRepr(vm, o);
    if (container !== null) return container;
  }
  if (o instanceof PySlice) return `slice(${yield* reprOf(vm, o.start)}, ${yield* reprOf(vm, o.stop)}, ${yield* reprOf(vm, o.step)})`;
  if (o instanceof PyCompositeIter && o.type === vm.t.mappingproxy) return `mappingproxy(${yield* reprOf(vm, o.refs[0])})`;
  const proxied = proxiedFrame(vm, o);
  if (proxied) {
    // framelocalsproxy_repr: the repr of a dict made from it.
    const d = proxyDict(vm, proxied);
    try {
      return yield* reprOf(vm, d);
    } finally {
      vm.decref(d, Cause.Internal);
    }
  }
  if (o instanceof PyCompositeIter && (o.type === vm.t.dict_keys || o.type === vm.t.dict_values || o.type === vm.t.dict_items)) {
    return yield* guarded(vm, o, '...', dictViewRepr);
  }
  if (o instanceof PyMethod) {
    const fname = o.func instanceof PyFunction ? o.func.qualname.value : '?';
    return `<bound method ${fname} of ${yield* reprOf(vm, o.self)}>`;
  }
  const user = o.type.heap ? o.type.lookup('__repr__') : null;
  if (user instanceof PyFunction) return yield* callForString(vm, user, o, '__repr__');
  if (o instanceof PyWeakref) return weakrefRepr(vm, o);
  // sm_repr / cm_repr (3.10+): the wrapped callable's repr.
  if (o instanceof PyDescriptorWrapper && (o.type === vm.t.staticmethod || o.type === vm.t.classmethod) && o.slots[0]) {
    return `<${o.type.name}(${yield* reprOf(vm, o.slots[0])})>`;
  }
  if (o instanceof PyExceptionObj) {
    const args = o.args.items;
    if (args.length === 1) return `${o.type.name}(${yield* reprOf(vm, args[0])})`;
    const parts: string[] = [];
    for (const a of args) parts.push(yield* reprOf(vm, a));
    return `${o.type.name}(${parts.join(', ')})`;
  }
  const native = o instanceof PyNativeObject ? o.nativeRepr(vm) : o instanceof PyNativeDescriptor ? o.nativeRepr() : null;
  if (native !== null) return native;
  const t = o.type;
  const prefix = t.heap ? `${t.module}.${t.qualname}` : t.name;
  return `<${prefix} object at ${address(o)}>`;
}

/** list, tuple, dict, set and frozenset reprs; null for other objects. */
function* containerRepr(vm: VM, o: PyObject): Generator<CallRequest, string | null, PyObject> {
  if (o instanceof PyList) {
    if (o.items.length === 0) return '[]';
    return yield* guarded(vm, o, '[...]', listRepr);
  }
  if (o instanceof PyTuple) {
    if (o.items.length === 0) return '()';
    return yield* guarded(vm, o, '(...)', tupleRepr);
  }
  if (o instanceof PyDict) return yield* guarded(vm, o, '{...}', dictRepr);
  if (o instanceof PySet) {
    return yield* guarded(vm, o, `${o.type.name}(...)`, setRepr);
  }
  return null;
}

/**
 * A built-in type's own repr of `o` (its __repr__ slot, called as `int.__repr__(x)` or through
 * `super().__repr__()` from a subclass that overrides it).
 */
export function* builtinTypeRepr(vm: VM, o: PyObject): Text {
  if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) return builtinRepr(vm, o.type.heap ? baseValue(vm, o) : o) as string;
  // bytes_repr and bytearray_repr, whatever the subclass overrides (`bytearray.__repr__(x)`).
  if (o instanceof PyBytes) return bytesLikeRepr(vm, o);
  if (o instanceof PyComplex) return builtinRepr(vm, o) ?? (yield* reprOf(vm, o));
  return (yield* containerRepr(vm, o)) ?? (yield* reprOf(vm, o));
}

/** Runs a container's repr between Py_ReprEnter and Py_ReprLeave; `placeholder` when it is already running. */
/**
 * Runs `body` unless `o` is already being repr'd (Py_ReprEnter), in which case the placeholder is its repr.
 * The bodies are module-level generator functions: one made per call would get its own prototype and map.
 */
function* guarded<T extends PyObject>(vm: VM, o: T, placeholder: string, body: (vm: VM, o: T) => Text): Text {
  if (reprEnter(vm, o)) return placeholder;
  try {
    return yield* body(vm, o);
  } finally {
    reprLeave(vm, o);
  }
}

function* listRepr(vm: VM, o: PyList): Text {
  const parts: string[] = [];
  for (const item of [...o.items]) parts.push(yield* reprOf(vm, item));
  return `[${parts.join(', ')}]`;
}

function* tupleRepr(vm: VM, o: PyTuple): Text {
  const struct = structSequenceFields(o);
  if (struct) {
    // structseq_repr: name(field=repr, ...)
    const fields: string[] = [];
    for (let i = 0; i < struct.fields.length; i++) fields.push(`${struct.fields[i]}=${yield* reprOf(vm, o.items[i])}`);
    return `${struct.name}(${fields.join(', ')})`;
  }
  const parts: string[] = [];
  for (const item of o.items) parts.push(yield* reprOf(vm, item));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

function* dictRepr(vm: VM, o: PyDict): Text {
  const parts: string[] = [];
  for (const e of o.entryList()) parts.push(`${yield* reprOf(vm, e.key)}: ${yield* reprOf(vm, e.value)}`);
  return `{${parts.join(', ')}}`;
}

function* setRepr(vm: VM, o: PySet): Text {
  const name = o.type.name;
  if (o.members.size === 0) return `${name}()`;
  // set_repr: the repr of a list of the members, without its brackets.
  const keys = vm.newList(setIterationOrder(o).map((m) => vm.incref(m, Cause.Slot)));
  let listText: string;
  try {
    listText = yield* reprOf(vm, keys);
  } finally {
    vm.decref(keys, Cause.Internal);
  }
  return o.type === vm.t.set ? `{${listText.slice(1, -1)}}` : `${name}({${listText.slice(1, -1)}})`;
}

/** dictview_repr: "%s(%R)" of a list made from the view (new (key, value) tuples for items()). */
function* dictViewRepr(vm: VM, o: PyCompositeIter): Text {
  const d = o.refs[0] as PyDict;
  const items = d.entryList().map((e) =>
    o.type === vm.t.dict_keys ? vm.incref(e.key, Cause.Slot) : o.type === vm.t.dict_values ? vm.incref(e.value, Cause.Slot) : vm.newTuple([vm.incref(e.key, Cause.Slot), vm.incref(e.value, Cause.Slot)]),
  );
  const seq = vm.newList(items);
  try {
    return `${o.type.name}(${yield* reprOf(vm, seq)})`;
  } finally {
    vm.decref(seq, Cause.Internal);
  }
}

/**
 * A built-in type's method that a class stored under `name` (ReprEnum's `__str__ = int.__repr__`): the
 * value of the first class in the MRO that has `name`, when that class is a heap class and the value is
 * not a Python function. Type slots call whatever the class holds (slot_tp_str).
 */
function assignedBuiltin(type: PyType, name: string): PyObject | null {
  for (const t of type.mro) {
    const v = t.dict.getStr(name);
    if (v) return t.heap && !(v instanceof PyFunction) ? v : null;
  }
  return null;
}

function* callForString(vm: VM, method: PyObject, o: PyObject, name: string, extra?: PyObject): Text {
  const r = yield { callable: method, args: extra ? [o, extra] : [o], kwargs: null };
  if (!(r instanceof PyStr)) {
    const tn = r.type.name;
    vm.decref(r, Cause.Return);
    throw vm.error('TypeError', `${name} returned non-string (type ${tn})`);
  }
  const s = r.value;
  vm.decref(r, Cause.Return);
  return s;
}

/** str(o) as a JS string. */
export function* strOf(vm: VM, o: PyObject): Text {
  if (o instanceof PyStr && !o.type.heap) return o.value;
  if (o instanceof PyWeakref && o.proxy) {
    // A proxy's str() is its referent's.
    if (!o.referent) throw vm.error('ReferenceError', 'weakly-referenced object no longer exists');
    return yield* strOf(vm, o.referent);
  }
  if (o.type.heap) {
    const user = o.type.lookup('__str__');
    if (user instanceof PyFunction) return yield* callForString(vm, user, o, '__str__');
    const assigned = assignedBuiltin(o.type, '__str__');
    if (assigned) return yield* callForString(vm, assigned, o, '__str__');
  }
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyExceptionGroupObj) return exceptionGroupStr(o);
  if (o instanceof PyExceptionObj) {
    const args = o.args.items;
    if (o.type.isSubtypeOf(vm.exc.get('KeyError') as PyType) && args.length === 1) return yield* reprOf(vm, args[0]);
    const errno = yield* osErrorStr(vm, o);
    if (errno !== null) return errno;
    const importMessage = importErrorStr(o);
    if (importMessage !== null) return importMessage;
    const unicode = unicodeErrorText(vm, o);
    if (unicode !== null) return unicode;
    if (isSyntaxError(vm, o)) return syntaxErrorStr(vm, o, args.length ? yield* strOf(vm, args[0]) : 'None');
    if (args.length === 0) return '';
    if (args.length === 1) return yield* strOf(vm, args[0]);
    return yield* reprOf(vm, o.args);
  }
  if (o instanceof PyFloat && !o.type.heap) return floatRepr(o.value);
  // mappingproxy_str: the mapping's str.
  if (o instanceof PyCompositeIter && o.type === vm.t.mappingproxy) return yield* strOf(vm, o.refs[0]);
  return yield* reprOf(vm, o);
}

/** format(o, spec) as a JS string (FORMAT_VALUE, format(), str.format). */
export function* formatOf(vm: VM, o: PyObject, spec: string): Text {
  if (o.type.heap) {
    const user = o.type.lookup('__format__');
    if (user instanceof PyFunction) {
      const s = vm.newStr(spec);
      try {
        const r = yield { callable: user, args: [o, s], kwargs: null };
        if (!(r instanceof PyStr)) {
          vm.decref(r, Cause.Return);
          throw vm.error('TypeError', `__format__ must return a str, not ${r.type.name}`);
        }
        const out = r.value;
        vm.decref(r, Cause.Return);
        return out;
      } finally {
        vm.decref(s, Cause.Argument);
      }
    }
    const assigned = assignedBuiltin(o.type, '__format__');
    if (assigned) {
      const s = vm.newStr(spec);
      try {
        return yield* callForString(vm, assigned, o, '__format__', s);
      } finally {
        vm.decref(s, Cause.Argument);
      }
    }
  }
  return yield* builtinFormatOf(vm, o, spec);
}

/**
 * The built-in types' __format__ for `o` (int's, float's, complex's, str's, else object's): what format()
 * does when no class in `o`'s type defines one in Python. An empty spec of a subclass's instance is its
 * str() (format_obj in Python/formatter_unicode.c).
 */
export function* builtinFormatOf(vm: VM, o: PyObject, spec: string): Text {
  const builtinValue = o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyStr;
  if (builtinValue && o.type.heap && spec === '') return yield* strOf(vm, o);
  if (o instanceof PyInt && !o.type.isSubtypeOf(vm.t.bool)) return unwrap(vm, formatInt(o.value, spec));
  if (o instanceof PyInt) {
    if (spec === '') return o.value ? 'True' : 'False';
    return unwrap(vm, formatInt(o.value, spec, 'bool'));
  }
  if (o instanceof PyFloat) return unwrap(vm, formatFloat(o.value, spec));
  if (o instanceof PyComplex) return unwrap(vm, formatComplex(o.real, o.imag, spec, complexRepr(o)));
  if (o instanceof PyStr) return unwrap(vm, formatStr(o.value, spec));
  return yield* objectFormatOf(vm, o, spec);
}

/** object.__format__: str() for an empty spec, else a TypeError. */
export function* objectFormatOf(vm: VM, o: PyObject, spec: string): Text {
  if (spec === '') return yield* strOf(vm, o);
  throw vm.error('TypeError', `unsupported format string passed to ${o.type.name}.__format__`);
}

/** The plain built-in value an int/float/str subclass instance holds (for its inherited repr). */
function baseValue(vm: VM, o: PyObject): PyObject {
  if (o instanceof PyInt) return new PyInt(o.type.isSubtypeOf(vm.t.bool) ? vm.t.bool : vm.t.int, o.value);
  if (o instanceof PyFloat) return new PyFloat(vm.t.float, o.value);
  return new PyStr(vm.t.str, (o as PyStr).value);
}

/** type_repr: `<class 'module.qualname'>`, without the module for the built-in types. */
function typeRepr(t: PyType): string {
  return `<class '${t.heap || t.module !== 'builtins' ? `${t.module}.` : ''}${t.qualname}'>`;
}

/** A learner's namespace package (_module_repr_from_spec, the version's form): its loader, or its path's entries. */
function namespaceModuleRepr(vm: VM, o: PyModule): string {
  const loader = o.dict.getStr('__loader__');
  if (vm.options.version.namespaceModuleRepr === 'loader' || !loader) {
    return `<module '${o.name}' (${loader ? `<_frozen_importlib_external.NamespaceLoader object at ${address(loader)}>` : 'None'})>`;
  }
  const path = instanceDict(loader)?.getStr('_path');
  const entries = path ? instanceDict(path)?.getStr('_path') : null;
  const paths = entries instanceof PyList ? entries.items.map((e) => (e instanceof PyStr ? strRepr(e.value) : '?')) : [];
  return `<module '${o.name}' (namespace) from [${paths.join(', ')}]>`;
}
