// sys.getsizeof for a 64-bit CPython (Python/sysmodule.c _PySys_GetSizeOf): the object's
// __sizeof__ (tp_basicsize plus its items, computed here per layout) plus the pre-header the
// allocator puts before the object — the GC header (16 bytes) for GC types, and the managed
// dict / weakref pointers (16 bytes) of class instances. What differs by version is data
// (VersionModel.sizes); container capacities are kept on the objects (objects/capacity.ts).

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyStr, PyBytes, PyComplex, PyPlain } from '../objects/atoms';
import { PyList, PyTuple, PySet, PySlice, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyDefaultDict, PyOrderedDict } from '../objects/collections-dicts';
import { PyDeque, DEQUE_BLOCKLEN } from '../objects/deque';
import { PyArray } from '../objects/array';
import { PyType } from '../objects/type';
import { PyFunction, PyMethod, PyBuiltin, PyMethodDescriptor, PyCell, PyDescriptorWrapper, PyCode } from '../objects/callables';
import { PyInstance, PyExceptionObj, PyModule, PyTraceback } from '../objects/instances';
import { PyGenerator } from '../objects/iterators';
import { PyWeakref } from '../objects/weakref';
import { dictKeysBytes } from '../objects/capacity';
import { localsCount } from '../compile/bytecode';
import type { SizeModel } from '../versions';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { isGcType } from './gc';
import { Cause } from '../trace/events';

/** sizeof(PyObject) with the GIL: ob_refcnt and ob_type. */
const DEFAULT_OBJECT_HEADER = 16;
const PTR = 8;

/** tp_basicsize of fixed-size built-in objects, by type name (64-bit, without the GC header). */
const BASIC: Record<string, number> = {
  object: 16, NoneType: 16, ellipsis: 16, NotImplementedType: 16,
  float: 24, complex: 32, range: 48, slice: 40, cell: 24, method: 48, module: 56,
  builtin_function_or_method: 56, method_descriptor: 56, wrapper_descriptor: 56, property: 64, staticmethod: 32, classmethod: 32,
  traceback: 40, super: 40,
  list_iterator: 32, list_reverseiterator: 32, tuple_iterator: 32, str_ascii_iterator: 32, bytes_iterator: 32, bytearray_iterator: 32,
  dict_keyiterator: 56, dict_valueiterator: 56, dict_itemiterator: 56,
  dict_reversekeyiterator: 56, dict_reversevalueiterator: 56, dict_reverseitemiterator: 56, set_iterator: 48,
  dict_keys: 24, dict_values: 24, dict_items: 24, enumerate: 56, zip: 48, map: 32, filter: 32, reversed: 32,
  callable_iterator: 32, iterator: 32, ReferenceType: 64, ProxyType: 64, CallableProxyType: 64,
  // PyMemoryViewObject with its one-dimension shape/strides/suboffsets array; _PyManagedBufferObject.
  memoryview: 168, memory_iterator: 48, managedbuffer: 112,
  // arrayiterobject: index, the array, its getitem function.
  'array.arrayiterator': 40,
  // PyCoroWrapper: the coroutine.
  coroutine_wrapper: 24,
};

/** BaseException's subclasses with extra fields (Include/cpython/pyerrors.h). */
const EXCEPTION_BASIC: Record<string, number> = {
  BaseException: 72, StopIteration: 80, SystemExit: 80, NameError: 80, AttributeError: 88, OSError: 112,
  SyntaxError: 136,
};

/** ints are 30-bit digits after a 24-byte header; 0 (and False) still take one digit (3.11+). */
function intSize(value: bigint): number {
  const magnitude = value < 0n ? -value : value;
  const digits = magnitude === 0n ? 1 : Math.ceil(magnitude.toString(2).length / 30);
  return 24 + 4 * digits;
}

