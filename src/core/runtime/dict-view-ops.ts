// The set operators of dict views, d.keys() and d.items() (Objects/dictobject.c): -, |, ^ make a set of
// the left operand (dictviews_to_set: an exact dict's keys view builds it from the dict itself) and
// update it with the right one through the set's own methods; & keeps the items of the other operand
// that the view contains (_PyDictView_Intersect), or asks a bigger set for its intersection. The same slot
// serves both sides: `[0] | d.keys()` is set([0]) updated with the view.

import type { PyObject } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/containers';
import { PyCompositeIter } from '../objects/iterators';
import type { VM } from '../vm/vm';
import type { CallRequest, Native } from '../vm/frame';
import { iterateToArray } from './iteration';
import { contains } from './subscripts';
import { Cause } from '../trace/events';

const UPDATE_METHOD: Record<string, string> = { Sub: 'difference_update', BitOr: 'update', BitXor: 'symmetric_difference_update' };

/** A keys or items view (values views have no set operators). */
export function isSetLikeView(vm: VM, o: PyObject): o is PyCompositeIter {
  return o instanceof PyCompositeIter && (o.type === vm.t.dict_keys || o.type === vm.t.dict_items);
}

/** Whether `op` on these operands is a dict view's set operator. */
export function isDictViewSetOp(vm: VM, a: PyObject, b: PyObject, op: string): boolean {
  return (op === 'BitAnd' || op in UPDATE_METHOD) && (isSetLikeView(vm, a) || isSetLikeView(vm, b));
}

function viewLength(view: PyCompositeIter): number {
  return (view.refs[0] as PyDict).size;
}

function* callSetMethod(vm: VM, name: string, args: PyObject[]): Generator<CallRequest, PyObject, PyObject> {
  return yield { callable: vm.t.set.dict.getStr(name) as PyObject, args, kwargs: null };
}

/** dictviews_to_set: set(view), from the dict itself for an exact dict's keys. */
function* toSet(vm: VM, o: PyObject): Generator<CallRequest, PyObject, PyObject> {
  const dict = isSetLikeView(vm, o) && o.type === vm.t.dict_keys ? o.refs[0] : null;
  const source = dict instanceof PyDict && dict.type === vm.t.dict ? dict : o;
  return yield { callable: vm.t.set, args: [source], kwargs: null };
}

export function* dictViewSetOp(vm: VM, a: PyObject, b: PyObject, op: string): Native {
  if (op === 'BitXor' && a.type === vm.t.dict_items && b.type === vm.t.dict_items) throw vm.unsupported('dict_items ^ dict_items');
  if (op !== 'BitAnd') {
    const result = yield* toSet(vm, a);
    try {
      vm.decref(yield* callSetMethod(vm, UPDATE_METHOD[op], [result, b]), Cause.Return);
    } catch (e) {
      vm.decref(result, Cause.Stack);
      throw e;
    }
    return result;
  }
  // _PyDictView_Intersect: the view is `self` on either side.
  let [self, other] = isSetLikeView(vm, a) ? [a, b] : [b, a];
  const selfLength = viewLength(self as PyCompositeIter);
  if (other instanceof PySet && other.type === vm.t.set && selfLength <= other.members.size) {
    return yield* callSetMethod(vm, 'intersection', [other, self]);
  }
  if (isSetLikeView(vm, other) && viewLength(other) > selfLength) [self, other] = [other, self];
  const result = yield { callable: vm.t.set, args: [], kwargs: null };
  const keys = yield* iterateToArray(vm, other);
  try {
    for (const key of keys) {
      if (yield* contains(vm, self, key)) vm.decref(yield* callSetMethod(vm, 'add', [result, key]), Cause.Return);
    }
  } catch (e) {
    vm.decref(result, Cause.Stack);
    throw e;
  } finally {
    for (const key of keys) vm.decref(key, Cause.Slot);
  }
  return result;
}

/** all_contained_in: every item of `small` is in `big`. */
function* allContainedIn(vm: VM, small: PyObject, big: PyObject): Generator<CallRequest, boolean, PyObject> {
  const items = yield* iterateToArray(vm, small);
  try {
    for (const item of items) if (!(yield* contains(vm, big, item))) return false;
    return true;
  } finally {
    for (const item of items) vm.decref(item, Cause.Slot);
  }
}

/**
 * dictview_richcompare: a keys or items view against a set, a frozenset or another such view compares
 * as sets do (sizes first, then containment); null for any other operand (NotImplemented).
 */
export function* dictViewCompare(vm: VM, a: PyObject, b: PyObject, op: string): Generator<CallRequest, boolean | null, PyObject> {
  const setLike = (o: PyObject) => o instanceof PySet || isSetLikeView(vm, o);
  if (!(isSetLikeView(vm, a) && setLike(b)) && !(isSetLikeView(vm, b) && setLike(a))) return null;
  const size = (o: PyObject) => (o instanceof PySet ? o.members.size : viewLength(o as PyCompositeIter));
  const [na, nb] = [size(a), size(b)];
  switch (op) {
    case 'Eq':
    case 'NotEq':
      return (na === nb && (yield* allContainedIn(vm, a, b))) === (op === 'Eq');
    case 'Lt':
      return na < nb && (yield* allContainedIn(vm, a, b));
    case 'LtE':
      return na <= nb && (yield* allContainedIn(vm, a, b));
    case 'Gt':
      return na > nb && (yield* allContainedIn(vm, b, a));
    case 'GtE':
      return na >= nb && (yield* allContainedIn(vm, b, a));
  }
  return null;
}

/**
 * dictviews_isdisjoint: whether no item of `other` is in the view; against a set or a view it walks the
 * smaller of the two (PySequence_Contains on the other one).
 */
export function* dictViewIsDisjoint(vm: VM, view: PyCompositeIter, other: PyObject): Generator<CallRequest, boolean, PyObject> {
  let [self, walked] = [view as PyObject, other];
  if (self === walked) return viewLength(view) === 0;
  if (walked instanceof PySet || isSetLikeView(vm, walked)) {
    const otherLength = walked instanceof PySet ? walked.members.size : viewLength(walked);
    if (otherLength > viewLength(view)) [self, walked] = [walked, self];
  }
  const items = yield* iterateToArray(vm, walked);
  try {
    for (const item of items) if (yield* contains(vm, self, item)) return false;
    return true;
  } finally {
    for (const item of items) vm.decref(item, Cause.Slot);
  }
}
