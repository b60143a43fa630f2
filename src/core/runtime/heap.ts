// The one place reference counts change. Every increment and decrement goes through
// `change`, which records a typed event with its cause; an object reaching zero is freed at
// once (its references released depth-first, in CPython's order), or handed to the VM first
// when it has a `__del__` to run (PEP 442: once per object). In the free-threaded build (3.13t)
// each change also goes to the owner's local count or the shared one (biased-refcount.ts).

import { NO_REFS, type PyObject } from '../objects/object';
import { EventLog, type RefLabel } from '../trace/event-log';
import type { BiasedRefcounts } from './biased-refcount';
import { SimulatedCrash, type RacyRefcounts } from './racy-refcount';
import { Cause } from '../trace/events';

/** 3.12+ immortal objects report this count (PEP 683, _Py_IMMORTAL_REFCNT on 64-bit). */
export const IMMORTAL_REFCNT = 4294967295;

interface ReleaseFrame {
  children: PyObject[];
  index: number;
  owner: PyObject;
}

/** Work the VM must run before a dying object's release can go on (Python code may run). */
export type PendingDeath =
  /** Run the object's `__del__` (PEP 442); it may resurrect the object. */
  | { kind: 'finalizer'; obj: PyObject; floor: number }
  /** Call the callbacks of the weak references to the dead object, then release what it held. */
  | { kind: 'weakref-callbacks'; obj: PyObject; floor: number; calls: unknown[]; children: PyObject[] };

export interface HeapHooks {
  /** Whether freeing `obj` must first run its `__del__`. */
  needsFinalizer(obj: PyObject): boolean;
  /** A short preview for alloc events (an int's value as a number, made a string when read). */
  allocPreview(obj: PyObject): string | number;
  /** Called when an object is freed (the VM forgets it). */
  onFree?(obj: PyObject): void;
  /** Clears the weak references to a dead object; returns the callbacks to call, if any. */
  clearWeakrefs?(obj: PyObject): unknown[];
  /** The end of a freed object's dealloc, once what it held is released: its memory goes (tp_free). */
  onDeallocated?(obj: PyObject): void;
}

export class Heap {
  /** The trace; written only while `recording` (one stable shape keeps the hot paths monomorphic). */
  events: EventLog = new EventLog();
  recording = false;
  step = 0;
  line = 0;
  live = 0;
  /** 3.13t: how each count splits between its owner thread and the others; null with a GIL. */
  biased: BiasedRefcounts | null = null;
  /** The serial of the thread whose instruction runs (the scheduler sets it). */
  thread = 0;
  /** The hypothetical interpreter without a GIL and with plain counts: lost updates; null otherwise. */
  racy: RacyRefcounts | null = null;
  /** The running thread's simulated time (the racy model compares the threads' changes by it). */
  now: () => number = () => 0;
  private work: ReleaseFrame[] = [];
  /** Deaths waiting for Python code (`__del__`, weakref callbacks), with the work-stack floor their cascade resumes to. */
  readonly awaitingFinalizer: PendingDeath[] = [];
  constructor(private hooks: HeapHooks) {}

  /** Records a new object (its count starts at 1, owned by its creator). */
  allocated(obj: PyObject): void {
    this.live++;
    if (this.biased !== null) this.biased.allocated(obj, this.thread);
    if (this.recording) {
      this.events.alloc(this.step, obj.id, obj.type?.name ?? 'type', this.hooks.allocPreview(obj), this.line);
    }
  }

  incref(obj: PyObject, cause: Cause, label: RefLabel = ''): void {
    if (obj.immortal) return;
    if (this.racy !== null) return this.racyChange(obj, 1, cause, label);
    const from = obj.rc++;
    if (this.biased !== null && this.biased.isShared(obj, this.thread)) {
      this.biased.addShared(obj, 1);
      if (this.recording) this.events.refShared(this.step, obj.id, from, from + 1, cause, label, this.line);
      return;
    }
    if (this.recording) this.events.ref(this.step, obj.id, from, from + 1, cause, label, this.line);
  }

