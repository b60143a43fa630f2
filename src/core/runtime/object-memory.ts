// Where each object the program makes is placed, so that id() gives what CPython's would: a free list's
// object when one is kept (its memory, so its address), else a block of the allocator model, freed at the
// end of the object's dealloc, after what it held. An object's address is past its block's start by its
// pre-header (the GC header and, for class instances, the managed dict's pointers), as PyObject pointers
// are. A list's item array is a block of its own (PyMem_Malloc, same allocator), resized with the list.

import type { PyObject } from '../objects/object';
import { PyList, PyTuple, type ItemArrays } from '../objects/containers';
import { PyInt, PyStr, PyBytes } from '../objects/atoms';
import { PyGenerator } from '../objects/iterators';
import { PyType } from '../objects/type';
import { PyInstance } from '../objects/instances';
import type { VM } from '../vm/vm';
import { Allocator } from './allocator';
import type { Freelists } from './freelists';
import { allocationSize, preHeaderSize, valuesArraySize } from './sizes';

const UNIT = 16;
const PTR = 8;

/**
 * Objects whose allocation depends on their value or code (variable-size objects, generators' frames, classes),
 * or on when they were made (3.13 instances' inline values).
 */
function sizeVaries(o: PyObject, inlineValues: boolean): boolean {
  return o instanceof PyInt || o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple || o instanceof PyGenerator ||
    o instanceof PyType || (inlineValues && o instanceof PyInstance);
}

/** What a type's instances allocate apart from their own block (PyType.instanceStorage). */
const enum Storage {
  None = 0,
  /** A list's item array. */
  Items = 1,
  /** A 3.11/3.12 class instance's values array. */
  Values = 2,
}

function storageOf(o: PyObject, inlineValues: boolean): Storage {
  if (o instanceof PyList) return Storage.Items;
  if (o instanceof PyInstance && !inlineValues && o.type.layout === 'instance' && o.type.hasInstanceDict) return Storage.Values;
  return Storage.None;
}

export class ObjectMemory implements ItemArrays {
  readonly allocator = new Allocator();
  constructor(private readonly vm: VM, private readonly freelists: Freelists) {}

  /**
   * A new object's address. A GC object the collector's accounting took off a free list has it already;
   * a float takes the float free list's here (floats are not GC objects). A new list's items follow it (PyList_New).
   */
  place(o: PyObject): void {
    const type = o.type;
    if (o.address === 0 && !(type === this.vm.t.float && this.freelists.pop(o) && o.address !== 0)) o.address = this.allocate(o);
    let storage = type.instanceStorage;
    if (storage < 0) storage = type.instanceStorage = storageOf(o, this.vm.options.version.sizes.inlineValues);
    if (storage === Storage.Items) {
      const list = o as PyList;
      list.itemArrays = this;
      if (list.allocated > 0) list.itemsAddress = this.allocator.allocate(PTR * list.allocated);
    } else if (storage === Storage.Values) {
      // 3.11/3.12 init_inline_values: sized after the class's keys gave up a slot for this instance.
      const instance = o as PyInstance;
      const keys = instance.dict?.sharedKeys;
      if (instance.inlineValueSlots && keys) instance.valuesAddress = this.allocator.allocate(valuesArraySize(keys.usableSize));
    }
  }

  /** A block for `o`: its address past the pre-header. Its type remembers the pre-header, and the size when every instance's is the same. */
  private allocate(o: PyObject): number {
    const type = o.type;
    let header = type.instanceHeader;
    if (header < 0) header = type.instanceHeader = preHeaderSize(this.vm, o) / UNIT;
    let bytes = type.instanceBlock;
    if (bytes < 0) {
      bytes = allocationSize(this.vm, o);
      if (type.instanceBlock === -1) type.instanceBlock = sizeVaries(o, this.vm.options.version.sizes.inlineValues) ? -2 : bytes;
    }
    return this.allocator.allocate(bytes) + header;
  }

  /** list_resize / list_clear: PyMem_Realloc, PyMem_Malloc or PyMem_Free of the item array. list.sort's -1 keeps it aside. */
  resized(list: PyList, from: number, to: number): void {
    if (from === -1 || to === -1) return;
    if (to <= 0) {
      if (list.itemsAddress !== 0) this.allocator.free(list.itemsAddress);
      list.itemsAddress = 0;
    } else if (list.itemsAddress === 0) list.itemsAddress = this.allocator.allocate(PTR * to);
    else list.itemsAddress = this.allocator.reallocate(list.itemsAddress, PTR * to);
  }

  /** The end of a dealloc: what the object allocated apart goes first (list_dealloc frees the items' array). */
  releaseStorage(o: PyObject): void {
    const storage = o.type.instanceStorage;
    if (storage === Storage.Items) {
      const list = o as PyList;
      if (list.itemsAddress !== 0) this.allocator.free(list.itemsAddress);
      list.itemsAddress = 0;
    } else if (storage === Storage.Values) {
      // _PyObject_FreeInstanceAttributes (the values go with the instance, even to a dict made from them).
      const instance = o as PyInstance;
      if (instance.valuesAddress !== 0) this.allocator.free(instance.valuesAddress);
      instance.valuesAddress = 0;
    }
  }

  /** A freed object's memory: kept on the float free list, or back to the allocator (GC free lists: GcState.released). */
  release(o: PyObject): void {
    if (o.address === 0) return;
    const type = o.type;
    if (type === this.vm.t.float && this.freelists.push(o)) return;
    // A free list's object may be the first of its type placed here (its pre-header not known yet).
    if (type.instanceHeader >= 0) this.allocator.free(o.address - type.instanceHeader);
    else this.allocator.freeContaining(o.address);
  }
}
