// A HYPOTHETICAL interpreter, not a CPython: no GIL and plain (non-atomic) reference counts. It exists to
// show why CPython has a GIL (lesson 3; the course: "deux threads pourraient essayer de modifier le compteur
// d'un même objet en même temps"). `ob_refcnt++` compiles to a load, an add and a store; on two cores
// hammering one object the cache line travels between them, and a core whose load happened before the other
// core's store landed writes back a count that misses the other's change: a lost update.
//
// The rule, deterministic over the parallel scheduler's per-thread clocks: a change by thread B at time t to
// an object whose last change was by another thread A at a time within RACE_WINDOW_NS before t started from
// the count A had read, so A's change is lost. The true count (what atomic counts would give) is kept beside
// the corrupted one: when the corrupted count reaches 0 while references remain, the object is freed under
// its users' feet, which a real interpreter turns into a crash or silent corruption; the simulation stops
// there (SimulatedCrash). A corrupted count that stays above the true one leaks the object.

import type { PyObject } from '../objects/object';

/**
 * How long a non-atomic increment's load and store are apart when two cores contend for the line: of the
 * order of a cache line's trip between cores (tens of ns). An assumption of the hypothetical model, stated
 * in the lesson, not a measurement.
 */
export const RACE_WINDOW_NS = 30;

interface LastChange {
  thread: number;
  at: number;
  /** The count that thread read before writing its result. */
  read: number;
}

/** A count corrupted by a race reached 0 while the object was still referenced. */
export class SimulatedCrash extends Error {
  constructor(readonly obj: PyObject, readonly remaining: number) {
    super(
      `Segmentation fault (hypothetical interpreter without a GIL): the ${obj.type.name} object #${obj.id} was freed while ` +
      `${remaining} reference${remaining === 1 ? '' : 's'} to it remained — two threads changed its reference count at the same time and updates were lost`,
    );
  }
}

export class RacyRefcounts {
  private readonly last = new WeakMap<PyObject, LastChange>();
  /** What the counts of objects hit by a race would be with atomic updates (absent: equal to the count). */
  private readonly trueCounts = new WeakMap<PyObject, number>();
  /** Updates lost so far (the lesson reports them). */
  lost = 0;

  /**
   * Thread `thread` changes `obj`'s count by `delta` at `now`: returns the count it writes back (the current
   * count ± 1, or, after a lost update, the other thread's read ± 1).
   */
  change(obj: PyObject, delta: 1 | -1, thread: number, now: number): number {
    const current = obj.rc;
    const previous = this.last.get(obj);
    const raced = previous !== undefined && previous.thread !== thread && now - previous.at < RACE_WINDOW_NS;
    const read = raced ? previous.read : current;
    this.last.set(obj, { thread, at: now, read });
    const truth = this.trueCounts.get(obj) ?? current;
    if (raced || this.trueCounts.has(obj)) this.trueCounts.set(obj, truth + delta);
    if (raced) this.lost++;
    return read + delta;
  }

  /** The count `obj` would have with atomic updates. */
  trueCount(obj: PyObject): number {
    return this.trueCounts.get(obj) ?? obj.rc;
  }
}
