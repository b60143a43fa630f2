// What memoryview does with its bytes (Objects/memoryobject.c), for 1-D views of bytes and bytearray in
// the byte formats 'B', 'b' and 'c', and of array.array in its typecode's format: making views (a new
// managed buffer, or one more view of a view's), release, items, slices, assignment, comparison and
// hashing. The messages are CPython's.

import type { PyObject } from '../objects/object';
import { PyBytes, PyFloat, PyInt } from '../objects/atoms';
import { PyList, PySlice, PyTuple } from '../objects/containers';
import { PyManagedBuffer, PyMemoryView, FORMAT_SIZES, type BufferExporter, type ViewFormat } from '../objects/memoryview';
import { PyArray } from '../objects/array';
import { readFormat, writeFormat, isFloatFormat, type CValue } from './native-formats';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { sliceIndices } from './subscripts';

/** CHECK_RELEASED. */
export function checkReleased(vm: VM, mv: PyMemoryView): void {
  if (mv.released) throw vm.error('ValueError', 'operation forbidden on released memoryview object');
}

/** The bytes of a bytes-like object that memoryview, its slice assignment and comparisons accept, or null. */
export function exportedBytes(vm: VM, o: PyObject): { bytes: Uint8Array; format: ViewFormat } | null {
  if (o instanceof PyMemoryView) {
    checkReleased(vm, o);
    return { bytes: o.bytes(), format: o.format };
  }
  if (o instanceof PyBytes) return { bytes: o.value, format: 'B' };
  if (o instanceof PyArray) return { bytes: o.bytes(), format: o.typecode };
  return null;
}

/** mbuf_add_view: one more view registered with `mbuf` (counted in its exports, holding a reference to it). */
function addView(vm: VM, mbuf: PyManagedBuffer, exporter: BufferExporter, start: number, length: number, step: number, readonly: boolean, format: ViewFormat): PyMemoryView {
  const mv = vm.track(new PyMemoryView(vm.t.memoryview, null, exporter, start, length, step, readonly, format));
  mv.mbuf = vm.incref(mbuf, Cause.Slot, 'mbuf') as PyManagedBuffer;
  mbuf.exports++;
  return mv;
}

/** A view like `mv` (same buffer, same items) with some fields changed: memoryview(mv), slices, cast, toreadonly. */
export function viewOf(vm: VM, mv: PyMemoryView, change: Partial<Pick<PyMemoryView, 'start' | 'length' | 'step' | 'readonly' | 'format' | 'formatText'>> = {}): PyMemoryView {
  const v = { start: mv.start, length: mv.length, step: mv.step, readonly: mv.readonly, format: mv.format, formatText: mv.formatText, ...change };
  const view = addView(vm, mv.mbuf as PyManagedBuffer, mv.exporter, v.start, v.length, v.step, v.readonly, v.format);
  view.formatText = v.formatText;
  return view;
}

/** PyMemoryView_FromObject: a view of a view shares its managed buffer; a bytes-like object gets a new one. */
export function newMemoryView(vm: VM, o: PyObject): PyMemoryView {
  if (o instanceof PyMemoryView) {
    checkReleased(vm, o);
    return viewOf(vm, o);
  }
  // A class's __buffer__ (PEP 688, 3.12+) would run Python code to make the buffer: not modelled.
  if (o.type.heap && o.type.lookup('__buffer__')) throw vm.unsupported('memoryview of an object with __buffer__');
  if (!(o instanceof PyBytes) && !(o instanceof PyArray)) throw vm.error('TypeError', `memoryview: a bytes-like object is required, not '${o.type.name}'`);
  // _PyManagedBuffer_FromObject: the buffer takes the exporter's getbuffer reference (bytearray and array count an export).
  const mbuf = vm.track(new PyManagedBuffer(vm.t.managedbuffer, null));
  mbuf.onRelease = () => {
    if (mbuf.gcList >= 0) vm.gc.untrack(mbuf);
  };
  mbuf.obj = vm.incref(o, Cause.Slot, 'managedbuffer.obj') as BufferExporter;
  o.exports++;
  // array_buffer_getbuf: writable, its typecode as the format, one item per array item.
  const mv = o instanceof PyArray
    ? addView(vm, mbuf, o, 0, o.length, o.itemsize, false, o.typecode)
    : addView(vm, mbuf, o, 0, o.value.length, 1, !o.type.isSubtypeOf(vm.t.bytearray), 'B');
  vm.decref(mbuf, Cause.Stack);
  return mv;
}

