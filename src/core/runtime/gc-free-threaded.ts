// The free-threaded build's collection (3.13t, Python/gc_free_threading.c gc_collect_internal). No
// generations: every collection walks the whole heap in mimalloc's order (heap-order.ts), three times.
// - update_refs: each tracked object's count, minus its deferred reference, minus the references from
//   other tracked objects. An exact tuple or dict with references is untracked here when nothing in it
//   can be tracked — before reachability is known, so unreachable ones go too, and a tuple whose inner
//   tuple comes later in the walk stays tracked.
// - mark_heap_visitor: what has references from outside makes everything it reaches reachable.
// - scan_heap_visitor: the rest is pushed on the `unreachable` worklist, a stack: the phases that walk
//   it meet the objects in reverse heap order. Each holds one reference from the worklist and loses its
//   deferred reference.
// Then: weakrefs to the garbage are cleared, and those with callbacks (not themselves garbage) pushed
// on another stack, so callbacks run in heap order; finalizers run over the worklist; what they
// resurrected leaves it; free lists are emptied; delete_garbage pops each object, counts it if it is
// still tracked and clears it (or appends it to gc.garbage under DEBUG_SAVEALL). Weakrefs freed after
// their callback are not counted, unlike the default build's handle_weakrefs.

import type { PyObject } from '../objects/object';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyWeakref } from '../objects/weakref';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import type { GcPhase } from '../trace/events';
import { GcList, NUM_GENERATIONS } from './gc-state';
import { forgetWeakref, supportsWeakrefs } from './weakrefs';
import { heapOrder } from './heap-order';
import {
  DEBUG_SAVEALL, type CollectResult, forEachChild, hasTpClear, tupleMayUntrack, dictMayUntrack, callWeakrefCallback, runFinalizer,
  hasFinalizer,
} from './gc';
import { Cause } from '../trace/events';

type Record = ((phase: GcPhase, objects: PyObject[], values?: number[]) => void) | null;

/** gc_collect_internal: one whole-heap collection; `generation` only decides which counts reset. */
export function* collectFreeThreaded(vm: VM, generation: number, record: Record): Native<CollectResult> {
  const gc = vm.gc;
  if (generation + 1 < NUM_GENERATIONS) gc.counts[generation + 1]++;
  for (let i = 0; i <= generation; i++) gc.counts[i] = 0;
  // One heap: the generation lists are only where new objects wait for the next walk.
  for (let i = 0; i < GcList.Old; i++) gc.merge(i, GcList.Old);
  const heap = heapOrder(vm, gc.lists[GcList.Old]);
  if (record) record('start', heap);

  const worklist = deduceUnreachableHeap(vm, heap, record);
  gc.longLivedTotal = gc.size(GcList.Old);
  gc.longLivedPending = 0;
  // The worklist's references keep every unreachable object alive until delete_garbage drops them.
  for (const o of worklist) {
    vm.incref(o, Cause.Internal, 'gc');
    vm.deferredRefcounts?.disable(o);
    gc.moveTo(o, GcList.Collecting);
  }
  if (record) record('unreachable', worklist);

  const callbacks = clearWeakrefs(vm, worklist, record);
  // call_weakref_callbacks: a stack, so the last weakref pushed calls back first.
  while (callbacks.length) yield* callWeakrefCallback(vm, callbacks.pop() as PyWeakref);

  const toFinalize = worklist.filter((o) => !o.finalized && hasFinalizer(o));
  if (record && toFinalize.length) record('finalize', toFinalize);
  for (const o of toFinalize) if (!o.finalized) yield* runFinalizer(vm, o);

  const { garbage, untracked, resurrected } = handleResurrected(worklist);
  for (const o of resurrected) {
    gc.moveTo(o, GcList.Old);
    vm.decref(o, Cause.Internal, 'gc');
  }
  if (record && resurrected.length) record('resurrected', resurrected);
  clearFreelists(vm);

  // delete_garbage: first the objects a finalizer untracked, then the worklist from its top.
  for (const o of untracked) vm.decref(o, Cause.Internal, 'gc');
  if (record) record('delete', garbage);
  let collected = 0;
  for (const o of garbage) {
    if (o.gcList !== GcList.Collecting) {
      vm.decref(o, Cause.Internal, 'gc');
      continue;
    }
    gc.moveTo(o, GcList.Old);
    collected++;
    if (gc.debug & DEBUG_SAVEALL) {
      const list = gc.garbage;
      if (list) list.items.push(vm.incref(o, Cause.Slot, `garbage[${list.items.length}]`));
    } else if (hasTpClear(o)) {
      const children = o.clearRefs();
      o.gcCleared = true;
      for (const child of children) vm.decref(child, Cause.OwnerFreed, o.id);
    }
    vm.decref(o, Cause.Internal, 'gc');
  }
  // The startup's own garbage goes with the first collection (it is part of the heap walked).
  collected += gc.collectStartupGarbage();
  // gc_collect_main clears the current thread's free lists again: what delete_garbage put there.
  clearFreelists(vm);
  return { collected, uncollectable: 0 };
}

/**
 * deduce_unreachable_heap: update_refs, mark_heap_visitor and scan_heap_visitor over `heap` (in heap
 * order). Returns the unreachable worklist from its top (reverse heap order); the survivors stay listed.
 */
