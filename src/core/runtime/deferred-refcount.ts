// Deferred reference counting of the free-threaded build (3.13t; Objects/object.c
// _PyObject_SetDeferredRefcount, Python/gc_free_threading.c). Module-level functions and classes
// get one extra reference at creation, which only the cycle collector accounts for: deleting the
// last name of such a function leaves it alive (count 1) until a collection finds it unreachable.
// Programs see the extra count in sys.getrefcount. Once a second thread starts, every such object
// is made immortal instead, and so is each one created later (gh-117783: Python/pystate.c calls
// _PyGC_ImmortalizeDeferredObjects when the first non-main thread state is made).

import type { PyObject } from '../objects/object';

/** What the collector and the heap need to know about deferred objects; one per run. */
export class DeferredRefcounts {
  /** Live objects whose count includes the deferred reference (in creation order). */
  private readonly objects = new Set<PyObject>();
  /** interp->gc.immortalize: set once a non-main thread was created. */
  immortalizing = false;

  constructor(
    /** Adds the deferred reference (an event like any other count change). */
    private readonly incref: (o: PyObject) => void,
    /** Drops it (the object may be freed). */
    private readonly decref: (o: PyObject) => void,
    /** _Py_SetImmortal untracks a GC object. */
    private readonly untrack: (o: PyObject) => void,
  ) {}

  /** _PyObject_SetDeferredRefcount on a new object. */
  set(o: PyObject): void {
    if (this.immortalizing) return this.immortalize(o);
    this.incref(o);
    this.objects.add(o);
  }

  has(o: PyObject): boolean {
    return this.objects.has(o);
  }

  /** disable_deferred_refcounting: the collector found `o` unreachable; its extra reference goes. */
  disable(o: PyObject): void {
    if (!this.objects.delete(o)) return;
    this.decref(o);
  }

  /** The object was freed some other way (it no longer needs to be remembered). */
  forget(o: PyObject): void {
    this.objects.delete(o);
  }

  /** _PyGC_ImmortalizeDeferredObjects: the first non-main thread starts. False when it already happened. */
  immortalizeAll(): boolean {
    if (this.immortalizing) return false;
    this.immortalizing = true;
    for (const o of this.objects) this.immortalize(o);
    this.objects.clear();
    return true;
  }

  private immortalize(o: PyObject): void {
    o.immortal = true;
    this.untrack(o);
  }
}