/** memoryview.release() (and `with`'s exit): the last registered view releases the managed buffer at once. */
export function releaseView(vm: VM, mv: PyMemoryView): void {
  const dropped = mv.unregister();
  for (const o of dropped) vm.decref(o, Cause.Slot, 'managedbuffer.obj');
}

/** unpack_single: item `i` (in range) as a new object. */
export function viewItem(vm: VM, mv: PyMemoryView, i: number): PyObject {
  checkReleased(vm, mv);
  const value = readFormat(mv.exporter.value, mv.start + i * mv.step, mv.format);
  if (mv.format === 'c') return vm.newBytes(Uint8Array.of(value as number));
  return isFloatFormat(mv.format) ? vm.newFloat(value as number) : vm.newInt(value);
}

/** PyNumber_AsSsize_t(key, IndexError) then lookup_dimension. */
function itemIndex(vm: VM, mv: PyMemoryView, key: PyInt): number {
  let i = key.value;
  if (i >= 1n << 63n || i < -(1n << 63n)) throw vm.error('IndexError', "cannot fit 'int' into an index-sized integer");
  if (i < 0n) i += BigInt(mv.length);
  if (i < 0n || i >= BigInt(mv.length)) throw vm.error('IndexError', 'index out of bounds on dimension 1');
  return Number(i);
}

/** Keys that index (_PyIndex_Check); a class's __index__ would run Python code, which is not modelled here. */
function isIndex(vm: VM, key: PyObject): key is PyInt {
  if (key instanceof PyInt) return true;
  if (key.type.lookup('__index__')) throw vm.unsupported('memoryview indexed by an object with __index__');
  return false;
}

/** What a tuple key asks of a 1-D view (memory_item_multi / is_multislice), or null for an invalid key. */
function tupleKeyIndex(vm: VM, mv: PyMemoryView, key: PyObject): number | null {
  if (!(key instanceof PyTuple)) return null;
  if (key.items.every((k) => isIndex(vm, k))) {
    if (key.items.length < 1) throw vm.error('NotImplementedError', 'sub-views are not implemented');
    if (key.items.length > 1) throw vm.error('TypeError', `cannot index 1-dimension view with ${key.items.length}-element tuple`);
    return itemIndex(vm, mv, key.items[0] as PyInt);
  }
  if (key.items.length && key.items.every((k) => k instanceof PySlice)) {
    throw vm.error('NotImplementedError', 'multi-dimensional slicing is not implemented');
  }
  return null;
}

/** memory_subscript. */
export function viewGetItem(vm: VM, mv: PyMemoryView, key: PyObject): PyObject {
  checkReleased(vm, mv);
  if (isIndex(vm, key)) return viewItem(vm, mv, itemIndex(vm, mv, key));
  if (key instanceof PySlice) {
    // mbuf_add_view then init_slice (the view CPython makes before a bad slice fails is not modelled).
    const [a, b, c] = sliceIndices(vm, key, mv.length);
    const n = c > 0 ? Math.max(0, Math.ceil((b - a) / c)) : Math.max(0, Math.ceil((a - b) / -c));
    return viewOf(vm, mv, { start: mv.start + a * mv.step, length: n, step: mv.step * c });
  }
  const i = tupleKeyIndex(vm, mv, key);
  if (i !== null) return viewItem(vm, mv, i);
  throw vm.error('TypeError', 'memoryview: invalid slice key');
}

/** The integer formats' ranges (pack_single's checks). */
const INT_RANGES: Partial<Record<ViewFormat, [bigint, bigint]>> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-(1n << 15n), (1n << 15n) - 1n], H: [0n, (1n << 16n) - 1n],
  i: [-(1n << 31n), (1n << 31n) - 1n], I: [0n, (1n << 32n) - 1n], l: [-(1n << 63n), (1n << 63n) - 1n],
  L: [0n, (1n << 64n) - 1n], q: [-(1n << 63n), (1n << 63n) - 1n], Q: [0n, (1n << 64n) - 1n],
};

