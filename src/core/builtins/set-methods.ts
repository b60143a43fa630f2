// The methods of set and frozenset that build or change a set from other iterables (union,
// intersection, difference, symmetric_difference, their _update forms, update, copy), following
// Objects/setobject.c: a set argument is walked in its table order (runtime/set-ops.ts), a dict's
// keys size the table once, anything else is iterated and added one item at a time (setUpdateFrom).

import type { PyObject } from '../objects/object';
import { PySet } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method } from './define';
import { iterateToArray } from '../runtime/iteration';
import { hashKey, setAdd, setDiscard } from '../runtime/dicts';
import {
  setCopyOf, setIntersection, setDifference, setDifferenceUpdate, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setIntersectionUpdate, setSwapBodies, setUpdateFrom,
} from '../runtime/set-ops';
import { setIterationOrder } from '../runtime/set-order';
import { Cause } from '../trace/events';

const isFrozen = (vm: VM, s: PySet): boolean => s.type.isSubtypeOf(vm.t.frozenset);

/** The items of a non-set iterable (owned references), released by `use` when it is done with them. */
function* withItems<T>(vm: VM, iterable: PyObject, use: (items: PyObject[]) => T): Native<T> {
  const items = yield* iterateToArray(vm, iterable);
  try {
    return use(items);
  } finally {
    for (const i of items) vm.decref(i, Cause.Slot);
  }
}

/** make_new_set_basetype(type(so), iterable). */
function* newSetFrom(vm: VM, frozen: boolean, iterable: PyObject): Native<PySet> {
  if (iterable instanceof PySet) return setCopyOf(vm, iterable, frozen);
  const out = vm.newSet(frozen);
  try {
    yield* setUpdateFrom(vm, out, iterable);
  } catch (e) {
    vm.decref(out, Cause.Stack);
    throw e;
  }
  return out;
}

/** set_intersection(so, other): a set or dict other is probed; other iterables give the members (their own objects). */
function* intersection(vm: VM, so: PySet, other: PyObject, frozen: boolean): Native<PySet> {
  if (other instanceof PySet) return setIntersection(vm, so, other, frozen);
  const out = vm.newSet(frozen);
  yield* withItems(vm, other, (items) => {
    for (const i of items) if (so.members.has(hashKey(vm, i))) setAdd(vm, out, i);
  });
  return out;
}

/** set_intersection_multi: `so` (a new reference to it when there are no others) intersected with each in turn. */
function* intersectionMulti(vm: VM, so: PySet, others: PyObject[], frozen: boolean): Native<PySet> {
  let result = vm.incref(so, Cause.Internal) as PySet;
  for (const other of others) {
    try {
      const next = yield* intersection(vm, result, other, frozen);
      vm.decref(result, Cause.Internal);
      result = next;
    } catch (e) {
      vm.decref(result, Cause.Internal);
      throw e;
    }
  }
  return result;
}

/** set_difference_update_internal: discard each item of `other`. */
function* differenceUpdate(vm: VM, s: PySet, other: PyObject): Native<void> {
  if (other instanceof PySet) return setDifferenceUpdate(vm, s, other);
  yield* withItems(vm, other, (items) => {
    for (const i of items) setDiscard(vm, s, i);
  });
}

/** set_difference(so, other): walk `so` against a set or dict unless it is over four times larger; else copy and discard. */
function* difference(vm: VM, so: PySet, other: PyObject, frozen: boolean): Native<PySet> {
  if (other instanceof PySet) return setDifference(vm, so, other, frozen);
  if (other instanceof PyDict && other.type === vm.t.dict && !(so.members.size >> 2 > other.size)) {
    const out = vm.newSet(frozen);
    for (const m of setIterationOrder(so)) if (!other.get(hashKey(vm, m))) setAdd(vm, out, m);
    return out;
  }
  const out = setCopyOf(vm, so, frozen);
  try {
    yield* differenceUpdate(vm, out, other);
  } catch (e) {
    vm.decref(out, Cause.Stack);
    throw e;
  }
  return out;
}

