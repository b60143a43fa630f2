// Biased reference counting, the free-threaded build's (3.13t, PEP 703; Include/object.h,
// Objects/object.c, Python/brc.c). Each object is owned by the thread that created it (ob_tid).
// The owner counts its references in ob_ref_local without atomics; every other thread counts in
// ob_ref_shared, atomically. Py_REFCNT, what sys.getrefcount reports, is their sum: the Heap keeps
// that sum in `obj.rc` as for the default build, and this class keeps how it splits.
//
// - owner's +1/-1: local. When its local count reaches 0 (_Py_MergeZeroLocalRefcount) the object
//   is freed if the shared count is 0 too; otherwise the owner gives it up (ob_tid = 0) and the two
//   counts merge: from then on every thread counts in the shared field, and the object is freed
//   when that reaches 0.
// - another thread's +1: shared. Its -1: shared, except when the shared count is 0 and not merged
//   (_Py_DecRefSharedIsDead): the count is then left as it is and the object is queued to its owner
//   (_Py_brc_queue_object), the queue holding that reference. The owner merges its queue at its next
//   eval-breaker check (_Py_brc_merge_refcounts: _Py_ExplicitMergeRefcount(op, -1)), which frees
//   the object if that was the last reference. If the owner has already exited, the thread that
//   would have queued the object merges it itself.
//
// Objects without an entry are owned by the main thread (serial 0) with nothing shared: what the
// program allocates before it starts a thread, and the interpreter's own objects.

import type { PyObject } from '../objects/object';

/** ob_tid = 0: merged, owned by no thread. */
export const UNOWNED = -1;

interface Split {
  /** The owning thread's serial, or UNOWNED once merged. */
  owner: number;
  /** ob_ref_shared >> 2: may be negative (other threads released references the owner counted). */
  shared: number;
  /** _Py_REF_QUEUED: waiting in the owner's queue. */
  queued: boolean;
}

export class BiasedRefcounts {
  private readonly splits = new Map<PyObject, Split>();
  /** Each thread's queue of objects other threads released (struct _brc_thread_state). */
  private readonly queues = new Map<number, PyObject[]>();

  constructor(
    /** Whether a thread has exited (its queue can no longer be merged by it). */
    private readonly threadEnded: (serial: number) => boolean,
  ) {}

  /** _PyObject_Init: a new object is owned by the thread that allocates it. */
  allocated(obj: PyObject, thread: number): void {
    if (thread !== 0) this.splits.set(obj, { owner: thread, shared: 0, queued: false });
  }

  owner(obj: PyObject): number {
    return this.splits.get(obj)?.owner ?? 0;
  }

  /** ob_ref_shared's count (0 for an object only its owner counted). */
  shared(obj: PyObject): number {
    return this.splits.get(obj)?.shared ?? 0;
  }

  /** ob_ref_local: the rest of the count, 0 once merged. */
  local(obj: PyObject): number {
    const split = this.splits.get(obj);
    return split?.owner === UNOWNED ? 0 : obj.rc - (split?.shared ?? 0);
  }

  /** True when a count change by `thread` goes to the shared field (Py_INCREF/Py_DECREF's test). */
  isShared(obj: PyObject, thread: number): boolean {
    return this.owner(obj) !== thread;
  }

  /** A +1 or -1 of the shared count (the Heap changed obj.rc by the same). */
  addShared(obj: PyObject, delta: number): void {
    const split = this.splitOf(obj);
    split.shared += delta;
  }

  /**
   * _Py_DecRefSharedIsDead's test, before a non-owner's -1: when the shared count is 0 and neither
   * queued nor merged, the reference goes to the owner's queue instead of being subtracted.
   */
  shouldQueue(obj: PyObject): boolean {
    const split = this.splits.get(obj);
    return !split || (split.shared === 0 && !split.queued && split.owner !== UNOWNED);
  }

  /**
   * Queues `obj` to its owner. Returns false when the owner has exited: the caller then merges it
   * at once (mergeQueued's work for one object) and drops the reference itself.
   */
  queue(obj: PyObject): boolean {
    const split = this.splitOf(obj);
    if (this.threadEnded(split.owner)) {
      this.merge(obj);
      return false;
    }
    split.queued = true;
    let q = this.queues.get(split.owner);
    if (!q) this.queues.set(split.owner, (q = []));
    q.push(obj);
    return true;
  }

  /** Whether `thread` has objects to merge at its next eval-breaker check. */
  hasQueued(thread: number): boolean {
    const q = this.queues.get(thread);
    return q !== undefined && q.length > 0;
  }

  /** Takes `thread`'s queue (they are merged by the caller, which then drops the queue's reference). */
  takeQueue(thread: number): PyObject[] {
    const q = this.queues.get(thread) ?? [];
    this.queues.delete(thread);
    for (const obj of q) this.merge(obj);
    return q;
  }

  /**
   * _Py_MergeZeroLocalRefcount / _Py_ExplicitMergeRefcount: the owner gives the object up, the whole
   * count is now shared.
   */
  merge(obj: PyObject): void {
    const split = this.splitOf(obj);
    split.owner = UNOWNED;
    split.shared = obj.rc;
    split.queued = false;
  }

  /** After the owner's local -1: whether the local count reached 0 with references left elsewhere (it merged). */
  mergeIfLocalZero(obj: PyObject): boolean {
    if (obj.rc === 0 || this.local(obj) !== 0) return false;
    this.merge(obj);
    return true;
  }

  freed(obj: PyObject): void {
    this.splits.delete(obj);
  }

  private splitOf(obj: PyObject): Split {
    let split = this.splits.get(obj);
    if (!split) this.splits.set(obj, (split = { owner: 0, shared: 0, queued: false }));
    return split;
  }
}