/** pack_single: the C value `value` stands for in the view's format. */
function packItem(vm: VM, mv: PyMemoryView, value: PyObject): CValue {
  const invalidType = () => vm.error('TypeError', `memoryview: invalid type for format '${mv.format}'`);
  if (mv.format === 'c') {
    if (!(value instanceof PyBytes) || value.type !== vm.t.bytes) throw invalidType();
    if (value.value.length !== 1) throw vm.error('ValueError', "memoryview: invalid value for format 'c'");
    return value.value[0];
  }
  if (isFloatFormat(mv.format)) {
    // PyFloat_AsDouble (an int converts; a class's __float__ would run Python code: not modelled).
    if (value instanceof PyFloat) return mv.format === 'f' ? Math.fround(value.value) : value.value;
    if (value instanceof PyInt) {
      const x = Number(value.value);
      if (!Number.isFinite(x)) throw vm.error('OverflowError', 'int too large to convert to float');
      return mv.format === 'f' ? Math.fround(x) : x;
    }
    if (value.type.lookup('__float__') || value.type.lookup('__index__')) throw vm.unsupported('memoryview item assigned an object with __float__');
    throw invalidType();
  }
  if (!(value instanceof PyInt)) {
    if (value.type.lookup('__index__')) throw vm.unsupported('memoryview item assigned an object with __index__');
    throw invalidType();
  }
  const [lo, hi] = INT_RANGES[mv.format] as [bigint, bigint];
  if (value.value < lo || value.value > hi) throw vm.error('ValueError', `memoryview: invalid value for format '${mv.format}'`);
  return mv.itemsize === 8 ? value.value : Number(value.value);
}