/** str: the widest character picks 1, 2 or 4 bytes per character (PEP 393); plus the NUL. */
function strSize(s: string, model: SizeModel, compact: boolean): number {
  // Code units, a surrogate pair counting as one character above U+FFFF (every str a program makes is sized).
  let max = 0;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000;
        n--;
        i++;
      }
    }
    if (c > max) max = c;
  }
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  // A str subclass instance is a "legacy" object whose characters sit in a separate buffer.
  if (!compact) return model.strLegacyHeader + (n + 1) * kind;
  if (max < 128) return model.strAsciiHeader + n + 1;
  // The simulator's one-character Latin-1 strings are the shared singletons (vm.newStr).
  const utf8 = n === 1 && kind === 1 && model.latin1CharUtf8 ? 3 : 0;
  return model.strCompactHeader + (n + 1) * kind + utf8;
}

/**
 * What a dict allocates apart from its object: a split dict its values array (the keys belong to the class),
 * a combined dict its own keys table (none for the shared empty keys); an OrderedDict (odict_sizeof) also
 * its fast-nodes array (a pointer per slot of the keys table) and a 32-byte node per key.
 */
function dictStorage(o: PyDict): number {
  let size = 0;
  if (o.sharedKeys) size += PTR * o.sharedKeys.usableSize;
  else if (o.keysLog2 > 0) size += dictKeysBytes(o.keysLog2, o.keysUnicode);
  if (o instanceof PyOrderedDict) size += (o.fastNodes ? PTR * (1 << Math.max(o.keysLog2, 3)) : 0) + 32 * o.size;
  return size;
}

/** Heap classes in an instance's MRO and whether they give it a weakref list. */
function hasWeakrefSlot(type: PyType): boolean {
  return type.mro.some((t) => t.heap && (t.declaredSlots === null || t.declaredSlots.includes('__weakref__')));
}

/** __slots__ members stored in the instance (not `__dict__`/`__weakref__`). */
function slotMembers(type: PyType): number {
  let n = 0;
  for (const t of type.mro) {
    if (!t.heap || !t.declaredSlots) continue;
    n += t.declaredSlots.filter((s) => s !== '__dict__' && s !== '__weakref__').length;
  }
  return n;
}

/** Built-in bases whose instances have items after the header (tp_itemsize != 0). */
const VARIABLE_LAYOUTS = new Set(['int', 'bool', 'tuple', 'bytes']);

/**
 * What the object's built-in __sizeof__ returns (object.__sizeof__ and the types' own). The layouts
 * below assume the default build's 16-byte PyObject header; the free-threaded build's is larger.
 */
export function basicSize(vm: VM, o: PyObject): number {
  const model = vm.options.version.sizes;
  return layoutSize(vm, o, model) + model.objectHeader - DEFAULT_OBJECT_HEADER;
}

