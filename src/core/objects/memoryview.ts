// memoryview and the managed buffer behind it (Objects/memoryobject.c), for one-dimensional views of
// bytes and bytearray. A memoryview holds the managed buffer (its `mbuf`); the managed buffer holds the
// exporter (`master.obj`, the only counted reference to it however many views share the buffer: a view's
// own `view.obj` is borrowed). Slices and memoryview(view) register more views with the same buffer;
// the buffer lets go of the exporter when its last registered view is released (or freed).

import { PyObject } from './object';
import type { PyBytes } from './atoms';
import type { PyArray } from './array';
import { PyNativeIterator } from './native-iterator';
import type { PyType } from './type';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

/** The byte formats: unsigned and signed bytes, and 'c' (items are 1-byte bytes). */
export type ByteFormat = 'B' | 'b' | 'c';
/** The formats of the views the simulator models: the byte formats, and an array's typecodes (native C types). */
export type ViewFormat = ByteFormat | 'h' | 'H' | 'i' | 'I' | 'l' | 'L' | 'q' | 'Q' | 'f' | 'd';
/** struct's native sizes on a 64-bit Linux build. */
export const FORMAT_SIZES: Record<ViewFormat, number> = { B: 1, b: 1, c: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };
/** What exports a buffer: bytes and bytearray (their bytes), array.array (its items' bytes, `value` a live view of them). */
export type BufferExporter = PyBytes | PyArray;

/** _PyManagedBufferObject. */
export class PyManagedBuffer extends PyObject {
  /** Registered views not released yet (mbuf->exports). */
  exports = 0;
  /** Set by mbuf_release: the exporter is let go (and its export count dropped). */
  released = false;
  /** What mbuf_release does besides: _PyObject_GC_UNTRACK (the VM's collector, set by whoever makes the buffer). */
  onRelease: (() => void) | null = null;
  constructor(type: PyType, public obj: BufferExporter | null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.obj) visit(this.obj, 'obj');
  }
  /** mbuf_clear / mbuf_dealloc: PyBuffer_Release of the master buffer. */
  clearRefs(): PyObject[] {
    return this.releaseExporter();
  }
  /** mbuf_release: ends the exporter's export (bytearray's ob_exports) and hands back its reference. */
  releaseExporter(): PyObject[] {
    if (this.released) return [];
    this.released = true;
    this.onRelease?.();
    const obj = this.obj;
    this.obj = null;
    if (!obj) return [];
    obj.exports--;
    return [obj];
  }
}

/** PyMemoryViewObject with ndim 1: item i is the `itemsize` bytes at `start + i * step` of the exporter's data. */
export class PyMemoryView extends PyObject {
  /** Set by release() (or the dealloc): every later use is "operation forbidden on released memoryview object". */
  released = false;
  /** The hash, once computed (read-only views only); memory_hash returns it without any check afterwards. */
  hash: bigint | null = null;
  /** view.format as given to cast ('@B' keeps its '@'; the items and messages use `format`). */
  formatText: string;
  /** The bytes hashed then (the simulator's dict keys are made of them, even after a release). */
  hashedBytes: Uint8Array | null = null;
  constructor(
    type: PyType,
    public mbuf: PyManagedBuffer | null,
    /** view.obj: the exporter, borrowed (the managed buffer holds the reference). */
    readonly exporter: BufferExporter,
    readonly start: number,
    readonly length: number,
    readonly step: number,
    readonly readonly: boolean,
    readonly format: ViewFormat,
  ) {
    super(type);
    this.formatText = format;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.mbuf) visit(this.mbuf, 'mbuf');
  }
  /**
   * memory_dealloc / memory_clear: _memory_release (the last registered view releases the managed
   * buffer, which lets go of the exporter), then Py_CLEAR(self->mbuf).
   */
  clearRefs(): PyObject[] {
    const mbuf = this.mbuf;
    if (!mbuf) return [];
    const out = this.unregister();
    this.mbuf = null;
    out.push(mbuf);
    return out;
  }
  /** _memory_release: what the managed buffer lets go of when this was its last registered view. */
  unregister(): PyObject[] {
    if (this.released || !this.mbuf) return [];
    this.released = true;
    return --this.mbuf.exports === 0 ? this.mbuf.releaseExporter() : [];
  }
  /** view.itemsize: the format's size. */
  get itemsize(): number {
    return FORMAT_SIZES[this.format];
  }
  /** The exporter's bytes this view shows, in order (a copy). */
  bytes(): Uint8Array {
    const data = this.exporter.value;
    const size = this.itemsize;
    if (this.step === size) return data.slice(this.start, this.start + this.length * size);
    const out = new Uint8Array(this.length * size);
    for (let i = 0; i < this.length; i++) out.set(data.subarray(this.start + i * this.step, this.start + i * this.step + size), i * size);
    return out;
  }
  /** MV_CONTIGUOUS_NDIM1: one item, or items one item apart. */
  get contiguous(): boolean {
    return this.length === 1 || this.step === this.itemsize;
  }
}

/** memory_iterator (memoryiterobject): holds the view it walks. */
export class PyMemoryIter extends PyNativeIterator {
  index = 0;
  constructor(type: PyType, public seq: PyMemoryView | null, private readonly item: (vm: VM, view: PyMemoryView, i: number) => PyObject) {
    super(type);
  }
  nextItem(vm: VM): PyObject | null {
    const seq = this.seq;
    if (!seq) return null;
    if (this.index < seq.length) return this.item(vm, seq, this.index++);
    // memoryiter_next: exhausted, the iterator lets go of its view.
    this.seq = null;
    vm.decref(seq, Cause.Iterator, 'it_seq');
    return null;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.seq) visit(this.seq, 'it_seq');
  }
  clearRefs(): PyObject[] {
    const seq = this.seq;
    this.seq = null;
    return seq ? [seq] : [];
  }
}
