// ctypes, as far as lessons on reference counts use it (Lib/ctypes/__init__.py over Modules/_ctypes, a 64-bit
// Linux build): the simple types (c_int, c_long, c_double, c_bool, c_char, c_void_p, py_object and their
// aliases) with C's wrap-around, sizeof(), and the well-known ways to look at an object's header:
// - c_long.from_address(id(x)).value reads x's ob_refcnt, live, without the extra reference
//   sys.getrefcount(x) adds (3.12+: 4294967295 for an immortal object); writing .value changes the count;
//   reading at id(x) + 8 gives ob_type, the address of type(x);
// - cast(id(x), py_object).value gives x back; py_object(x) holds a reference to x;
// - pythonapi.Py_IncRef / Py_DecRef on a py_object: a reference taken or dropped by hand.
// An address is only found if id() gave it (runtime/addresses.ts). Reading where an object was freed, or any
// other memory, would read what CPython's allocator left there: that, and the rest of ctypes (Structure,
// POINTER, arrays, CDLL, byref), stop the run with "not modelled". 3.13t splits the count in two fields: not modelled.

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyBytes } from '../objects/atoms';
import { PyCData, type CSimpleKind } from '../objects/ctypes-objects';
import type { PyModule } from '../objects/instances';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { constructors } from '../vm/calls';
import { fn, arity, method, typeFunction } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { nativeType } from './collections/native-type';
import { reprOf } from '../runtime/repr';
import { truthy } from '../runtime/operators';
import { floatRepr } from '../runtime/text/float-repr';
import { bytesRepr } from '../runtime/text/str-repr';
import { objectAtAddress } from '../runtime/addresses';
import { pythonId } from '../objects/object';
import { PyNativeGetSet } from '../objects/native-descriptor';
import { Cause } from '../trace/events';

/** Where an object's header keeps ob_refcnt and ob_type (Include/object.h, 64-bit). */
const REFCNT_OFFSET = 0;
const TYPE_OFFSET = 8;

const int = (size: number, signed: boolean): CSimpleKind => ({ family: 'int', size, signed });

/** Each simple type's _type_ code (the struct module's letter), which sharedctypes maps back to its own types. */
const TYPE_CODES: Record<string, string> = {
  c_bool: '?', c_char: 'c', c_byte: 'b', c_ubyte: 'B', c_short: 'h', c_ushort: 'H', c_int: 'i', c_uint: 'I', c_long: 'l', c_ulong: 'L',
  c_float: 'f', c_double: 'd', c_longdouble: 'g', c_void_p: 'P', py_object: 'O',
};

/** The simple types of a 64-bit Linux build, by name, and the aliases ctypes/__init__.py makes of them. */
const SIMPLE_TYPES: Record<string, CSimpleKind> = {
  c_bool: { family: 'bool', size: 1, signed: false },
  c_char: { family: 'char', size: 1, signed: false },
  c_byte: int(1, true),
  c_ubyte: int(1, false),
  c_short: int(2, true),
  c_ushort: int(2, false),
  c_int: int(4, true),
  c_uint: int(4, false),
  c_long: int(8, true),
  c_ulong: int(8, false),
  c_float: { family: 'float', size: 4, signed: true },
  c_double: { family: 'float', size: 8, signed: true },
  c_longdouble: { family: 'float', size: 16, signed: true },
  c_void_p: { family: 'pointer', size: 8, signed: false },
  py_object: { family: 'object', size: 8, signed: false },
};
const ALIASES: Record<string, string> = {
  c_int8: 'c_byte', c_uint8: 'c_ubyte', c_int16: 'c_short', c_uint16: 'c_ushort', c_int32: 'c_int', c_uint32: 'c_uint',
  c_int64: 'c_long', c_uint64: 'c_ulong', c_longlong: 'c_long', c_ulonglong: 'c_ulong', c_ssize_t: 'c_long', c_size_t: 'c_ulong',
  c_voidp: 'c_void_p',
};

interface CtypesTypes {
  simple: Map<PyType, CSimpleKind>;
  byName: Map<string, PyType>;
}

const typesByVm = new WeakMap<VM, CtypesTypes>();

function kindOf(vm: VM, t: PyType): CSimpleKind | null {
  const types = typesByVm.get(vm);
  for (const base of t.mro) {
    const kind = types?.simple.get(base);
    if (kind) return kind;
  }
  return null;
}

/** A C integer of `size` bytes: the value cut to its width, as the setter's PyLong_AsUnsignedLongMask does. */
function wrap(kind: CSimpleKind, v: bigint): bigint {
  const bits = kind.size * 8;
  return kind.signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** The setter of the kind's _type_ code (cfield.c's *_set). */
