// list.sort and sorted() as list_sort_impl (Objects/listobject.c) runs them: the list is emptied while
// it sorts (a key function or __lt__ sees it empty, and a change to it is "list modified during
// sort"), the keys are made first, the comparison is chosen once for the whole list (the pre-sort
// check), and timsort (runtime/timsort.ts) orders keys and items together.

import type { PyObject } from '../objects/object';
import type { PyInt, PyFloat } from '../objects/atoms';
import type { PyList } from '../objects/containers';
import { PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { equals, richCompareBool, slotLessThan, truthy } from '../runtime/operators';
import { timsort, type SortLessThan } from '../runtime/timsort';
import { Cause } from '../trace/events';
import { chargeLoop } from '../threads/native-loops';

export function* sortList(vm: VM, list: PyList, key: PyObject | null, reverse: PyObject | null): Native<void> {
  const rev = reverse ? yield* truthy(vm, reverse) : false;
  const items = list.items;
  const allocated = list.allocated;
  // Emptied for the duration: allocated -1 marks it untouched (any change resets it).
  list.items = [];
  list.allocated = -1;
  let keys: PyObject[] | null = null;
  try {
    if (key && key !== vm.none) {
      const made: PyObject[] = [];
      try {
        for (const item of items) made.push(yield { callable: key, args: [item], kwargs: null });
      } catch (e) {
        for (const k of made.reverse()) vm.decref(k, Cause.Stack);
        throw e;
      }
      keys = made;
    }
    const sortKeys = keys ?? items;
    // Each comparison timsort makes costs its C time (the Python code a __lt__ runs costs its own).
    const chosen = presortCompare(vm, sortKeys);
    let comparisons = 0;
    const lt: SortLessThan = (a, b) => {
      comparisons++;
      return chosen(a, b);
    };
    if (rev && items.length > 1) {
      if (keys) keys.reverse();
      items.reverse();
    }
    try {
      yield* timsort(sortKeys, keys ? items : null, lt, vm.options.version.sortDescendingRunsTakeEquals);
    } finally {
      if (keys) for (const k of keys) vm.decref(k, Cause.Stack);
      if (rev && items.length > 1) items.reverse();
      chargeLoop(vm, 'sortCompare', comparisons);
    }
    if (list.allocated !== -1) throw vm.error('ValueError', 'list modified during sort');
  } finally {
    // What the comparisons or keys put in the list meanwhile goes, last item first.
    const added = list.items;
    list.items = items;
    list.allocated = allocated;
    for (let i = added.length - 1; i >= 0; i--) vm.decref(added[i], Cause.Slot);
  }
}

/**
 * The pre-sort check: keys of one type compare through that type's own `<` (unsafe_object_compare:
 * a class's __lt__ called directly, NotImplemented then the generic comparison); tuples (all of them,
 * non-empty) element by element, == first, their first elements by the comparison chosen for them.
 * Built-in types' fast comparisons (ints, floats, Latin-1 strings) call no Python code either way.
 */
function presortCompare(vm: VM, keys: PyObject[]): SortLessThan {
  const generic: SortLessThan = (a, b) => richCompareBool(vm, a, b, 'Lt');
  if (keys.length < 2) return generic;
  const isTuple = (k: PyObject): k is PyTuple => k.type === vm.t.tuple && (k as PyTuple).items.length > 0;
  const inTuples = keys.every(isTuple);
  const first = (k: PyObject) => (inTuples ? (k as PyTuple).items[0] : k);
  const keyType = first(keys[0]).type;
  const sameType = keys.every((k) => first(k).type === keyType);
  const objectCompare: SortLessThan = function* (a, b) {
    const r = yield* slotLessThan(vm, a, b);
    return typeof r === 'boolean' ? r : yield* richCompareBool(vm, a, b, 'Lt');
  };
  const chosen = !sameType ? generic : keyType === vm.t.int ? intLessThan : keyType === vm.t.float ? floatLessThan : objectCompare;
  if (!inTuples) return chosen;
  const elementCompare = keyType === vm.t.tuple ? generic : chosen;
  return function* (v, w) {
    const a = (v as PyTuple).items;
    const b = (w as PyTuple).items;
    let i = 0;
    for (; i < a.length && i < b.length; i++) if (!(yield* equals(vm, a[i], b[i]))) break;
    if (i >= a.length || i >= b.length) return a.length < b.length;
    return i === 0 ? yield* elementCompare(a[0], b[0]) : yield* richCompareBool(vm, a[i], b[i], 'Lt');
  };
}

// unsafe_long_compare and unsafe_float_compare: exact ints or floats compared as numbers, without the
// generic comparison's dispatch (the same answers, and no Python code or count change either way).
function* intLessThan(a: PyObject, b: PyObject): Native<boolean> {
  const x = (a as PyInt).small;
  const y = (b as PyInt).small;
  return x === x && y === y ? x < y : (a as PyInt).value < (b as PyInt).value;
}

function* floatLessThan(a: PyObject, b: PyObject): Native<boolean> {
  return (a as PyFloat).value < (b as PyFloat).value;
}
