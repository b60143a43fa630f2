// The set algebra as Objects/setobject.c does it: which set is copied, which one is walked (in its
// table order), and which member object ends up in the result. That decides the result's table, so
// the order it prints in, and which references change, so the counts the editor shows.

import type { PyObject } from '../objects/object';
import { PySet } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { iterateToArray } from './iteration';
import { chargeLoop } from '../threads/native-loops';
import { hashKey, setAdd, setDiscard, setMergeKeys, setTableResize } from './dicts';
import { setIterationOrder } from './set-order';
import { Cause } from '../trace/events';

const has = (vm: VM, s: PySet, o: PyObject): boolean => s.members.has(hashKey(vm, o));

/** set_merge: `s` grows once for `other`'s members, then takes them in `other`'s table order. */
export function setMergeFrom(vm: VM, s: PySet, other: PySet): void {
  if (other === s || other.members.size === 0) return;
  setMergeKeys(s, other.members.size);
  if (s.table !== null && other.table !== null && s.table.canCopySlotsOf(other.table)) {
    // Into an empty table of the same size, from one without dummies: the slots are copied as they are.
    for (const [key, m] of other.members) s.members.set(key, vm.incref(m, Cause.Slot, 'member'));
    s.table.copySlotsOf(other.table);
    s.fill = s.table.fill;
    return;
  }
  for (const m of setIterationOrder(other)) setAdd(vm, s, m);
}

/**
 * set_update_internal: a set (any subclass: its table, not its __iter__) merges, an exact dict's keys
 * come after one resize, anything else is iterated and added one item at a time.
 */
export function* setUpdateFrom(vm: VM, s: PySet, other: PyObject): Native<void> {
  if (other instanceof PySet) return setMergeFrom(vm, s, other);
  if (other instanceof PyDict && other.type === vm.t.dict) {
    setMergeKeys(s, other.size);
    chargeLoop(vm, 'hashItem', other.size);
    for (const e of other.entryList()) setAdd(vm, s, e.key);
    return;
  }
  const items = yield* iterateToArray(vm, other);
  // set_update_internal: each item hashed in.
  chargeLoop(vm, 'hashItem', items.length);
  try {
    for (const i of items) setAdd(vm, s, i);
  } finally {
    for (const i of items) vm.decref(i, Cause.Slot);
  }
}

/** make_new_set_basetype: a new set (a frozenset when `frozen`) holding `src`'s members. */
export function setCopyOf(vm: VM, src: PySet, frozen: boolean): PySet {
  const out = vm.newSet(frozen);
  setMergeFrom(vm, out, src);
  return out;
}

/** set_or: a copy of `a`, then `b` merged in. */
export function setUnion(vm: VM, a: PySet, b: PySet, frozen: boolean): PySet {
  const out = setCopyOf(vm, a, frozen);
  if (b !== a) setMergeFrom(vm, out, b);
  return out;
}

/** set_intersection: the smaller set walked, its members that the other holds (its own objects) added. */
export function setIntersection(vm: VM, a: PySet, b: PySet, frozen: boolean): PySet {
  if (a === b) return setCopyOf(vm, a, frozen);
  const out = vm.newSet(frozen);
  const [walked, probed] = b.members.size > a.members.size ? [a, b] : [b, a];
  for (const m of setIterationOrder(walked)) if (has(vm, probed, m)) setAdd(vm, out, m);
  return out;
}

/** set_difference: `a` walked unless it is over four times `b`'s size (then a copy of it loses `b`'s members). */
export function setDifference(vm: VM, a: PySet, b: PySet, frozen: boolean): PySet {
  if (a.members.size >> 2 > b.members.size) {
    const out = setCopyOf(vm, a, frozen);
    setDifferenceUpdate(vm, out, b);
    return out;
  }
  const out = vm.newSet(frozen);
  for (const m of setIterationOrder(a)) if (!has(vm, b, m)) setAdd(vm, out, m);
  return out;
}

/** set_symmetric_difference: a copy of `b`, then `a`'s members toggled in it. */
export function setSymmetricDifference(vm: VM, a: PySet, b: PySet, frozen: boolean): PySet {
  const out = setCopyOf(vm, b, frozen);
  setSymmetricDifferenceUpdate(vm, out, a);
  return out;
}

/** set_clear_internal: every member released, the table back to its small size. */
export function setClear(vm: VM, s: PySet): void {
  for (const m of s.clearRefs()) vm.decref(m, Cause.Slot, 'member');
}

/** set_difference_update_internal with a set: its members discarded (dummies left, swept past a quarter of the table). */
export function setDifferenceUpdate(vm: VM, s: PySet, other: PySet): void {
  if (other === s) return setClear(vm, s);
  // Against a set over 8 times larger, only the intersection is walked.
  const walked = other.members.size >> 3 > s.members.size ? setIntersection(vm, s, other, false) : other;
  for (const m of setIterationOrder(walked)) setDiscard(vm, s, m);
  if (walked !== other) vm.decref(walked, Cause.Internal, 'intersection');
  const used = s.members.size;
  if (s.fill - used > Math.floor(s.mask / 4)) setTableResize(s, used > 50000 ? used * 2 : used * 4);
}

/** set_symmetric_difference_update with a set: each of its members removed from `s` if there, else added. */
export function setSymmetricDifferenceUpdate(vm: VM, s: PySet, other: PySet): void {
  if (other === s) return setClear(vm, s);
  for (const m of setIterationOrder(other)) if (!setDiscard(vm, s, m)) setAdd(vm, s, m);
}

/** set_intersection_update: `s` takes the intersection's body (set_swap_bodies); its old members go with the temporary. */
export function setIntersectionUpdate(vm: VM, s: PySet, other: PySet): void {
  const tmp = setIntersection(vm, s, other, false);
  setSwapBodies(s, tmp);
  vm.decref(tmp, Cause.Internal, 'intersection');
}

/** set_swap_bodies: two sets trade their members and tables (no count changes: the references move). */
export function setSwapBodies(a: PySet, b: PySet): void {
  [a.members, b.members] = [b.members, a.members];
  [a.table, b.table] = [b.table, a.table];
  [a.mask, b.mask] = [b.mask, a.mask];
  [a.fill, b.fill] = [b.fill, a.fill];
}