export function installSetMethods(vm: VM): void {
  const t = vm.t;
  const S = (o: PyObject | null) => o as PySet;
  for (const type of [t.set, t.frozenset]) {
    const name = type.name;
    method(vm, type, 'union', function* (args, _k, self): Native {
      const so = S(self);
      const out = setCopyOf(vm, so, isFrozen(vm, so));
      for (const other of args) if (other !== so) yield* setUpdateFrom(vm, out, other);
      return out;
    });
    method(vm, type, 'intersection', function* (args, _k, self): Native {
      const so = S(self);
      if (args.length === 0) return setCopyOf(vm, so, isFrozen(vm, so));
      return yield* intersectionMulti(vm, so, args, isFrozen(vm, so));
    });
    method(vm, type, 'difference', function* (args, _k, self): Native {
      const so = S(self);
      if (args.length === 0) return setCopyOf(vm, so, isFrozen(vm, so));
      const result = yield* difference(vm, so, args[0], isFrozen(vm, so));
      for (const other of args.slice(1)) yield* differenceUpdate(vm, result, other);
      return result;
    });
    method(vm, type, 'symmetric_difference', function* (args, _k, self): Native {
      if (args.length !== 1) throw vm.error('TypeError', `${name}.symmetric_difference() takes exactly one argument (${args.length} given)`);
      const so = S(self);
      const other = args[0];
      if (other instanceof PySet) return setSymmetricDifference(vm, so, other, isFrozen(vm, so));
      const out = yield* newSetFrom(vm, isFrozen(vm, so), other);
      setSymmetricDifferenceUpdate(vm, out, so);
      return out;
    });
  }
  // frozenset.copy of an exact frozenset is the frozenset itself (frozenset_copy).
  method(vm, t.frozenset, 'copy', (_a, _k, self) => (S(self).type === t.frozenset ? vm.incref(S(self), Cause.Return) : setCopyOf(vm, S(self), true)));
  method(vm, t.set, 'copy', (_a, _k, self) => setCopyOf(vm, S(self), false));
  method(vm, t.set, 'update', function* (args, _k, self): Native {
    for (const other of args) yield* setUpdateFrom(vm, S(self), other);
    return vm.newNone();
  });
  method(vm, t.set, 'intersection_update', function* (args, _k, self): Native {
    const s = S(self);
    if (args.length === 1 && args[0] instanceof PySet) {
      setIntersectionUpdate(vm, s, args[0]);
      return vm.newNone();
    }
    // set_intersection_multi, then set_swap_bodies with the result.
    const result = yield* intersectionMulti(vm, s, args, false);
    if (result !== s) setSwapBodies(s, result);
    vm.decref(result, Cause.Internal);
    return vm.newNone();
  });
  method(vm, t.set, 'difference_update', function* (args, _k, self): Native {
    for (const other of args) yield* differenceUpdate(vm, S(self), other);
    return vm.newNone();
  });
  method(vm, t.set, 'symmetric_difference_update', function* (args, _k, self): Native {
    if (args.length !== 1) throw vm.error('TypeError', `set.symmetric_difference_update() takes exactly one argument (${args.length} given)`);
    const s = S(self);
    const other = args[0];
    if (other instanceof PySet) {
      setSymmetricDifferenceUpdate(vm, s, other);
      return vm.newNone();
    }
    if (other instanceof PyDict && other.type === vm.t.dict) {
      // An exact dict's keys are toggled as they come, without a set made of them.
      for (const e of other.entryList()) if (!setDiscard(vm, s, e.key)) setAdd(vm, s, e.key);
      return vm.newNone();
    }
    const otherSet = yield* newSetFrom(vm, false, other);
    setSymmetricDifferenceUpdate(vm, s, otherSet);
    vm.decref(otherSet, Cause.Internal);
    return vm.newNone();
  });
}