function layoutSize(vm: VM, o: PyObject, model: SizeModel): number {
  const heap = o.type.heap;
  // 3.11 puts the weakref list of a class instance inside the object (3.12+: before it, managed).
  const weakrefSlot = heap && !model.managedWeakref && hasWeakrefSlot(o.type) ? PTR : 0;
  if (o instanceof PyInt) return intSize(o.value);
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyComplex) return 32;
  if (o instanceof PyStr) return strSize(o.value, model, !heap);
  if (o instanceof PyBytes) {
    // bytearray: header plus its allocation (PyByteArrayObject); bytes: header, data and the NUL.
    if (o.type.isSubtypeOf(vm.t.bytearray)) return 56 + weakrefSlot + o.allocated;
    return 33 + o.value.length;
  }
  // list.sort marks the list it emptied with allocated -1 (list___sizeof__ then counts one slot less than none).
  if (o instanceof PyList) return 40 + weakrefSlot + PTR * (o.allocated === -1 ? -1 : Math.max(o.allocated, o.items.length));
  if (o instanceof PyTuple) return 24 + PTR * o.items.length;
  if (o instanceof PyDict) {
    // _PyDict_SizeOf: the object and what it allocates apart.
    let size = 48 + weakrefSlot + dictStorage(o);
    // defdictobject adds default_factory; PyODictObject 8 more fields.
    if (o instanceof PyDefaultDict) size += PTR;
    if (o instanceof PyOrderedDict) size += 8 * PTR;
    return size;
  }
  // deque___sizeof__: dequeobject, then its 64-slot blocks (two links and the slots each).
  if (o instanceof PyDeque) return 216 + o.blocks * (2 * PTR + DEQUE_BLOCKLEN * PTR);
  // array___sizeof__: arrayobject (ob_item, allocated, ob_descr, weakreflist, ob_exports), then its allocation.
  if (o instanceof PyArray) return 64 + o.allocated * o.itemsize;
  if (o instanceof PySet) {
    // The table lives inside the set object (smalltable) until it grows past 8 slots.
    const slots = o.mask + 1;
    return 200 + weakrefSlot + (slots > 8 ? slots * 16 : 0);
  }
  if (o instanceof PyFunction) return model.function;
  if (o instanceof PyGenerator) {
    // gen_sizeof: the header plus the frame's slots (locals, cells, free variables and the stack).
    const unit = o.frame?.unit;
    const slots = unit ? localsCount(unit) + Math.max(unit.stacksize, model.generatorMinStack) : 0;
    return model.generatorHeader + PTR * slots;
  }
  if (o instanceof PyExceptionObj) {
    let size = EXCEPTION_BASIC.BaseException;
    for (const t of o.type.mro) {
      if (t.heap) continue;
      if (t.name === 'ImportError' || t.name === 'ModuleNotFoundError') size = model.importError;
      else if (EXCEPTION_BASIC[t.name] === undefined) continue;
      else size = EXCEPTION_BASIC[t.name];
      break;
    }
    return size + weakrefSlot;
  }
  if (o instanceof PyInstance && o.type.layout === 'instance') {
    // object's 16 bytes, one pointer per __slots__ member, and (3.11) the weakref list;
    // the managed __dict__ is outside the object (see preHeaderSize).
    return 16 + PTR * slotMembers(o.type) + weakrefSlot;
  }
  if (o instanceof PyType) return o.heap ? model.heapType : model.staticType;
  if (o instanceof PyRange || o instanceof PySlice || o instanceof PyCell || o instanceof PyMethod ||
      o instanceof PyBuiltin || o instanceof PyMethodDescriptor || o instanceof PyModule || o instanceof PyPlain ||
      o instanceof PyDescriptorWrapper || o instanceof PyTraceback || o instanceof PyWeakref) {
    return (BASIC[o.type.name] ?? 16) + weakrefSlot;
  }
  if (o.type === vm.t.range_iterator) return model.rangeIterator;
  if (o instanceof PyCode) return BASIC.object; // not modelled: co_code and the tables are not simulated
  return (BASIC[o.type.name] ?? 16) + weakrefSlot;
}

/** _PyType_PreHeaderSize: the GC header, and a class instance's managed dict (and 3.12+ weakref) pointers. */
export function preHeaderSize(vm: VM, o: PyObject): number {
  const type = o.type;
  // Method descriptors are GC objects in CPython (the simulator's collector never sees them).
  let size = isGcType(o) || o instanceof PyMethodDescriptor ? vm.options.version.sizes.gcHeader : 0;
  if (!type.heap) return size;
  const managedWeakref = vm.options.version.sizes.managedWeakref && hasWeakrefSlot(type);
  // A class statement's instances keep their __dict__ outside the object (Py_TPFLAGS_MANAGED_DICT),
  // unless the base lays out its own dict (exceptions) or 3.11 puts it after variable-size items.
  const managedDict = type.hasInstanceDict && type.layout !== 'exception' &&
    !(VARIABLE_LAYOUTS.has(type.layout) && !vm.options.version.sizes.managedWeakref);
  if (managedDict || managedWeakref) size += 2 * PTR;
  return size;
}

/**
 * What making the object asks the allocator for (_PyType_AllocNoTrack, PyObject_Malloc): its struct and
 * pre-header, without the storage a container allocates apart (a list's items, a dict's keys and values,
 * a set's table once it outgrows the object, a bytearray's, deque's or array's buffer).
 */
