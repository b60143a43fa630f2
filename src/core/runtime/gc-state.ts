// The collector's bookkeeping, as CPython keeps it in its GC state (Modules/gcmodule.c,
// Python/gc.c in 3.13): three generation lists plus the permanent one, the allocation count
// that triggers collections, thresholds, the long-lived counters that delay full collections,
// and the per-generation statistics. The collection itself is in gc.ts.
//
// Objects the interpreter made before the program started (the real interpreter's startup
// heap, and our own builtins and modules) never die and are never unreachable, so they are
// not listed: the real interpreter's are counted per generation as `startupObjects` (they still
// weigh on the long-lived rule and freeze counts), ours sit in the `interpreter` pseudo-list.

import type { PyObject } from '../objects/object';
import type { PyList } from '../objects/containers';
import type { GcStartup } from '../versions';
import { Freelists, type ReleaseBlock } from './freelists';

/** Where an object stands with the collector (`PyObject.gcList`). */
export const enum GcList {
  /** Not a GC object, or a 3.11+ inline attribute dict that is not an object yet. */
  None = -2,
  /** A GC object that is not tracked (e.g. a dict of atoms, an untracked tuple). */
  Untracked = -1,
  Young = 0,
  Middle = 1,
  Old = 2,
  Permanent = 3,
  /** The simulator's own startup objects: tracked, always reachable, listed with the oldest generation. */
  Interpreter = 4,
  /** Set aside as unreachable by the collection in progress. */
  Collecting = 5,
  /** Allocated while a 3.11 collection is due: CPython collects inside that allocation, before tracking it. */
  Deferred = 6,
  /** Being deallocated: off every list, its dealloc ends with PyObject_GC_Del or a free list (GcState.released). */
  Freeing = -3,
}