function* convert(vm: VM, kind: CSimpleKind, o: PyObject): Native<bigint | number | null> {
  switch (kind.family) {
    case 'int':
      if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
      return wrap(kind, o.value);
    case 'float':
      if (o instanceof PyFloat) return kind.size === 4 ? Math.fround(o.value) : o.value;
      if (o instanceof PyInt) return kind.size === 4 ? Math.fround(Number(o.value)) : Number(o.value);
      throw vm.error('TypeError', `must be real number, not ${o.type.name}`);
    case 'bool':
      return (yield* truthy(vm, o)) ? 1n : 0n;
    case 'char':
      if (o instanceof PyBytes && o.value.length === 1) return BigInt(o.value[0]);
      if (o instanceof PyInt && o.value >= 0n && o.value < 256n) return o.value;
      throw vm.error('TypeError', 'one character bytes, bytearray or integer expected');
    case 'pointer':
      if (o === vm.none) return null;
      if (o instanceof PyInt) return BigInt.asUintN(64, o.value);
      throw vm.error('TypeError', 'cannot be converted to pointer');
    default:
      throw new Error('internal: py_object has no C value');
  }
}

/** The bytes `kind` reads at an object's header: its count or its type's address. */
function readHeader(vm: VM, c: PyCData): bigint {
  const { target, offset, address } = c.memory as NonNullable<PyCData['memory']>;
  if (target.freed) throw vm.unsupported(`reading memory at 0x${address.toString(16)} after the object there was freed (what the allocator left there)`);
  if (offset === REFCNT_OFFSET && c.kind.size >= 4) return wrap(c.kind, BigInt(vm.heap.reported(target)));
  if (offset === TYPE_OFFSET && c.kind.size === 8) return wrap(c.kind, pythonId(target.type));
  throw vm.unsupported(`reading ${c.kind.size} bytes at offset ${offset} of an object's memory (only ob_refcnt at 0 and ob_type at 8 are)`);
}

/** A py_object's object: its own reference, or the one a cast() only points to (gone if it was freed since). */
function pointedObject(vm: VM, c: PyCData): PyObject | null {
  const borrowed = c.borrowed;
  if (borrowed?.freed) throw vm.unsupported(`ctypes.py_object pointing at 0x${pythonId(borrowed).toString(16)} after the object there was freed`);
  return c.object ?? borrowed;
}

/** The instance's value as a Python object (the getter of its _type_ code). */
function getValue(vm: VM, c: PyCData): PyObject {
  if (c.kind.family === 'object') {
    const o = pointedObject(vm, c);
    if (!o) throw vm.error('ValueError', 'PyObject is NULL');
    return vm.incref(o, Cause.Return);
  }
  const v = c.memory ? readHeader(vm, c) : c.value;
  switch (c.kind.family) {
    case 'float':
      return vm.newFloat(v as number);
    case 'bool':
      return vm.newBool(v === 1n);
    case 'char':
      return vm.newBytes(Uint8Array.of(Number(v)));
    case 'pointer':
      return v === null || v === 0n ? vm.newNone() : vm.newInt(v as bigint);
    default:
      return vm.newInt(v as bigint);
  }
}

/** `.value = n` on an object's ob_refcnt: the count moves by the difference, as if that many references were taken or dropped. */
function writeRefcount(vm: VM, c: PyCData, v: bigint): void {
  const { target, offset } = c.memory as NonNullable<PyCData['memory']>;
  if (target.freed || offset !== REFCNT_OFFSET || c.kind.size < 8) throw vm.unsupported("writing into an object's memory other than its ob_refcnt");
  if (target.immortal || target.rc > 1e9) throw vm.unsupported("writing the reference count of an immortal or interpreter-owned object");
  if (v < 1n) throw vm.unsupported('a reference count set to zero or less by hand (CPython would free the object at its next decrement, or crash)');
  const label = 'ob_refcnt written through ctypes';
  for (let delta = Number(v) - target.rc; delta !== 0; delta += delta > 0 ? -1 : 1) {
    if (delta > 0) vm.incref(target, Cause.Internal, label);
    else vm.decref(target, Cause.Internal, label);
  }
}

function* setValue(vm: VM, c: PyCData, o: PyObject): Native<void> {
  if (c.kind.family === 'object') {
    const old = c.object;
    c.object = vm.incref(o, Cause.Slot, 'py_object value');
    if (old) vm.decref(old, Cause.Slot, 'py_object value');
    return;
  }
  const v = yield* convert(vm, c.kind, o);
  if (c.memory) writeRefcount(vm, c, v as bigint);
  else c.value = v;
}

