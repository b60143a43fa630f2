// The two sifts of CPython's C heapq (Modules/_heapqmodule.c), for min-heaps and for the max-heaps
// nsmallest uses. They compare with `<` (PyObject_RichCompareBool), so a class's __lt__ sees the C
// module's calls in its order, and they hold both compared items across the comparison (bpo-39421:
// a __lt__ that empties the list must not free them mid-call). Moving items between slots is a
// pointer swap in C: no count changes. After each comparison the list is read again, and a size
// other than the one the sift started with is "list changed size during iteration".

import type { PyObject } from '../../objects/object';
import type { PyList } from '../../objects/containers';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { richCompareBool } from '../../runtime/operators';
import { Cause } from '../../trace/events';

/** min-heap (heapq's public functions) or max-heap (_heapify_max, _heappop_max, _heapreplace_max). */
export type HeapOrder = 'min' | 'max';

/** `a < b` with C's temporary references to both, taken and released in C's order. */
function* lessHolding(vm: VM, a: PyObject, b: PyObject, taken: readonly PyObject[], released: readonly PyObject[]): Native<boolean> {
  for (const o of taken) vm.incref(o, Cause.Stack);
  try {
    return yield* richCompareBool(vm, a, b, 'Lt');
  } finally {
    for (const o of released) vm.decref(o, Cause.Stack);
  }
}

function changedSize(vm: VM): never {
  throw vm.error('RuntimeError', 'list changed size during iteration');
}

/** siftdown / siftdown_max: moves the item at `pos` up towards `startpos` while it beats its parent. */
export function* siftDown(vm: VM, heap: PyList, startpos: number, pos: number, order: HeapOrder): Native<void> {
  const size = heap.items.length;
  if (pos >= size) throw vm.error('IndexError', 'index out of range');
  let newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const lt = order === 'min'
      ? yield* lessHolding(vm, newitem, parent, [newitem, parent], [parent, newitem])
      : yield* lessHolding(vm, parent, newitem, [parent, newitem], [parent, newitem]);
    if (size !== heap.items.length) changedSize(vm);
    if (!lt) break;
    // C reads both slots again: the comparison may have replaced items (not the size).
    const items = heap.items;
    const moved = items[parentpos];
    newitem = items[pos];
    items[parentpos] = newitem;
    items[pos] = moved;
    pos = parentpos;
  }
}

/** siftup / siftup_max: moves the better child up until a leaf, then sifts the item at `pos` back down. */
export function* siftUp(vm: VM, heap: PyList, pos: number, order: HeapOrder): Native<void> {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw vm.error('IndexError', 'index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      // siftup: left < right keeps the left child; siftup_max: right < left keeps it.
      const a = heap.items[order === 'min' ? childpos : childpos + 1];
      const b = heap.items[order === 'min' ? childpos + 1 : childpos];
      const lt = yield* lessHolding(vm, a, b, [a, b], [a, b]);
      if (!lt) childpos += 1;
      if (endpos !== heap.items.length) changedSize(vm);
    }
    const items = heap.items;
    const child = items[childpos];
    items[childpos] = items[pos];
    items[pos] = child;
    pos = childpos;
  }
  yield* siftDown(vm, heap, startpos, pos, order);
}
