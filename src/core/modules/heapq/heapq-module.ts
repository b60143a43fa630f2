// _heapq, CPython's C accelerator of heapq (Modules/_heapqmodule.c, the same in 3.11 to 3.13): the
// functions heapq.py takes from it, native here as there (no Python frame of their own). Lib/heapq.py's
// Python functions (merge, nsmallest, nlargest) run over them (modules/python/heapq-source.ts).
//
// References as C takes them: heappush appends a new one (PyList_Append); heappop takes one to the last
// item before cutting the last slot (PyList_SetSlice), and hands the top's slot reference to the caller;
// heapreplace and heappushpop put a new reference to the item into slot 0 and hand the old top's over.

import type { PyObject } from '../../objects/object';
import { PyList } from '../../objects/containers';
import type { PyModule } from '../../objects/instances';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { fn, checkPositional } from '../../builtins/define';
import { clinicTypeName } from '../../builtins/text-arguments';
import { listResize, listAssignSlice } from '../../runtime/list-storage';
import { richCompareBool } from '../../runtime/operators';
import { siftDown, siftUp, type HeapOrder } from './heap-sift';
import { Cause } from '../../trace/events';

/** heapify_internal switches to the cache-friendly order past this size (the same comparisons, in another order). */
const CACHE_FRIENDLY_SIZE = 2500;

export function createHeapq(vm: VM, module: PyModule): void {
  const d = module.dict;
  /** A clinic-parsed function: METH_O for one parameter, METH_FASTCALL for two; `heap` must be a list. */
  const define = (name: string, arity: 1 | 2, impl: (heap: PyList, item: PyObject) => PyObject | Native) => {
    fn(vm, d, name, (args, kwargs) => {
      if (kwargs && kwargs.size) throw vm.error('TypeError', `_heapq.${name}() takes no keyword arguments`);
      if (arity === 1 && args.length !== 1) throw vm.error('TypeError', `_heapq.${name}() takes exactly one argument (${args.length} given)`);
      checkPositional(vm, name, args.length, arity, arity);
      const heap = args[0];
      if (!(heap instanceof PyList)) {
        throw vm.error('TypeError', `${name}() argument${arity === 1 ? '' : ' 1'} must be list, not ${clinicTypeName(vm, heap)}`);
      }
      return impl(heap, args[1]);
    });
  };

  define('heappush', 2, function* (heap, item): Native {
    // PyList_Append: the new last slot holds a new reference; the item then sifts towards the root.
    listResize(heap, heap.items.length + 1);
    heap.items.push(vm.incref(item, Cause.Slot, `[${heap.items.length}]`));
    yield* siftDown(vm, heap, 0, heap.items.length - 1, 'min');
    return vm.newNone();
  });
  define('heappop', 1, (heap) => heappop(heap, 'min'));
  define('_heappop_max', 1, (heap) => heappop(heap, 'max'));
  define('heapreplace', 2, (heap, item) => heapreplace(heap, item, 'min'));
  define('_heapreplace_max', 2, (heap, item) => heapreplace(heap, item, 'max'));
  define('heapify', 1, (heap) => heapify(heap, 'min'));
  define('_heapify_max', 1, (heap) => heapify(heap, 'max'));
  define('heappushpop', 2, function* (heap, item): Native {
    if (heap.items.length === 0) return vm.incref(item, Cause.Return);
    // Only an item greater than the top goes in; C holds the top during the comparison.
    const top = vm.incref(heap.items[0], Cause.Stack);
    let lt: boolean;
    try {
      lt = yield* richCompareBool(vm, top, item, 'Lt');
    } finally {
      vm.decref(top, Cause.Stack);
    }
    if (!lt) return vm.incref(item, Cause.Return);
    if (heap.items.length === 0) throw vm.error('IndexError', 'index out of range');
    return yield* replaceTop(heap, item, 'min');
  });

  function* heappop(heap: PyList, order: HeapOrder): Native {
    const n = heap.items.length;
    if (n === 0) throw vm.error('IndexError', 'index out of range');
    // The last item's new reference becomes slot 0's, or the result when it was the only item.
    const lastelt = vm.incref(heap.items[n - 1], n === 1 ? Cause.Return : Cause.Slot, n === 1 ? '' : '[0]');
    listAssignSlice(heap, 1, 0);
    heap.items.pop();
    vm.decref(lastelt, Cause.Slot, `[${n - 1}]`);
    if (n === 1) return lastelt;
    return yield* withNewTop(heap, lastelt, order);
  }

  function* heapreplace(heap: PyList, item: PyObject, order: HeapOrder): Native {
    if (heap.items.length === 0) throw vm.error('IndexError', 'index out of range');
    return yield* replaceTop(heap, item, order);
  }

  /** Slot 0 takes a new reference to `item`; the old top's reference is the result (dropped if the sift fails). */
  function* replaceTop(heap: PyList, item: PyObject, order: HeapOrder): Native {
    return yield* withNewTop(heap, vm.incref(item, Cause.Slot, '[0]'), order);
  }

  /** Slot 0 takes `top` (a reference already counted) and sifts it down; the old top's reference is the result. */
  function* withNewTop(heap: PyList, top: PyObject, order: HeapOrder): Native {
    const returnitem = heap.items[0];
    heap.items[0] = top;
    try {
      yield* siftUp(vm, heap, 0, order);
    } catch (e) {
      vm.decref(returnitem, Cause.Slot, '[0]');
      throw e;
    }
    return returnitem;
  }

  function* heapify(heap: PyList, order: HeapOrder): Native {
    const n = heap.items.length;
    if (n > CACHE_FRIENDLY_SIZE) yield* cacheFriendlyHeapify(heap, order);
    // Bottom-up: every node with a child, the last one first.
    else for (let i = (n >> 1) - 1; i >= 0; i--) yield* siftUp(vm, heap, i, order);
    return vm.newNone();
  }

  /** cache_friendly_heapify: each pair of siblings' parent right after the pair (the same heap as bottom-up). */
  function* cacheFriendlyHeapify(heap: PyList, order: HeapOrder): Native<void> {
    const m = heap.items.length >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const climb = function* (i: number): Native<void> {
      for (let j = i; ; j >>= 1) {
        yield* siftUp(vm, heap, j, order);
        if (!(j & 1)) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) yield* climb(i);
    for (let i = m - 1; i >= leftmost; i--) yield* climb(i);
  }
}

/** n with only its highest set bit. */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}