function deduceUnreachableHeap(vm: VM, heap: PyObject[], record: Record): PyObject[] {
  const gc = vm.gc;
  const tupleType = vm.t.tuple;
  const dictType = vm.t.dict;
  // gc_refs of each object still examined (ob_tid reused); an entry means "unreachable" until marked.
  const refs = new Map<PyObject, number>();
  const examined = (o: PyObject) => o.gcList === GcList.Old && !o.immortal;
  const untracked: PyObject[] = [];
  if (record) record('update-refs', heap, heap.map((o) => o.rc - (vm.deferredRefcounts?.has(o) ? 1 : 0)));
  for (const o of heap) {
    if (o.gcList !== GcList.Old) continue;
    if (o.immortal) {
      gc.untrack(o);
      continue;
    }
    const deferred = vm.deferredRefcounts?.has(o) === true;
    const count = o.rc - (deferred ? 1 : 0);
    if (count > 0 && !deferred) {
      // _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack with what is tracked at this point of the walk.
      const untrack = (o.type === tupleType && tupleMayUntrack(o as PyTuple)) || (o.type === dictType && dictMayUntrack(o as PyDict));
      if (untrack) {
        gc.untrack(o);
        untracked.push(o);
        refs.delete(o);
        continue;
      }
    }
    refs.set(o, (refs.get(o) ?? 0) + count);
    forEachChild(o, (child) => {
      if (examined(child)) refs.set(child, (refs.get(child) ?? 0) - 1);
    });
  }
  const walked = heap.filter((o) => o.gcList === GcList.Old);
  if (record) {
    record('subtract-refs', walked, walked.map((o) => refs.get(o) ?? 0));
    if (untracked.length) record('untrack', untracked);
  }
  // mark_heap_visitor: mark_reachable clears the flag of everything reachable from an object with refs.
  const reachable = new Set<PyObject>();
  const markReachable = (start: PyObject) => {
    const stack = [start];
    while (stack.length) {
      forEachChild(stack.pop() as PyObject, (child) => {
        if (refs.has(child) && !reachable.has(child) && child.gcList === GcList.Old) {
          reachable.add(child);
          stack.push(child);
        }
      });
    }
  };
  for (const o of walked) {
    if (reachable.has(o) || (refs.get(o) ?? 0) === 0) continue;
    reachable.add(o);
    markReachable(o);
  }
  // scan_heap_visitor: worklist_push makes the last unreachable object the top of the stack.
  const worklist: PyObject[] = [];
  for (const o of walked) if (!reachable.has(o)) worklist.push(o);
  return worklist.reverse();
}

/**
 * clear_weakrefs over the worklist (from its top): weakrefs that are garbage forget their referent; the
 * garbage's weakrefs are cleared, and those with a callback that are not garbage themselves are pushed
 * (with a reference) on the callback stack.
 */
function clearWeakrefs(vm: VM, worklist: PyObject[], record: Record): PyWeakref[] {
  const callbacks: PyWeakref[] = [];
  const cleared: PyObject[] = [];
  for (const o of worklist) {
    if (o instanceof PyWeakref) forgetWeakref(o);
    if (!supportsWeakrefs(o) || !o.weakrefs) continue;
    cleared.push(o);
    const list = o.weakrefs as PyWeakref[];
    o.weakrefs = null;
    for (const wr of list) {
      wr.referent = null;
      if (!wr.callback || wr.gcList === GcList.Collecting) continue;
      callbacks.push(vm.incref(wr, Cause.Internal, 'gc') as PyWeakref);
    }
  }
  if (record && cleared.length) record('weakrefs', cleared);
  return callbacks;
}

/**
 * handle_resurrected_objects: the worklist objects a finalizer untracked leave it; the counts are
 * computed again (minus the worklist's reference and the references from the rest of the garbage), and
 * whatever has references left, with what it reaches, survives.
 */
function handleResurrected(worklist: PyObject[]): { garbage: PyObject[]; untracked: PyObject[]; resurrected: PyObject[] } {
  const untracked = worklist.filter((o) => o.gcList !== GcList.Collecting);
  const candidates = worklist.filter((o) => o.gcList === GcList.Collecting);
  const refs = new Map<PyObject, number>();
  for (const o of candidates) refs.set(o, o.rc - 1);
  for (const o of candidates) {
    forEachChild(o, (child) => {
      const r = refs.get(child);
      if (r !== undefined) refs.set(child, r - 1);
    });
  }
  const alive = new Set<PyObject>();
  for (const o of candidates) {
    if ((refs.get(o) as number) <= 0 || alive.has(o)) continue;
    alive.add(o);
    const stack = [o];
    while (stack.length) {
      forEachChild(stack.pop() as PyObject, (child) => {
        if (refs.has(child) && !alive.has(child)) {
          alive.add(child);
          stack.push(child);
        }
      });
    }
  }
  return {
    garbage: candidates.filter((o) => !alive.has(o)),
    untracked,
    resurrected: candidates.filter((o) => alive.has(o)),
  };
}

/** _PyGC_ClearAllFreeLists: each object released from a free list is a deallocation the count sees. */
function clearFreelists(vm: VM): void {
  vm.gc.countDeallocations(vm.gc.freelists.clear());
}
