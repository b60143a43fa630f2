// The cycle collector's core pass, as CPython's Modules/gcmodule.c runs it on a generation:
// copy the counts (update_refs), subtract references from inside the set (subtract_refs),
// keep what outside references reach (move_unreachable), run finalizers once (PEP 442),
// check for resurrection, then clear the rest (delete_garbage).
// Generations, thresholds and weakrefs belong to the collector issue; this collects all.

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyStr, PyBytes, PyPlain, PyComplex } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyCode, PyMethodDescriptor } from '../objects/callables';
import { PyInstance } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';

/** Objects without tp_traverse in CPython: the collector never sees them. */
export function isGcType(o: PyObject): boolean {
  return !(o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes ||
    o instanceof PyComplex || o instanceof PyCode || o instanceof PyMethodDescriptor || (o instanceof PyPlain));
}

/** _PyObject_GC_MAY_BE_TRACKED: what makes a dict start being tracked when stored in it. */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcType(o)) return false;
  if (o instanceof PyTuple) return o.gcTracked;
  return true;
}

/** gc.is_tracked(o). */
export function isTracked(o: PyObject): boolean {
  if (!isGcType(o)) return false;
  if (o instanceof PyTuple) return o.gcTracked;
  if (o instanceof PyDict) return o.gcTracked && !o.inline;
  return true;
}

/** The children the collector follows: an instance's own dict counts as part of it until materialised. */
function forEachChild(o: PyObject, visit: (child: PyObject) => void): void {
  if (o instanceof PyInstance && o.dict && !o.dictMaterialized) {
    for (const e of o.dict.items()) {
      visit(e.key);
      visit(e.value);
    }
    if (o.type.heap) visit(o.type);
    return;
  }
  o.traverse((child) => visit(child));
}

/** One collection over every tracked object; returns the unreachable objects found, in allocation order. */
export function findUnreachable(candidates: Iterable<PyObject>): PyObject[] {
  const gcRefs = new Map<PyObject, number>();
  for (const o of candidates) if (isTracked(o) && !o.freed) gcRefs.set(o, o.rc);
  for (const o of gcRefs.keys()) {
    forEachChild(o, (child) => {
      const r = gcRefs.get(child);
      if (r !== undefined) gcRefs.set(child, r - 1);
    });
  }
  const reachable = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const [o, r] of gcRefs) {
    if (r > 0) {
      reachable.add(o);
      stack.push(o);
    }
  }
  while (stack.length) {
    const o = stack.pop() as PyObject;
    forEachChild(o, (child) => {
      if (gcRefs.has(child) && !reachable.has(child)) {
        reachable.add(child);
        stack.push(child);
      }
    });
  }
  return [...gcRefs.keys()].filter((o) => !reachable.has(o)).sort((a, b) => a.id - b.id);
}

/**
 * gc.collect(): finalizers of unreachable objects run first (once each); if they resurrected
 * anything, nothing is freed; otherwise every unreachable object is cleared. Returns the count.
 */
export function* collectCycles(vm: VM): Native<number> {
  const unreachable = findUnreachable(vm.gcObjects);
  if (!unreachable.length) return 0;
  const holds = unreachable.map((o) => vm.incref(o, 'internal', 'gc'));
  try {
    for (const o of unreachable) {
      if (o.finalized || !o.type.heap) continue;
      const del = o.type.lookup('__del__');
      if (!del) continue;
      o.finalized = true;
      try {
        const r = yield { callable: del, args: [o], kwargs: null };
        vm.decref(r, 'return');
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        vm.writeUnraisable(e, del);
      }
    }
  } catch (e) {
    for (const o of holds) vm.decref(o, 'internal', 'gc');
    throw e;
  }
  // Resurrection check: with our own references dropped, is any of them reachable again?
  for (const o of holds) o.rc -= 1;
  const still = new Set(findUnreachable(vm.gcObjects));
  const resurrected = unreachable.some((o) => !o.freed && !still.has(o));
  for (const o of holds) o.rc += 1;
  if (resurrected) {
    for (const o of holds) vm.decref(o, 'internal', 'gc');
    return 0;
  }
  // delete_garbage: tp_clear on each, releasing what it references; the counts then reach zero.
  for (const o of unreachable) {
    if (o.freed) continue;
    for (const child of o.clearRefs()) vm.decref(child, 'owner-freed', `#${o.id}`);
  }
  for (const o of holds) vm.decref(o, 'internal', 'gc');
  return unreachable.length;
}