/** Simple_repr: `c_long(5)`; an instance of a subclass shows as `<Name object at 0x...>`. */
function* simpleRepr(vm: VM, c: PyCData): Native<string> {
  const name = c.type.qualname;
  if (!typesByVm.get(vm)?.simple.has(c.type)) return `<${name} object at 0x${pythonId(c).toString(16)}>`;
  if (c.kind.family === 'object') {
    const o = pointedObject(vm, c);
    return o ? `${name}(${yield* reprOf(vm, o)})` : `${name}(<NULL>)`;
  }
  const v = c.memory ? readHeader(vm, c) : c.value;
  switch (c.kind.family) {
    case 'float':
      return `${name}(${floatRepr(v as number)})`;
    case 'bool':
      return `${name}(${v === 1n ? 'True' : 'False'})`;
    case 'char':
      return `${name}(${bytesRepr(Uint8Array.of(Number(v)))})`;
    case 'pointer':
      return `${name}(${v === null || v === 0n ? 'None' : String(v)})`;
    default:
      return `${name}(${String(v)})`;
  }
}

function newCData(vm: VM, type: PyType, kind: CSimpleKind): PyCData {
  const c = vm.track(new PyCData(type, kind), 'fresh');
  if (type.heap) vm.incref(type, Cause.Type, '__class__');
  c.value = kind.family === 'float' ? 0 : kind.family === 'pointer' ? null : 0n;
  return c;
}

/** An integer argument standing for an address. */
function addressArgument(vm: VM, o: PyObject): bigint {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', 'integer expected');
  return o.value;
}

/** The object whose header holds `address` (at `address - offset`), or the honest refusal. */
function headerAt(vm: VM, address: bigint): { target: PyObject; offset: number } {
  for (const offset of [REFCNT_OFFSET, TYPE_OFFSET]) {
    const found = objectAtAddress(vm, address - BigInt(offset));
    if (found === 'freed') throw vm.unsupported(`reading memory at 0x${address.toString(16)} after the object there was freed (what the allocator left there)`);
    if (found) return { target: found, offset };
  }
  throw vm.unsupported(`reading memory at 0x${address.toString(16)} (only an object's header, at an address id() gave, is modelled)`);
}

function installSimpleType(vm: VM, types: CtypesTypes, t: PyType, kind: CSimpleKind): void {
  types.simple.set(t, kind);
  constructors.set(t, function* (vm, args, kwargs, type): Native {
    if (kwargs && kwargs.size) throw vm.error('TypeError', `${type.qualname}() takes no keyword arguments`);
    if (args.length > 1) throw vm.error('TypeError', `__init__ expected at most 1 argument, got ${args.length}`);
    const c = newCData(vm, type, kindOf(vm, type) as CSimpleKind);
    try {
      if (args.length) yield* setValue(vm, c, args[0]);
    } catch (e) {
      vm.decref(c, Cause.New);
      throw e;
    }
    return c;
  });
  // from_address(address): an instance whose buffer is the memory there (CDataType_from_address).
  typeFunction(vm, t, 'from_address', (args) => {
    arity(vm, 'from_address', args, 1);
    const address = addressArgument(vm, args[0]);
    if (kind.family === 'object') throw vm.unsupported('py_object.from_address');
    if (vm.options.version.freeThreading) throw vm.unsupported("an object's header in the free-threaded build (its count is split into ob_ref_local and ob_ref_shared)");
    const c = newCData(vm, t, kind);
    c.memory = { ...headerAt(vm, address), address };
    return c;
  });
}

