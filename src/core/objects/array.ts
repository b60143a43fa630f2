// array.array (Modules/arraymodule.c): items stored unboxed, as C values in one block of bytes
// (ob_item), the way CPython stores them. Reading an item makes a new int or float object each time;
// no item is an object the array holds, so the collector sees no children. `allocated` follows
// array_resize's over-allocation, which sys.getsizeof shows.

import { PyObject } from './object';
import type { PyType } from './type';
import { PyNativeIterator } from './native-iterator';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { readFormat, writeFormat, type CValue } from '../runtime/native-formats';

/** The typecodes the simulator models (struct arraydescr of a 64-bit Linux build: long is 8 bytes). */
export type ArrayTypecode = 'b' | 'B' | 'h' | 'H' | 'i' | 'I' | 'l' | 'L' | 'q' | 'Q' | 'f' | 'd';

export const ITEM_SIZES: Record<ArrayTypecode, number> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

export type { CValue };

export class PyArray extends PyObject {
  readonly itemsize: number;
  /** ob_item: `allocated` items' room; the first `length` items are the array's. */
  data: Uint8Array;
  /** Py_SIZE. */
  length = 0;
  /** Buffers exported and not released (ob_exports): resizing is refused while there are any. */
  exports = 0;
  constructor(type: PyType, readonly typecode: ArrayTypecode, allocated: number) {
    super(type);
    this.itemsize = ITEM_SIZES[typecode];
    this.data = new Uint8Array(allocated * this.itemsize);
    this.length = allocated;
  }

  /** self->allocated. */
  get allocated(): number {
    return this.data.length / this.itemsize;
  }
  /** The C value of item i (in range), as the typecode's getitem reads it. */
  get(i: number): CValue {
    return readFormat(this.data, i * this.itemsize, this.typecode);
  }
  /** Stores an already checked C value at item i. */
  set(i: number, value: CValue): void {
    writeFormat(this.data, i * this.itemsize, this.typecode, value);
  }
  /** getarrayitem: item i as a new int or float object. */
  item(vm: VM, i: number): PyObject {
    const value = this.get(i);
    return this.typecode === 'f' || this.typecode === 'd' ? vm.newFloat(value as number) : vm.newInt(value);
  }
  /** The items' bytes, a live view (what a buffer of the array exports; valid until the next resize, which exports forbid). */
  get value(): Uint8Array {
    return this.data.subarray(0, this.length * this.itemsize);
  }
  /** The array's bytes (a copy), as tobytes() and bytes() give them. */
  bytes(): Uint8Array {
    return this.data.slice(0, this.length * this.itemsize);
  }

  /**
   * array_resize: exact when the allocation already fits (and is not 16 items too big), else
   * over-allocated by (newsize >> 4) + (3 or 7); 0 frees the block. Refused while buffers are exported.
   */
  resize(vm: VM, newsize: number): void {
    if (this.exports > 0 && newsize !== this.length) throw vm.error('BufferError', 'cannot resize an array that is exporting buffers');
    if (this.allocated >= newsize && this.length < newsize + 16 && this.data.length > 0) {
      this.length = newsize;
      return;
    }
    if (newsize === 0) {
      this.data = new Uint8Array(0);
      this.length = 0;
      return;
    }
    const allocated = (newsize >> 4) + (this.length < 8 ? 3 : 7) + newsize;
    const data = new Uint8Array(allocated * this.itemsize);
    data.set(this.data.subarray(0, Math.min(this.length, newsize) * this.itemsize));
    this.data = data;
    this.length = newsize;
  }
  /** No object references: the items are C values (array_tp_traverse visits only the type). */
  traverse(): void {}
  clearRefs(): PyObject[] {
    return [];
  }
  /** array_del_slice's move: items [start, stop) taken out (the caller resizes). */
  removeRange(start: number, stop: number): void {
    const size = this.itemsize;
    this.data.copyWithin(start * size, stop * size, this.length * size);
  }
}

/** arrayiterator: the array (held until the iterator is exhausted) and the next index. */
export class PyArrayIter extends PyNativeIterator {
  index = 0;
  constructor(type: PyType, public array: PyArray | null) {
    super(type);
  }
  nextItem(vm: VM): PyObject | null {
    const a = this.array;
    if (!a) return null;
    if (this.index < a.length) return a.item(vm, this.index++);
    // arrayiter_next: exhausted, the iterator lets go of its array.
    this.array = null;
    vm.decref(a, Cause.Iterator, 'ao');
    return null;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.array) visit(this.array, 'ao');
  }
  clearRefs(): PyObject[] {
    const a = this.array;
    this.array = null;
    return a ? [a] : [];
  }
}

/**
 * reversed(array): the built-in `reversed` object over a sequence (Objects/enumobject.c), which holds the
 * array and reads it through sq_item from the last index down (a new object per item), letting go of it at the end.
 */
export class PyArrayReversed extends PyNativeIterator {
  constructor(type: PyType, public array: PyArray | null, private index: number) {
    super(type);
  }
  nextItem(vm: VM): PyObject | null {
    const a = this.array;
    if (!a) return null;
    // reversed_next: an index the array no longer has ends the iteration (the IndexError is swallowed).
    if (this.index >= 0 && this.index < a.length) return a.item(vm, this.index--);
    this.index = -1;
    this.array = null;
    vm.decref(a, Cause.Iterator, 'seq');
    return null;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.array) visit(this.array, 'seq');
  }
  clearRefs(): PyObject[] {
    const a = this.array;
    this.array = null;
    return a ? [a] : [];
  }
}