export const NUM_GENERATIONS = 3;
/** gc_free_threading.c: a thread's allocation count joins the global one by this many. */
const LOCAL_ALLOC_COUNT_THRESHOLD = 512;

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export class GcState {
  /** Indexed by GcList: generations 0–2, permanent, interpreter, collecting; insertion order is list order. */
  readonly lists: Set<PyObject>[] = [new Set(), new Set(), new Set(), new Set(), new Set(), new Set(), new Set()];
  /** The real interpreter's startup objects still in each list (never listed, always reachable). */
  readonly startupObjects: number[];
  readonly counts: number[];
  readonly thresholds: number[];
  readonly stats: GenerationStats[];
  enabled = true;
  collecting = false;
  /** Set when an allocation pushed count[0] past the threshold: collect at the next check point. */
  pending = false;
  longLivedPending: number;
  longLivedTotal: number;
  debug = 0;
  /** gc.garbage and gc.callbacks (made with the gc module). */
  garbage: PyList | null = null;
  callbacks: PyList | null = null;
  readonly freelists: Freelists;
  /** Told when an object starts or stops being tracked outside a collection (the trace records it). */
  onTrackChange: ((o: PyObject, list: number) => void) | null = null;
  /** Before the program starts, objects belong to the interpreter and allocations are not counted. */
  private startupDone = false;
  private quietDepth = 0;

  /**
   * @param collectsInAllocation 3.11: the collection runs inside the allocation that crossed the
   * threshold, so that object (and any made later in the same instruction) is not tracked yet.
   */
  /**
   * 3.13t (gc_free_threading.c record_allocation): allocations and deallocations are counted in the
   * thread's own counter, added to count[0] by 512s (LOCAL_ALLOC_COUNT_THRESHOLD) or when get_count()
   * flushes it; only then is the threshold looked at. One counter here: the simulator does not split
   * it per thread.
   */
  private localCount = 0;
  /**
   * The generation holding the interpreter's startup objects that reach __main__'s globals (sys.modules,
   * the module, its dict): the oldest one with startup objects (1: the startup ran no collection of
   * generation 1; then a collection of generation 1 promotes them; 3.13t: 2). runtime/gc.ts lateMainGlobals.
   */
  mainGlobalsGeneration: number;
  /** 3.13t: unreachable objects the startup left, freed by the first collection (GcStartup.unreachableAtStart). */
  private startupGarbage = 0;
  /** 3.13t: the deallocations freeing them counts (GcStartup.startupGarbageFrees). */
  private startupGarbageFrees = 0;

  constructor(startup: GcStartup, thresholds: readonly number[], private readonly collectsInAllocation: boolean,
    /** The free-threaded build's collector (see localCount and overThreshold). */
    readonly freeThreaded = false,
    /** Gives the memory of free-list objects a full collection clears back to the allocator. */
    releaseBlock: ReleaseBlock = () => undefined) {
    this.counts = [...startup.counts];
    this.thresholds = [...thresholds];
    this.startupObjects = [...startup.objects, startup.frozen ?? 0, 0, 0, 0];
    this.mainGlobalsGeneration = startup.objects[2] > 0 ? 2 : startup.objects[1] > 0 ? 1 : 0;
    this.stats = startup.stats.map((s) => ({ ...s }));
    this.longLivedPending = startup.longLivedPending;
    this.longLivedTotal = startup.longLivedTotal;
    this.freelists = new Freelists(startup.freelists, releaseBlock);
    // 3.13t: what the startup left in the thread's own counter (not yet in count[0]), the objects
    // waiting on the free lists included (they were counted when they were made).
    if (freeThreaded) this.localCount = (startup.unflushedCount ?? 0) + this.freelists.size();
    this.startupGarbage = startup.unreachableAtStart ?? 0;
    this.startupGarbageFrees = startup.startupGarbageFrees ?? this.startupGarbage;
  }

  /**
   * The program starts: from now on allocations count and new objects go to generation 0.
   * `compiledObjects`: 3.13t's count of what compiling the program kept (runtime/compiled-objects.ts).
   */
  programStarts(compiledObjects = 0): void {
    this.startupDone = true;
    if (this.freeThreaded) this.countAllocations(compiledObjects);
  }

  /** Runs `body` with its objects in generation 0 but not counted (the main module's constants, made by the compiler). */
  uncounted<T>(body: () => T): T {
    this.uncountedDepth++;
    try {
      return body();
    } finally {
      this.uncountedDepth--;
    }
  }
  private uncountedDepth = 0;

  /** Runs `body` with allocations attributed to the interpreter (built-in module imports). */
  quietly<T>(body: () => T): T {
    this.quietDepth++;
    try {
      return body();
    } finally {
      this.quietDepth--;
    }
  }

  private get counting(): boolean {
    return this.startupDone && this.quietDepth === 0;
  }

  /** _PyObject_GC_Link + _PyObject_GC_TRACK for a new GC object (`tracked`: tracked at birth). */
  allocated(o: PyObject, tracked: boolean, reuse: 'freelist' | 'fresh'): void {
    if (!this.counting) {
      o.interpreterMade = true;
      o.gcList = tracked ? GcList.Interpreter : GcList.Untracked;
      if (tracked) this.lists[GcList.Interpreter].add(o);
      return;
    }
    if (this.uncountedDepth === 0 && (reuse === 'fresh' || !this.freelists.pop(o))) {
      if (this.freeThreaded) this.countLocally(1);
      else {
        this.counts[0]++;
        if (this.counts[0] > this.thresholds[0] && this.enabled && this.thresholds[0] && !this.collecting) this.pending = true;
      }
    }
    o.gcList = GcList.Untracked;
    if (!tracked) return;
    if (this.pending && this.collectsInAllocation) this.moveTo(o, GcList.Deferred);
    else this.track(o);
  }

  /** After a collection: what was allocated while it was due joins generation 0. */
  trackDeferred(): void {
    for (const o of this.lists[GcList.Deferred]) this.onTrackChange?.(o, GcList.Young);
    this.merge(GcList.Deferred, GcList.Young);
  }

  /** A GC object's deallocation starts (PyObject_GC_UnTrack): off its list. */
  freed(o: PyObject): void {
    const list = o.gcList;
    if (list === GcList.None) return;
    if (list >= 0) this.lists[list].delete(o);
    o.gcList = list === GcList.Interpreter ? GcList.None : GcList.Freeing;
  }

  /**
   * Its deallocation ends, once what it held is released: it is kept on a free list when there is room
   * (true: its memory with it), else PyObject_GC_Del's count decrement.
   */
  released(o: PyObject): boolean {
    if (o.gcList !== GcList.Freeing) return false;
    o.gcList = GcList.None;
    if (this.freelists.push(o)) return true;
    // An object the interpreter made untracked (a library module's temporary) was never counted.
    if (o.interpreterMade) return false;
    if (this.freeThreaded) this.countLocally(-1);
    else if (this.counts[0] > 0) this.counts[0]--;
    return false;
  }

  /** 3.13t: record_allocation / record_deallocation. */
  private countLocally(delta: number): void {
    this.localCount += delta;
    if (this.localCount < LOCAL_ALLOC_COUNT_THRESHOLD && this.localCount > -LOCAL_ALLOC_COUNT_THRESHOLD) return;
    this.flushLocalCount();
    if (delta > 0 && !this.collecting && this.overThreshold()) this.pending = true;
  }

  /** 3.13t: deallocations outside the lists (free-list objects released, the startup's garbage). */
  countDeallocations(n: number): void {
    for (let i = 0; i < n; i++) this.countLocally(-1);
  }

  /** 3.13t: allocations the simulator does not make objects for (the compiler's, an import's). */
  countAllocations(n: number): void {
    for (let i = 0; i < n; i++) this.countLocally(1);
  }

  /** 3.13t: the first collection finds the startup's own unreachable objects; how many it collected. */
  collectStartupGarbage(): number {
    const n = this.startupGarbage;
    this.startupGarbage = 0;
    this.countDeallocations(this.startupGarbageFrees);
    this.startupGarbageFrees = 0;
    return n;
  }

  /** 3.13t: gc.get_count() first adds the thread's own counter to count[0]. */
  flushLocalCount(): void {
    this.counts[0] += this.localCount;
    this.localCount = 0;
  }

  /**
   * Whether an automatic collection is due: count[0] over threshold 0; 3.13t's gc_should_collect also
   * wants it over a quarter of the objects the last collection found alive (unless threshold 1 is 0).
   */
  overThreshold(): boolean {
    const over = this.counts[0] > this.thresholds[0];
    if (!this.freeThreaded) return over;
    return over && this.thresholds[0] !== 0 && this.enabled &&
      (this.counts[0] > this.longLivedTotal / 4 || this.thresholds[1] === 0);
  }

  track(o: PyObject): void {
    if (o.gcList !== GcList.Untracked) return;
    o.gcList = GcList.Young;
    this.lists[0].add(o);
    this.onTrackChange?.(o, GcList.Young);
  }

  untrack(o: PyObject): void {
    const list = o.gcList;
    if (list < 0) return;
    this.lists[list].delete(o);
    o.gcList = GcList.Untracked;
    if (!this.collecting) this.onTrackChange?.(o, GcList.Untracked);
  }

  isTracked(o: PyObject): boolean {
    return o.gcList >= 0;
  }

  /** gc_collect_generations: the oldest generation over its threshold, or -1 (the long-lived rule may skip the full one). */
  generationToCollect(): number {
    // 3.13t: _Py_RunGC always asks for generation 0 (every collection examines the whole heap anyway).
    if (this.freeThreaded) return 0;
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (this.counts[i] > this.thresholds[i]) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < Math.floor(this.longLivedTotal / 4)) continue;
        return i;
      }
    }
    return -1;
  }

  /** The number of objects in a generation list, the interpreter's startup objects included. */
  size(list: number): number {
    return this.lists[list].size + this.startupObjects[list];
  }

  /** gc_list_merge(from, to): `from`'s objects go to the end of `to`. */
  merge(from: number, to: number): void {
    const target = this.lists[to];
    for (const o of this.lists[from]) {
      o.gcList = to;
      target.add(o);
    }
    this.lists[from].clear();
    this.startupObjects[to] += this.startupObjects[from];
    this.startupObjects[from] = 0;
  }

  /** Moves one object to the end of a list. */
  moveTo(o: PyObject, to: number): void {
    if (o.gcList >= 0) this.lists[o.gcList].delete(o);
    o.gcList = to;
    this.lists[to].add(o);
  }

  /** gc.freeze(): everything tracked goes to the permanent generation; counts reset. */
  freeze(): void {
    for (let g = 0; g < NUM_GENERATIONS; g++) this.merge(g, GcList.Permanent);
    this.counts.fill(0);
  }

  /** gc.unfreeze(): the permanent generation goes back to the oldest one. */
  unfreeze(): void {
    this.merge(GcList.Permanent, GcList.Old);
  }
}
