// The simulated heap's objects. Every Python value is a PyObject with an id, a type and a
// reference count; the count is only ever changed by the Heap (src/core/runtime/heap.ts).

import type { PyType } from './type';

let nextId = 1;

/** Ids are per-run: the VM resets them so two runs of one file give identical traces. A run that is resumed
 *  after another one ran restores its own counter (`next`). */
export function resetObjectIds(next = 1): void {
  nextId = next;
}

/** The id the next object will get. */
export function nextObjectId(): number {
  return nextId;
}

/** The next id, saved and restored when the machine switches processes (each has its own ids). */
export function getObjectIdCounter(): number {
  return nextId;
}
export function setObjectIdCounter(n: number): void {
  nextId = n;
}

/** Where the allocator model's memory starts (runtime/allocator.ts; a typical mmap address on 64-bit Linux). */
const HEAP_BASE = 0x7f0000000000;
/** Where the interpreter's static objects are (the binary's data): those the allocator model never placed. */
const STATIC_BASE = 0x560000000000;
const ADDRESS_UNIT = 16;

/** The address id() shows for an object placed at `address` (allocator units), or for a static one (0) by its simulator id. */
export function idValue(address: number, objectId: number): number {
  return address !== 0 ? HEAP_BASE + address * ADDRESS_UNIT : STATIC_BASE + objectId * ADDRESS_UNIT;
}

/** What `id(o)` returns: the object's address. */
export function pythonId(o: PyObject): bigint {
  return BigInt(idValue(o.address, o.id));
}

export abstract class PyObject {
  readonly id: number = nextId++;
  /** Reference count. A new object starts at 1: the reference its creator holds. */
  rc = 1;
  /** Set once the object has been freed; any later use is a simulator bug. */
  freed = false;
  /** 3.12+ immortal objects (PEP 683): their count never changes. */
  immortal = false;
  /** The collector's list holding the object (GcList in runtime/gc-state.ts; -2: not a GC object). */
  gcList = -2;
  /** Where the allocator model placed it (runtime/allocator.ts units); 0 for the interpreter's static objects. */
  address = 0;
  // The fields below are set on few objects: their defaults live on the prototype (see the end of this
  // file), so that the many ints and frames the simulator makes are smaller and quicker to make.
  /** True once `__del__` ran (PEP 442: a finalizer runs at most once). */
  declare finalized: boolean;
  /** The attribute dict of an instance of a class statement's subclass of a built-in type (`class Stack(list)`). */
  declare subclassDict: PyObject | null;
  /** Set once the collector's tp_clear released what it held: its deallocation releases nothing more. */
  declare gcCleared: boolean;
  /** Weak references to this object, in CPython's list order (runtime/weakrefs.ts); null when none. */
  declare weakrefs: PyObject[] | null;
  /** Made by the interpreter, not counted as the program's allocation (runtime/gc-state.ts `quietly`). */
  declare interpreterMade: boolean;
  constructor(public type: PyType) {}

  /** Calls `visit` for each object this one holds a counted reference to, in CPython's tp_traverse order. */
  abstract traverse(visit: (child: PyObject, slot: string) => void): void;

  /** Drops every reference this object holds (tp_clear); the caller releases what is returned. */
  abstract clearRefs(): PyObject[];
}

PyObject.prototype.finalized = false;
PyObject.prototype.subclassDict = null;
PyObject.prototype.gcCleared = false;
PyObject.prototype.weakrefs = null;
PyObject.prototype.interpreterMade = false;

/** What an object that holds nothing releases: one shared, frozen list (a freed int makes no array). */
export const NO_REFS = Object.freeze([]) as unknown as PyObject[];

/** Objects that hold no references to other objects (ints, strs, floats, ...). */
export abstract class PyAtom extends PyObject {
  traverse(): void {}
  clearRefs(): PyObject[] {
    return NO_REFS;
  }
}
