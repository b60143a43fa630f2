// CPython's free lists for the GC objects a program makes most: a new list, dict, small tuple
// or slice reuses a freed one when one is kept, and a freed one is kept while there is room.
// Reuse bypasses the collector's allocation count in both directions (PyObject_GC_New /
// PyObject_GC_Del are not called), which is what decides when automatic collections run.
// Sizes: Objects/listobject.c (80), dictobject.c (80), tupleobject.c (2000 per length < 20),
// sliceobject.c (one cached slice), genobject.c (80 async generator wrapped values, 80 asend awaitables:
// one of each per async `yield` step). A full collection empties all but the slice cache (clear_freelists).

import type { PyObject } from '../objects/object';
import { PyItems } from '../objects/containers';

export interface FreelistSizes {
  list: number;
  dict: number;
  slice: number;
  /** Kept tuples by length, index 0 = length 1. */
  tuple: number[];
}

const MAX = { list: 80, dict: 80, slice: 1, tuple: 2000, asyncGenValue: 80, asyncGenASend: 80 };
const TUPLE_LENGTHS = 19;

type Kind = 'list' | 'dict' | 'slice' | 'tuple' | 'asyncGenValue' | 'asyncGenASend';
type KeptCounts = FreelistSizes & { asyncGenValue: number; asyncGenASend: number };

/** Which free list an exact built-in object would come from / go to, if any. */
function kindOf(o: PyObject): Kind | null {
  const t = o.type;
  if (t.heap) return null;
  switch (t.layout) {
    case 'list':
    case 'dict':
    case 'slice':
      return t.layout;
    case 'tuple':
      return 'tuple';
    default:
      // _PyAsyncGenWrappedValue and async_generator_asend (the async generator state's free lists).
      if (t.name === 'async_generator_wrapped_value') return 'asyncGenValue';
      if (t.name === 'async_generator_asend') return 'asyncGenASend';
      return null;
  }
}

export class Freelists {
  private readonly kept: KeptCounts;
  constructor(initial: FreelistSizes) {
    this.kept = { ...initial, tuple: Array.from({ length: TUPLE_LENGTHS }, (_, i) => initial.tuple[i] ?? 0), asyncGenValue: 0, asyncGenASend: 0 };
  }

  /** A new object of `o`'s kind and length takes a kept one: true when one was there. */
  pop(o: PyObject): boolean {
    const kind = kindOf(o);
    if (!kind) return false;
    if (kind === 'tuple') {
      const i = (o as PyItems).items.length - 1;
      if (i < 0 || i >= TUPLE_LENGTHS || this.kept.tuple[i] === 0) return false;
      this.kept.tuple[i]--;
      return true;
    }
    if (this.kept[kind] === 0) return false;
    this.kept[kind]--;
    return true;
  }

  /** A freed object is kept when there is room: true when it was. */
  push(o: PyObject, length = kindOf(o) === 'tuple' ? (o as PyItems).items.length : 0): boolean {
    const kind = kindOf(o);
    if (!kind) return false;
    if (kind === 'tuple') {
      const i = length - 1;
      if (i < 0 || i >= TUPLE_LENGTHS || this.kept.tuple[i] >= MAX.tuple) return false;
      this.kept.tuple[i]++;
      return true;
    }
    if (this.kept[kind] >= MAX[kind]) return false;
    this.kept[kind]++;
    return true;
  }

  /** The kept tuples and dicts (what an import's allocations mostly are: modules/import-garbage.ts). */
  tuplesAndDicts(): number {
    return this.kept.dict + this.kept.tuple.reduce((sum, n) => sum + n, 0);
  }

  /** An allocation of a tuple or dict of no known length takes a kept one (the most kept first): true when one was there. */
  popTupleOrDict(): boolean {
    let best = -1;
    for (let i = 0; i < TUPLE_LENGTHS; i++) if (this.kept.tuple[i] > (best < 0 ? 0 : this.kept.tuple[best])) best = i;
    if (best >= 0 && this.kept.tuple[best] >= this.kept.dict) {
      this.kept.tuple[best]--;
      return true;
    }
    if (this.kept.dict === 0) return false;
    this.kept.dict--;
    return true;
  }

  /** Every kept object, the cached slice included. */
  size(): number {
    return this.kept.list + this.kept.dict + this.kept.slice + this.kept.tuple.reduce((sum, n) => sum + n, 0) + this.kept.asyncGenValue + this.kept.asyncGenASend;
  }

  /** clear_freelists on a full collection (the one-slice cache is not among them: it stays); returns how many objects went. */
  clear(): number {
    const released = this.kept.list + this.kept.dict + this.kept.tuple.reduce((sum, n) => sum + n, 0) + this.kept.asyncGenValue + this.kept.asyncGenASend;
    this.kept.list = this.kept.dict = this.kept.asyncGenValue = this.kept.asyncGenASend = 0;
    this.kept.tuple.fill(0);
    return released;
  }
}
