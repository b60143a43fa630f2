// The order in which the free-threaded collector (3.13t, Python/gc_free_threading.c gc_visit_heaps)
// meets the objects: it walks mimalloc's heaps block by block. Each thread has two heaps of GC objects —
// _Py_MIMALLOC_HEAP_GC, then _Py_MIMALLOC_HEAP_GC_PRE for objects with a pre-header (class instances'
// managed __dict__ and weakref pointers) — and mi_heap_visit_blocks goes through a heap's page queues
// by size class (Objects/mimalloc/heap.c mi_heap_visit_pages: bins 0 to MI_BIN_FULL), each page's
// blocks by address. So two objects of different sizes meet the collector smallest size class first,
// whatever their age (a class's instances shrink as it makes more of them: each one's inline values get
// one slot less). Within one size class the address order depends on which blocks the startup and the
// free lists left free in each page, which the simulator cannot know. It puts newer objects first there:
// freed blocks are handed out last-freed first (free lists and mimalloc's local free list are stacks),
// and the oracle programs measured follow that more often than age (gc/tuple_untracking,
// gc/finalizers_in_cycle; probes of lists, dicts and sets on 3.13.5t show both orders).

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import { allocationSize, preHeaderSize } from './sizes';

const WORD = 8;
/** MI_MEDIUM_OBJ_WSIZE_MAX (128 KiB in words) and the queues after the size classes. */
const MEDIUM_OBJ_WSIZE_MAX = (128 * 1024) / WORD;
const BIN_HUGE = 73;

/** mimalloc's size class of a block of `size` bytes (page-queue.c mi_bin; MI_ALIGN2W on 64-bit). */
export function mimallocBin(size: number): number {
  let wsize = Math.ceil(size / WORD);
  if (wsize <= 1) return 1;
  if (wsize <= 8) return (wsize + 1) & ~1;
  if (wsize > MEDIUM_OBJ_WSIZE_MAX) return BIN_HUGE;
  wsize--;
  const b = 31 - Math.clz32(wsize);
  return ((b << 2) + ((wsize >> (b - 2)) & 3)) - 3;
}

/** gc_visit_heaps' order over `objects`: heap (without, then with a pre-header), size class, then newest first. */
export function heapOrder(vm: VM, objects: Iterable<PyObject>): PyObject[] {
  const keyed = [...objects].map((o) => ({ o, heap: preHeaderSize(vm, o) > 0 ? 1 : 0, bin: mimallocBin(allocationSize(vm, o)) }));
  keyed.sort((a, b) => a.heap - b.heap || a.bin - b.bin || b.o.id - a.o.id);
  return keyed.map((k) => k.o);
}
