// A list's allocated capacity as CPython's Objects/listobject.c grows and shrinks it (list_resize,
// list_extend, list_preallocate_exact). Only `allocated` changes here: callers mutate `items`
// right after, so `list.items.length` is the size before the change (Py_SIZE in list_resize).

import type { PyObject } from '../objects/object';
import { PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple, PySet, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PySeqIter, PyRangeIter, PyCompositeIter } from '../objects/iterators';
import { listResizeCapacity, listExactCapacity } from '../objects/capacity';
import type { VM } from '../vm/vm';

/** list_resize(list, newSize): append/insert (size + 1), pop/remove/del (smaller), slice assignment. */
export function listResize(list: PyList, newSize: number): void {
  list.allocated = listResizeCapacity(list.allocated, list.items.length, newSize);
}

/** What len() of a built-in object is without calling Python code, or null. */
function builtinLen(vm: VM, o: PyObject): number | null {
  if (o.type.heap) return null;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return Array.from(o.value).length;
  if (o instanceof PyBytes) return o.value.length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.members.size;
  if (o instanceof PyRange) return Number(o.length);
  // dict views hold their dict.
  if (o instanceof PyCompositeIter && (o.type === vm.t.dict_keys || o.type === vm.t.dict_values || o.type === vm.t.dict_items)) {
    const d = o.refs[0];
    return d instanceof PyDict ? d.size : null;
  }
  return null;
}

/** PyObject_LengthHint(o, 8): len(), else the iterator's __length_hint__, else 8. */
function lengthHint(vm: VM, o: PyObject): number {
  const n = builtinLen(vm, o);
  if (n !== null) return n;
  if (o instanceof PySeqIter && o.seq) {
    const len = builtinLen(vm, o.seq);
    if (len !== null) return Math.max(0, o.reversed ? o.index + 1 : len - o.index);
  }
  if (o instanceof PyRangeIter) return Number(o.remaining);
  return 8;
}

const isExact = (o: PyObject, ...types: unknown[]): boolean => types.includes(o.type);

/** How list_extend will size a list for an iterable: looked at before the iterable is consumed. */
export interface ExtendSource {
  kind: 'sequence' | 'resize' | 'iterator';
  /** len() of the iterable, or null when it has none. */
  len: number | null;
  /** PyObject_LengthHint(iterable, 8). */
  hint: number;
}

export function extendSource(vm: VM, list: PyList | null, iterable: PyObject): ExtendSource {
  const len = builtinLen(vm, iterable);
  let kind: ExtendSource['kind'] = 'iterator';
  if (isExact(iterable, vm.t.list, vm.t.tuple) || iterable === list) kind = 'sequence';
  // 3.13: list_extend_dict / list_extend_set resize to m + n like any existing list.
  else if (vm.options.version.listExtendResizesDictsAndSets && isExact(iterable, vm.t.dict, vm.t.set, vm.t.frozenset)) kind = 'resize';
  return { kind, len, hint: kind === 'iterator' ? lengthHint(vm, iterable) : 0 };
}

/**
 * The capacity of a new list made by list(iterable) with `count` items (list___init__): an iterable
 * with a length gets an exact (even) allocation first (list_preallocate_exact), then list_extend.
 */
export function listInitCapacity(source: ExtendSource, count: number): number {
  const alloc = source.len && source.kind !== 'resize' ? listExactCapacity(source.len) : 0;
  return extendCapacity(alloc, 0, source, count);
}

/** PySequence_List (sorted()): list_extend into a new empty list of `count` items. */
export function listExtendCapacity(source: ExtendSource, count: number): number {
  return extendCapacity(0, 0, source, count);
}

/** list_extend adding `count` items to `list`; call before they are pushed. */
export function listExtendFrom(list: PyList, source: ExtendSource, count: number): void {
  list.allocated = extendCapacity(list.allocated, list.items.length, source, count);
}

/**
 * list_extend on a list of `m` items with `alloc` slots: a list or tuple (or the list itself) is
 * sized at once; other iterables get room for their length hint, then grow item by item like
 * append, and the unused over-allocation is cut back at the end.
 */
function extendCapacity(alloc: number, m: number, source: ExtendSource, count: number): number {
  if (source.kind === 'sequence') {
    if (count === 0) return alloc;
    // An empty item array is allocated exactly; an existing one goes through list_resize.
    return alloc === 0 ? listExactCapacity(count) : listResizeCapacity(alloc, m, m + count);
  }
  if (source.kind === 'resize') return listResizeCapacity(alloc, m, m + count);
  if (alloc === 0) {
    if (source.hint > 0) alloc = listExactCapacity(source.hint);
  } else {
    alloc = listResizeCapacity(alloc, m, m + source.hint);
  }
  // Items beyond the room made grow the list like app1.
  for (let size = m; size < m + count; size++) if (size >= alloc) alloc = listResizeCapacity(alloc, size, size + 1);
  // "Cut back result list if initial guess was too large."
  const size = m + count;
  return size < alloc ? listResizeCapacity(alloc, size, size) : alloc;
}

/** list_ass_slice replacing `removed` items by `added`: a list left empty frees its array. */
export function listAssignSlice(list: PyList, removed: number, added: number): void {
  const size = list.items.length;
  if (size - removed + added === 0) list.allocated = 0;
  else if (added !== removed) listResize(list, size - removed + added);
}