  decref(obj: PyObject, cause: Cause, label: RefLabel = ''): void {
    if (obj.immortal) return;
    if (this.racy !== null) return this.racyChange(obj, -1, cause, label);
    if (this.biased !== null && this.biased.isShared(obj, this.thread)) return this.decrefShared(obj, cause, label);
    const from = obj.rc--;
    if (this.recording) this.events.ref(this.step, obj.id, from, from - 1, cause, label, this.line);
    if (from === 1) this.reachedZero(obj);
    else if (from <= 0) throw new Error(`internal: refcount of object #${obj.id} (${obj.type.name}) went below zero`);
    else if (this.biased !== null && this.biased.mergeIfLocalZero(obj)) this.recordBrc('merge', obj);
  }

  /** The hypothetical racy model: a plain load-add-store that may lose another thread's change. */
  private racyChange(obj: PyObject, delta: 1 | -1, cause: Cause, label: RefLabel): void {
    const racy = this.racy as RacyRefcounts;
    const from = obj.rc;
    const to = racy.change(obj, delta, this.thread, this.now());
    obj.rc = to;
    if (this.recording) {
      if (to - from === delta) this.events.ref(this.step, obj.id, from, to, cause, label, this.line);
      else this.events.push({ kind: 'race', step: this.step, obj: obj.id, from, to, thread: this.thread, line: this.line });
    }
    const remaining = racy.trueCount(obj);
    if (to <= 0 && remaining > 0) throw new SimulatedCrash(obj, remaining);
    if (to === 0 && from > 0) this.reachedZero(obj);
  }

  /** 3.13t, _Py_DecRefShared: a thread that does not own `obj` releases a reference. */
  private decrefShared(obj: PyObject, cause: Cause, label: RefLabel): void {
    const biased = this.biased as BiasedRefcounts;
    if (biased.shouldQueue(obj)) {
      const queued = biased.queue(obj);
      this.recordBrc(queued ? 'queue' : 'merge', obj);
      if (queued) return;
    }
    const from = obj.rc--;
    biased.addShared(obj, -1);
    if (this.recording) this.events.refShared(this.step, obj.id, from, from - 1, cause, label, this.line);
    if (from === 1) this.reachedZero(obj);
    else if (from <= 0) throw new Error(`internal: refcount of object #${obj.id} (${obj.type.name}) went below zero`);
  }

  /**
   * 3.13t, _Py_brc_merge_refcounts: at an eval-breaker check (or when it exits), `thread` merges the
   * objects other threads queued to it and drops the reference each queue entry held.
   */
  mergeQueued(thread: number): void {
    const biased = this.biased;
    if (biased === null || !biased.hasQueued(thread)) return;
    for (const obj of biased.takeQueue(thread)) {
      this.recordBrc('merge', obj);
      this.decrefShared(obj, Cause.Internal, 'brc queue');
    }
  }

  private recordBrc(action: 'queue' | 'merge', obj: PyObject): void {
    if (this.recording) this.events.push({ kind: 'brc', step: this.step, action, obj: obj.id, thread: this.thread, line: this.line });
  }

  private reachedZero(obj: PyObject): void {
    const floor = this.work.length;
    if (!this.startDealloc(obj, floor)) return;
    this.cascade(floor);
  }

  /** Frees `obj` or parks it for its finalizer. Returns false when parked. */
  private startDealloc(obj: PyObject, floor: number): boolean {
    if (!obj.finalized && this.hooks.needsFinalizer(obj)) {
      this.awaitingFinalizer.push({ kind: 'finalizer', obj, floor });
      return false;
    }
    return this.free(obj, floor);
  }

