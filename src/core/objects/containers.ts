// Sequences and sets. Every slot holds a counted reference; the Heap does the counting,
// these classes only store.

import { PyObject } from './object';
import type { PyType } from './type';
import { SET_MINSIZE } from './capacity';
import { SetTable } from './set-table';

/** list and tuple: an array of counted references. */
export abstract class PyItems extends PyObject {
  constructor(type: PyType, public items: PyObject[]) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    this.items.forEach((item, i) => visit(item, `[${i}]`));
  }
  /** list_dealloc and tupledealloc release items last to first. */
  clearRefs(): PyObject[] {
    const out = this.items.reverse();
    this.items = [];
    return out;
  }
}

/** Places lists' item arrays in memory as their capacity changes (runtime/object-memory.ts). */
export interface ItemArrays {
  resized(list: PyList, from: number, to: number): void;
}

export class PyList extends PyItems {
  private slots = this.items.length;
  /** Where its item array is (allocator units; 0: none). */
  itemsAddress = 0;
  /** What places its item array once the list itself is placed. */
  itemArrays: ItemArrays | null = null;
  /** Slots CPython has allocated (ob_alloc's `allocated`; 0 means no item array), kept by
   *  runtime/list-storage.ts as list_resize grows and shrinks it. A new list is exact (PyList_New). */
  get allocated(): number {
    return this.slots;
  }
  set allocated(slots: number) {
    const from = this.slots;
    this.slots = slots;
    if (this.itemArrays !== null && from !== slots) this.itemArrays.resized(this, from, slots);
  }
  override clearRefs(): PyObject[] {
    // _list_clear: no items; the array itself is freed after them, at the end of the dealloc.
    this.slots = 0;
    return super.clearRefs();
  }
}

export class PyTuple extends PyItems {
  /** Its length when its items were released: which free list its dealloc puts it on (tupledealloc). */
  declare lengthAtRelease: number;
  override clearRefs(): PyObject[] {
    this.lengthAtRelease = this.items.length;
    return super.clearRefs();
  }
}
PyTuple.prototype.lengthAtRelease = 0;

/** set and frozenset: members keyed by their hash key (see dict.ts), in insertion order. */
export class PySet extends PyObject {
  members = new Map<string, PyObject>();
  /** The hash table CPython would have: mask + 1 slots (8 inline in the smalltable), `fill` of them
   *  active or dummy (Objects/setobject.c; kept by runtime/dicts.ts setAdd/setDiscard). */
  mask = SET_MINSIZE - 1;
  fill = 0;
  /**
   * The table itself while every member's hash is one CPython gives in every process (it then decides
   * the order and `mask`/`fill`); null once a member's is not (a str's is randomised per process: the
   * set keeps insertion order then, and `mask`/`fill` are kept without the dummies' reuse).
   */
  table: SetTable | null = new SetTable();
  /** set_pop's search finger: the slot the next pop starts from (set when the set is made, then only by pop). */
  finger = 0;
  constructor(type: PyType) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    for (const m of this.members.values()) visit(m, 'member');
  }
  clearRefs(): PyObject[] {
    const out = [...this.members.values()];
    this.members.clear();
    // set_clear_internal goes back to the smalltable.
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.table = new SetTable();
    return out;
  }
}

export class PySlice extends PyObject {
  constructor(type: PyType, public start: PyObject, public stop: PyObject, public step: PyObject) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    visit(this.start, 'start');
    visit(this.stop, 'stop');
    visit(this.step, 'step');
  }
  clearRefs(): PyObject[] {
    return [this.start, this.stop, this.step];
  }
}

export class PyRange extends PyObject {
  constructor(type: PyType, public start: bigint, public stop: bigint, public step: bigint) {
    super(type);
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
  traverse(): void {}
  clearRefs(): PyObject[] {
    return [];
  }
}
