// CPython's free lists for the objects a program makes most: a new list, dict, small tuple, slice or
// float reuses a freed one when one is kept, and a freed one is kept while there is room. A kept object
// is the freed memory itself, so the new object has the freed one's address (id): the last kept is the
// first reused. For GC objects, reuse also bypasses the collector's allocation count in both directions
// (PyObject_GC_New / PyObject_GC_Del are not called), which is what decides when automatic collections run.
// Sizes: Objects/listobject.c (80), dictobject.c (80), tupleobject.c (2000 per length < 20),
// sliceobject.c (one cached slice), floatobject.c (100), genobject.c (80 async generator wrapped values,
// 80 asend awaitables: one of each per async `yield` step). A full collection empties all but the slice
// cache (clear_freelists), giving their memory back to the allocator.

import type { PyObject } from '../objects/object';
import { PyItems, PyTuple } from '../objects/containers';

export interface FreelistSizes {
  list: number;
  dict: number;
  slice: number;
  /** Kept tuples by length, index 0 = length 1. */
  tuple: number[];
}

/** Floats kept when a program starts (measured: 150 floats freed at once, the next one takes the 51st). */
const STARTUP_FLOATS = 1;
const MAX = { list: 80, dict: 80, slice: 1, tuple: 2000, float: 100, asyncGenValue: 80, asyncGenASend: 80 };
const TUPLE_LENGTHS = 19;

type Kind = 'list' | 'dict' | 'slice' | 'float' | 'asyncGenValue' | 'asyncGenASend';

/**
 * One free list: the kept objects' addresses (allocator units; 0 for one the interpreter kept before the
 * program started, whose address the model does not know), the last kept at the end.
 */
class Kept {
  readonly addresses: number[];
  constructor(startup: number, readonly max: number) {
    this.addresses = new Array<number>(startup).fill(0);
  }
  get length(): number {
    return this.addresses.length;
  }
}

/** Gives a cleared object's memory back to the allocator. */
export type ReleaseBlock = (address: number) => void;

/** Which free list an exact built-in object would come from / go to, if any. */
function kindOf(o: PyObject): Kind | 'tuple' | null {
  const t = o.type;
  if (t.heap) return null;
  switch (t.layout) {
    case 'list':
    case 'dict':
    case 'slice':
    case 'tuple':
    case 'float':
      return t.layout;
    default:
      // _PyAsyncGenWrappedValue and async_generator_asend (the async generator state's free lists).
      if (t.name === 'async_generator_wrapped_value') return 'asyncGenValue';
      if (t.name === 'async_generator_asend') return 'asyncGenASend';
      return null;
  }
}

export class Freelists {
  private readonly lists: Record<Kind, Kept>;
  private readonly tuples: Kept[];
  constructor(initial: FreelistSizes, private readonly release: ReleaseBlock = () => undefined) {
    this.lists = {
      list: new Kept(initial.list, MAX.list), dict: new Kept(initial.dict, MAX.dict), slice: new Kept(initial.slice, MAX.slice),
      float: new Kept(STARTUP_FLOATS, MAX.float), asyncGenValue: new Kept(0, MAX.asyncGenValue), asyncGenASend: new Kept(0, MAX.asyncGenASend),
    };
    this.tuples = Array.from({ length: TUPLE_LENGTHS }, (_, i) => new Kept(initial.tuple[i] ?? 0, MAX.tuple));
  }

  private listOf(o: PyObject, length: number): Kept | null {
    const kind = kindOf(o);
    if (kind === null) return null;
    if (kind !== 'tuple') return this.lists[kind];
    return length >= 1 && length <= TUPLE_LENGTHS ? this.tuples[length - 1] : null;
  }

  /**
   * A new object of `o`'s kind and length takes a kept one: true when one was there. `o` takes its address
   * (stays 0 for one kept from before the program: the allocator places it).
   */
  pop(o: PyObject): boolean {
    const kept = this.listOf(o, kindOf(o) === 'tuple' ? (o as PyItems).items.length : 0);
    if (kept === null || kept.length === 0) return false;
    o.address = kept.addresses.pop() as number;
    return true;
  }

  /** A freed object is kept (with its address) when there is room: true when it was. */
  push(o: PyObject, length = o instanceof PyTuple ? o.lengthAtRelease : 0): boolean {
    const kept = this.listOf(o, length);
    if (kept === null || kept.length >= kept.max) return false;
    kept.addresses.push(o.address);
    return true;
  }

  /** The kept tuples and dicts (what an import's allocations mostly are: modules/import-garbage.ts). */
  tuplesAndDicts(): number {
    return this.lists.dict.length + this.tuples.reduce((sum, t) => sum + t.length, 0);
  }

  /**
   * An allocation of a tuple or dict of no known length takes a kept one (the most kept first): true when
   * one was there. Its memory stays in the interpreter's use (the module keeps the object).
   */
  popTupleOrDict(): boolean {
    let best: Kept | null = null;
    for (const kept of this.tuples) if (kept.length > (best?.length ?? 0)) best = kept;
    const dict = this.lists.dict;
    const from = best !== null && best.length >= dict.length ? best : dict.length > 0 ? dict : null;
    if (from === null) return false;
    from.addresses.pop();
    return true;
  }

  /** Every kept GC object, the cached slice included. */
  size(): number {
    const { list, dict, slice, asyncGenValue, asyncGenASend } = this.lists;
    return list.length + dict.length + slice.length + asyncGenValue.length + asyncGenASend.length + this.tuples.reduce((sum, t) => sum + t.length, 0);
  }

  /**
   * clear_freelists on a full collection (the one-slice cache is not among them: it stays): each list
   * frees its objects from the last kept down. Returns how many GC objects went.
   */
  clear(): number {
    const { list, dict, float, asyncGenValue, asyncGenASend } = this.lists;
    const gcObjects = list.length + dict.length + asyncGenValue.length + asyncGenASend.length + this.tuples.reduce((sum, t) => sum + t.length, 0);
    for (const kept of [...this.tuples, float, list, dict, asyncGenValue, asyncGenASend]) this.empty(kept);
    return gcObjects;
  }

  private empty(kept: Kept): void {
    while (kept.length) {
      const address = kept.addresses.pop() as number;
      if (address !== 0) this.release(address);
    }
  }
}