  /** Frees `obj`; its references are released next, after its weakref callbacks if it has any (then returns false). */
  private free(obj: PyObject, floor: number): boolean {
    obj.freed = true;
    this.live--;
    if (this.biased !== null) this.biased.freed(obj);
    this.hooks.onFree?.(obj);
    if (this.recording) this.events.free(this.step, obj.id, this.line);
    const calls = obj.weakrefs && this.hooks.clearWeakrefs ? this.hooks.clearWeakrefs(obj) : null;
    let children = obj.gcCleared ? NO_REFS : obj.clearRefs();
    // An instance of a class statement's class also releases its class (and a subclass dict): the shared empty list is not theirs.
    const ownsType = obj.type?.heap && obj.type !== (obj as unknown);
    if (children === NO_REFS && (obj.subclassDict || ownsType)) children = [];
    if (obj.subclassDict) {
      children.unshift(obj.subclassDict);
      obj.subclassDict = null;
    }
    if (ownsType) children.push(obj.type);
    if (calls && calls.length) {
      this.awaitingFinalizer.push({ kind: 'weakref-callbacks', obj, floor, calls, children });
      return false;
    }
    if (children.length) this.work.push({ children, index: 0, owner: obj });
    else this.hooks.onDeallocated?.(obj);
    return true;
  }

  /** Releases children depth-first until the work stack is back to `floor` or a finalizer must run. */
  private cascade(floor: number): void {
    while (this.work.length > floor) {
      const top = this.work[this.work.length - 1];
      if (top.index >= top.children.length) {
        this.work.pop();
        this.hooks.onDeallocated?.(top.owner);
        continue;
      }
      const child = top.children[top.index++];
      if (child.immortal) continue;
      if (this.biased !== null && !this.releaseBiased(child)) continue;
      const from = child.rc--;
      if (this.recording) this.events.refFromFreed(this.step, child.id, from, from - 1, top.owner.id, this.line, this.biased?.isShared(child, this.thread));
      if (from === 1) {
        if (!child.finalized && this.hooks.needsFinalizer(child)) {
          this.awaitingFinalizer.push({ kind: 'finalizer', obj: child, floor });
          return;
        }
        if (!this.free(child, floor)) return;
      }
    }
  }

  /**
   * 3.13t: the biased bookkeeping of a freed object's reference to `child`, before the count drops.
   * Returns false when the reference went to the owner's queue instead (the count stays).
   */
  private releaseBiased(child: PyObject): boolean {
    const biased = this.biased as BiasedRefcounts;
    if (!biased.isShared(child, this.thread)) {
      if (child.rc > 1 && biased.local(child) === 1) {
        biased.merge(child);
        this.recordBrc('merge', child);
        biased.addShared(child, -1);
      }
      return true;
    }
    if (biased.shouldQueue(child)) {
      const queued = biased.queue(child);
      this.recordBrc(queued ? 'queue' : 'merge', child);
      if (queued) return false;
    }
    biased.addShared(child, -1);
    return true;
  }

  /** The VM calls this after running the parked object's `__del__` (holding no extra reference). */
  finishFinalizer(entry: PendingDeath): void {
    const { obj, floor } = entry;
    obj.finalized = true;
    // else: resurrected by its __del__; it lives on and will not be finalized again.
    if (obj.rc === 0 && !this.free(obj, floor)) return;
    this.cascade(floor);
  }

  /** The VM calls this once the weakref callbacks of a dead object have run: its references go now. */
  finishWeakrefCallbacks(entry: Extract<PendingDeath, { kind: 'weakref-callbacks' }>): void {
    if (entry.children.length) this.work.push({ children: entry.children, index: 0, owner: entry.obj });
    else this.hooks.onDeallocated?.(entry.obj);
    this.cascade(entry.floor);
  }

  /** Count as Python's `sys.getrefcount` sees it. */
  reported(obj: PyObject): number {
    return obj.immortal ? IMMORTAL_REFCNT : obj.rc;
  }
}
