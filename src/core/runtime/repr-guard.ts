// Py_ReprEnter / Py_ReprLeave (Objects/object.c): the repr of a list, tuple, dict, set or dict view
// records the container in a per-thread list while it runs, so that a container that contains itself
// prints `[...]` instead of recursing. That list lives in the thread state's dict
// (PyThreadState_GetDict) under 'Py_Repr'; the thread's first container repr makes both, two GC
// allocations that gc.get_count() shows: after gc.collect() (empty free lists), the first repr([1])
// counts 2 more than the second one in 3.11, 3.12, 3.13 and 3.13t alike.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyList } from '../objects/containers';
import type { VM } from '../vm/vm';
import { dictGet, dictSet } from './dicts';
import { listResize } from './list-storage';
import { Cause } from '../trace/events';

/** PyThreadState_GetDict: the running thread's dict, made on first use (PyDict_New). */
export function threadStateDict(vm: VM): PyDict {
  const thread = vm.scheduler.current;
  if (!thread.dict) thread.dict = vm.newDict();
  return thread.dict;
}

/** The running thread's Py_Repr list, made (and stored in its dict) on first use. */
function reprList(vm: VM): PyList {
  const dict = threadStateDict(vm);
  const key = vm.intern('Py_Repr');
  const found = dictGet(vm, dict, key);
  if (found instanceof PyList) return found;
  const list = vm.newList([]);
  dictSet(vm, dict, key, list, true, "['Py_Repr']");
  return list;
}

/** Py_ReprEnter: true when `o`'s repr is already running in this thread (print the placeholder). */
export function reprEnter(vm: VM, o: PyObject): boolean {
  const list = reprList(vm);
  if (list.items.includes(o)) return true;
  listResize(list, list.items.length + 1);
  list.items.push(vm.incref(o, Cause.Internal, 'Py_Repr'));
  return false;
}

/** Py_ReprLeave: removes `o` from the thread's Py_Repr list (PyList_SetSlice of its slot). */
export function reprLeave(vm: VM, o: PyObject): void {
  const list = reprList(vm);
  const i = list.items.lastIndexOf(o);
  if (i < 0) return;
  listResize(list, list.items.length - 1);
  list.items.splice(i, 1);
  vm.decref(o, Cause.Internal, 'Py_Repr');
}