export function allocationSize(vm: VM, o: PyObject): number {
  const model = vm.options.version.sizes;
  // The most made objects first, without the bigint an int's digit count would otherwise need.
  if (o instanceof PyInt && o.type === vm.t.int && !Number.isNaN(o.small)) return compactIntSize(o.small) + model.objectHeader - DEFAULT_OBJECT_HEADER;
  if (o instanceof PyFloat && o.type === vm.t.float) return 24 + model.objectHeader - DEFAULT_OBJECT_HEADER;
  // 3.13+: the instance's attribute values, sized when it was made (_PyType_AllocNoTrack).
  if (o instanceof PyInstance && o.inlineValueSlots && model.inlineValues) return sizeOf(vm, o) + inlineValuesSize(o.inlineValueSlots);
  return sizeOf(vm, o) - storageApart(vm, o);
}

/** _PyInlineValuesSize for `slots` value slots: the prefix (one byte per slot, rounded up) and the values. */
export function inlineValuesSize(slots: number): number {
  return Math.ceil(slots / PTR) * PTR + (slots + 1) * PTR;
}

/** 3.11/3.12 new_values: an instance's values array of `slots` slots, allocated apart (PyMem_Malloc). */
export function valuesArraySize(slots: number): number {
  return Math.ceil((slots + 2) / PTR) * PTR + slots * PTR;
}

/** An int of a safe JS integer value: 24 bytes and a 4-byte digit per 30 bits. */
function compactIntSize(v: number): number {
  let magnitude = Math.abs(v);
  let digits = 1;
  while (magnitude >= 2 ** 30) {
    magnitude = Math.floor(magnitude / 2 ** 30);
    digits++;
  }
  return 24 + 4 * digits;
}

/** The part of `sizeOf` a container allocates separately from the object. */
function storageApart(vm: VM, o: PyObject): number {
  if (o instanceof PyList) return PTR * (o.allocated === -1 ? -1 : Math.max(o.allocated, o.items.length));
  if (o instanceof PyDict) return dictStorage(o);
  if (o instanceof PySet) return o.mask + 1 > 8 ? (o.mask + 1) * 16 : 0;
  if (o instanceof PyBytes && o.type.isSubtypeOf(vm.t.bytearray)) return o.allocated;
  if (o instanceof PyDeque) return o.blocks * (2 * PTR + DEQUE_BLOCKLEN * PTR);
  if (o instanceof PyArray) return o.allocated * o.itemsize;
  if (o instanceof PyType) return o.heap && o.hasInstanceDict ? dictKeysBytes(6, true) : 0;
  return 0;
}

/** sys.getsizeof(o) for built-in __sizeof__ (no Python code runs). */
export function sizeOf(vm: VM, o: PyObject): number {
  // type.__sizeof__ of a class adds its cached shared keys (a 64-slot unicode table).
  if (o instanceof PyType) return basicSize(vm, o) + vm.options.version.sizes.gcHeader + (o.heap && o.hasInstanceDict ? dictKeysBytes(6, true) : 0);
  return basicSize(vm, o) + preHeaderSize(vm, o);
}

/** sys.getsizeof(object[, default]): calls a class's own __sizeof__; `default` answers a TypeError. */
export function* getsizeof(vm: VM, o: PyObject, dflt: PyObject | null): Native {
  const method = o.type.lookup('__sizeof__');
  if (!method || method instanceof PyMethodDescriptor) return vm.newInt(sizeOf(vm, o));
  let size: bigint;
  try {
    const r = yield { callable: method, args: [o], kwargs: null };
    // PyLong_AsSsize_t: an int (bool included) that fits in a Py_ssize_t.
    const value = r instanceof PyInt ? r.value : null;
    vm.decref(r, Cause.Return);
    if (value === null) throw vm.error('TypeError', 'an integer is required');
    if (value >= 2n ** 63n || value < -(2n ** 63n)) throw vm.error('OverflowError', 'Python int too large to convert to C ssize_t');
    if (value < 0n) throw vm.error('ValueError', '__sizeof__() should return >= 0');
    size = value;
  } catch (e) {
    if (dflt && e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('TypeError') as PyType)) {
      vm.decref(e.exc, Cause.Exception);
      return vm.incref(dflt, Cause.Return);
    }
    throw e;
  }
  return vm.newInt(size + BigInt(preHeaderSize(vm, o)));
}