export function createCtypes(vm: VM, module: PyModule): void {
  const d = module.dict;
  const t = vm.t;
  const cdata = nativeType(vm, '_ctypes._CData', t.object, 'object');
  const simpleBase = nativeType(vm, '_ctypes._SimpleCData', cdata, 'object');
  const types: CtypesTypes = { simple: new Map(), byName: new Map() };
  typesByVm.set(vm, types);
  const valueDescriptor = new PyNativeGetSet(vm.t.getset_descriptor, 'value', simpleBase, 'attribute', (_vm, o) => getValue(vm, o as PyCData), (_vm, o, v) => {
    if (v === null) throw vm.error('TypeError', "can't delete attribute");
    vm.runSync(setValue(vm, o as PyCData, v));
  });
  valueDescriptor.immortal = true;
  setName(vm, simpleBase.dict, 'value', valueDescriptor, true);
  method(vm, simpleBase, '__repr__', function* (_args, _kwargs, self): Native {
    return vm.newStr(yield* simpleRepr(vm, self as PyCData));
  });
  method(vm, simpleBase, '__bool__', (_args, _kwargs, self) => {
    const c = self as PyCData;
    const v = c.memory ? readHeader(vm, c) : c.value;
    return vm.newBool(c.kind.family === 'object' ? pointedObject(vm, c) !== null : v !== null && v !== 0n && v !== 0);
  });
  // The simple types' metatype (their from_address lives in each type's dict here, not in the metatype's).
  const simpleMeta = nativeType(vm, '_ctypes.PyCSimpleType', t.type, 'type');
  for (const [name, kind] of Object.entries(SIMPLE_TYPES)) {
    const st = nativeType(vm, `ctypes.${name}`, simpleBase, 'object');
    st.type = simpleMeta;
    installSimpleType(vm, types, st, kind);
    setName(vm, st.dict, '_type_', vm.newStr(TYPE_CODES[name]), true);
    types.byName.set(name, st);
    setName(vm, d, name, vm.incref(st, Cause.Slot), true);
  }
  for (const [alias, name] of Object.entries(ALIASES)) setName(vm, d, alias, vm.incref(types.byName.get(name) as PyType, Cause.Slot), true);
  if (vm.options.version.version !== '3.11') {
    // 3.12 added c_time_t (time_t is a long here) and SIZEOF_TIME_T.
    setName(vm, d, 'c_time_t', vm.incref(types.byName.get('c_long') as PyType, Cause.Slot), true);
    setName(vm, d, 'SIZEOF_TIME_T', vm.newInt(8), true);
  }
  setName(vm, d, '_SimpleCData', vm.incref(simpleBase, Cause.Slot), true);

  fn(vm, d, 'sizeof', (args) => {
    arity(vm, 'sizeof', args, 1);
    const o = args[0];
    const kind = o instanceof PyCData ? o.kind : o.type === vm.t.type || o.type.isSubtypeOf(vm.t.type) ? kindOf(vm, o as PyType) : null;
    if (!kind) throw vm.error('TypeError', 'this type has no size');
    return vm.newInt(kind.size);
  });

  // cast(obj, typ): the same address seen as a pointer type (c_void_p or py_object).
  fn(vm, d, 'cast', (args) => {
    arity(vm, 'cast', args, 2);
    const [obj, typ] = args;
    const kind = typ instanceof Object && (typ as PyObject).type.isSubtypeOf(vm.t.type) ? kindOf(vm, typ as PyType) : null;
    if (!kind || (kind.family !== 'pointer' && kind.family !== 'object')) {
      const shown = typ.type.isSubtypeOf(vm.t.type) ? (typ as PyType).qualname : typ.type.name;
      throw vm.error('TypeError', `cast() argument 2 must be a pointer type, not ${shown}`);
    }
    let address: bigint;
    if (obj instanceof PyInt) address = obj.value;
    else if (obj instanceof PyCData && obj.kind.family === 'pointer' && !obj.memory) address = (obj.value as bigint | null) ?? 0n;
    else if (obj instanceof PyCData && obj.kind.family === 'object' && obj.object) address = pythonId(obj.object);
    else throw vm.unsupported('ctypes.cast() of that object');
    const result = newCData(vm, typ as PyType, kind);
    if (kind.family === 'pointer') {
      result.value = address;
      return result;
    }
    const found = objectAtAddress(vm, address);
    if (found === null || found === 'freed') {
      vm.decref(result, Cause.New);
      throw vm.unsupported(`ctypes.cast() of 0x${address.toString(16)} to py_object: ${found === 'freed' ? 'the object there was freed' : 'no object id() gave that address'}`);
    }
    // The cast's buffer holds the pointer, not a reference: the object is only borrowed (a later .value takes one).
    result.borrowed = found;
    return result;
  });

  // pythonapi: the interpreter's own C API, of which Py_IncRef and Py_DecRef are modelled.
  const dllType = nativeType(vm, 'ctypes.PyDLL', t.object, 'object');
  // A CDLL instance keeps its functions in its __dict__ once looked up.
  dllType.hasInstanceDict = true;
  const pythonapi = vm.newInstance(dllType);
  for (const [name, delta] of [['Py_IncRef', 1], ['Py_DecRef', -1]] as const) {
    fn(vm, pythonapi.dict as never, name, (args) => {
      arity(vm, name, args, 1);
      const p = args[0];
      if (!(p instanceof PyCData) || p.kind.family !== 'object') {
        if (p instanceof PyInt) throw vm.unsupported(`ctypes.pythonapi.${name}() of an int (CPython would take it for an address)`);
        // ctypes.ArgumentError: the module's Python half defines it (python/ctypes-source.ts).
        const argumentError = d.getStr('ArgumentError') as PyType;
        throw new PyError(vm.newException(argumentError, [vm.newStr("argument 1: TypeError: Don't know how to convert parameter 1")]));
      }
      if (!p.object) throw vm.unsupported(`ctypes.pythonapi.${name}(NULL)`);
      if (delta > 0) vm.incref(p.object, Cause.Internal, 'Py_IncRef through ctypes');
      else vm.decref(p.object, Cause.Internal, 'Py_DecRef through ctypes');
      // The C function returns void; ctypes' default restype reads an int that means nothing.
      return vm.newInt(0);
    });
  }
  setName(vm, d, 'pythonapi', pythonapi, true);
}