/** memory_ass_sub (value null: `del`). */
export function viewSetItem(vm: VM, mv: PyMemoryView, key: PyObject, value: PyObject | null): void {
  checkReleased(vm, mv);
  if (mv.readonly) throw vm.error('TypeError', 'cannot modify read-only memory');
  if (value === null) throw vm.error('TypeError', 'cannot delete memory');
  const data = mv.exporter.value;
  if (isIndex(vm, key)) {
    const i = itemIndex(vm, mv, key);
    writeFormat(data, mv.start + i * mv.step, mv.format, packItem(vm, mv, value));
    return;
  }
  if (key instanceof PySlice) {
    // The rvalue must export a buffer of the same structure (format and length); it is read whole first (overlap).
    const src = exportedBytes(vm, value);
    if (!src) throw vm.error('TypeError', `a bytes-like object is required, not '${value.type.name}'`);
    const [a, b, c] = sliceIndices(vm, key, mv.length);
    const n = c > 0 ? Math.max(0, Math.ceil((b - a) / c)) : Math.max(0, Math.ceil((a - b) / -c));
    const size = mv.itemsize;
    if (src.format !== mv.format || src.bytes.length !== n * size) {
      throw vm.error('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    }
    const bytes = Uint8Array.from(src.bytes);
    for (let k = 0; k < n; k++) data.set(bytes.subarray(k * size, (k + 1) * size), mv.start + (a + k * c) * mv.step);
    return;
  }
  const i = tupleKeyIndex(vm, mv, key);
  if (i !== null) {
    writeFormat(data, mv.start + i * mv.step, mv.format, packItem(vm, mv, value));
    return;
  }
  throw vm.error('TypeError', 'memoryview: invalid slice key');
}

/** The items as JS values (numbers, bigints, or byte codes tagged for 'c'), for comparisons. */
function unpacked(bytes: Uint8Array, format: ViewFormat): (CValue | string)[] {
  const size = FORMAT_SIZES[format];
  return Array.from({ length: bytes.length / size }, (_, i) => {
    const x = readFormat(bytes, i * size, format);
    return format === 'c' ? `c${x}` : x;
  });
}

/**
 * memory_richcompare for == and !=: a released view equals only itself; the other operand must export a
 * buffer (else NotImplemented: null); items compare by value, so 'c' items never equal 'B' ones.
 */
export function viewEquals(vm: VM, mv: PyMemoryView, other: PyObject): boolean | null {
  if (mv.released) return mv === other;
  if (!(other instanceof PyMemoryView) && !(other instanceof PyBytes) && !(other instanceof PyArray)) return null;
  if (other instanceof PyMemoryView && other.released) return false;
  const src = exportedBytes(vm, other) as { bytes: Uint8Array; format: ViewFormat };
  if (src.bytes.length / FORMAT_SIZES[src.format] !== mv.length) return false;
  const x = unpacked(mv.bytes(), mv.format);
  const y = unpacked(src.bytes, src.format);
  // Items compare by value (1 == 1.0; a NaN equals nothing, not even in the same view).
  return x.every((v, i) => (typeof v === 'string' || typeof y[i] === 'string' ? v === y[i] : v == y[i]));
}

/**
 * memory_hash: the bytes a read-only view shows, hashed once (then cached: a released view still has
 * its hash). The exporter is hashed first, so a read-only view of a bytearray is unhashable.
 */
export function hashedBytes(vm: VM, mv: PyMemoryView): Uint8Array {
  if (mv.hashedBytes) return mv.hashedBytes;
  checkReleased(vm, mv);
  if (!mv.readonly) throw vm.error('ValueError', 'cannot hash writable memoryview object');
  if (!'Bbc'.includes(mv.format)) throw vm.error('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  if (mv.exporter instanceof PyArray || mv.exporter.type.isSubtypeOf(vm.t.bytearray)) throw vm.error('TypeError', `unhashable type: '${mv.exporter.type.name}'`);
  if (mv.exporter.type.heap && mv.exporter.type.lookup('__hash__') !== vm.t.bytes.lookup('__hash__')) throw vm.unsupported('hashing a memoryview of a bytes subclass');
  mv.hashedBytes = mv.bytes();
  return mv.hashedBytes;
}

/** The getters of memoryview (memory_getsetlist), each checking first that the view is not released. */
export const VIEW_GETTERS: Record<string, (vm: VM, mv: PyMemoryView) => PyObject> = {
  obj: (vm, mv) => vm.incref(mv.exporter, Cause.Stack),
  nbytes: (vm, mv) => vm.newInt(mv.length * mv.itemsize),
  readonly: (vm, mv) => vm.newBool(mv.readonly),
  itemsize: (vm, mv) => vm.newInt(mv.itemsize),
  format: (vm, mv) => vm.newStr(mv.formatText),
  ndim: (vm) => vm.newInt(1),
  shape: (vm, mv) => vm.newTuple([vm.newInt(mv.length)]),
  strides: (vm, mv) => vm.newTuple([vm.newInt(mv.step)]),
  suboffsets: (vm) => vm.newTuple([]),
  c_contiguous: (vm, mv) => vm.newBool(mv.contiguous),
  f_contiguous: (vm, mv) => vm.newBool(mv.contiguous),
  contiguous: (vm, mv) => vm.newBool(mv.contiguous),
};

/** The single-character native formats struct knows (get_native_fmtchar). */
const NATIVE_FORMATS = 'cbB?hHiIlLqQnNfdeP';

/**
 * memoryview.cast for what the simulator models: a contiguous byte view to another byte format, with
 * no shape or a one-dimensional one. Other formats and shapes stop with a "not modelled" diagnostic.
 */
export function castView(vm: VM, mv: PyMemoryView, format: string, shape: PyObject | null): PyMemoryView {
  checkReleased(vm, mv);
  if (!mv.contiguous) throw vm.error('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  if (shape && mv.length === 0) throw vm.error('TypeError', 'memoryview: cannot cast view with zeros in shape or strides');
  if (shape && !(shape instanceof PyList || shape instanceof PyTuple)) throw vm.error('TypeError', 'shape must be a list or a tuple');
  // cast_to_1D
  const char = format.startsWith('@') ? format.slice(1) : format;
  if (char.length !== 1 || !NATIVE_FORMATS.includes(char)) {
    throw vm.error('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!'Bbc'.includes(mv.format) && !'Bbc'.includes(char)) throw vm.error('TypeError', 'memoryview: cannot cast between two non-byte formats');
  if (!'Bbc'.includes(char)) throw vm.unsupported(`memoryview.cast to '${format}'`);
  const nbytes = mv.length * mv.itemsize;
  if (shape) {
    // cast_to_ND: positive ints whose product is the length in bytes.
    const dims = (shape as PyList | PyTuple).items;
    if (dims.length > 64) throw vm.error('ValueError', 'memoryview: number of dimensions must not exceed 64');
    let product = 1n;
    for (const d of dims) {
      if (!(d instanceof PyInt)) throw vm.error('TypeError', 'memoryview.cast(): elements of shape must be integers');
      if (d.value <= 0n) throw vm.error('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      product *= d.value;
    }
    if (product !== BigInt(nbytes)) throw vm.error('TypeError', 'memoryview: product(shape) * itemsize != buffer size');
    if (dims.length !== 1) throw vm.unsupported(`memoryview.cast to ${dims.length === 0 ? 'zero dimensions' : `${dims.length} dimensions`}`);
  }
  return viewOf(vm, mv, { format: char as ViewFormat, formatText: format, step: 1, length: nbytes });
}
