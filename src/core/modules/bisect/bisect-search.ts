// internal_bisect_left / internal_bisect_right of CPython's C _bisect (Modules/_bisectmodule.c): the
// binary search, its comparisons (`<` through rich comparison, the item on the left for bisect_right and
// on the right for bisect_left) and the references it holds: each probed item (new, from sq_item) and
// its key until the comparison is done.
//
// 3.12+ (VersionModel.bisectTypeFastPaths) look the item slot up once before the search, so an object
// that cannot be indexed fails even for an empty range, and compare an item of x's own type through
// that type's tp_richcompare: for a class, its __lt__ alone; if that returns NotImplemented the generic
// comparison follows (calling __lt__ again, then the reflected __gt__) and the shortcut is off for the
// rest of the search.

import type { PyObject } from '../../objects/object';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { richCompareBool, slotLessThan } from '../../runtime/operators';
import { sequenceSize, sequenceItemSlot, type SequenceItem } from '../../runtime/sequence-protocol';
import { Cause } from '../../trace/events';

export type BisectSide = 'left' | 'right';

export interface BisectArguments {
  seq: PyObject;
  /** x, or key(x) for insort with a key. */
  item: PyObject;
  lo: bigint;
  /** -1: the sequence's length (None, or -1 itself, as C's sentinel). */
  hi: bigint;
  /** null for None. */
  key: PyObject | null;
}

export function* bisectIndex(vm: VM, side: BisectSide, { seq, item, lo, hi, key }: BisectArguments): Native<bigint> {
  if (lo < 0n) throw vm.error('ValueError', 'lo must be non-negative');
  if (hi === -1n) hi = BigInt(yield* sequenceSize(vm, seq));
  const fastPaths = vm.options.version.bisectTypeFastPaths;
  // 3.11's PySequence_GetItem looks the slot up at each probe.
  let itemAt: SequenceItem | null = fastPaths ? sequenceItemSlot(vm, seq) : null;
  let typeCompare = fastPaths;
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    itemAt ??= sequenceItemSlot(vm, seq);
    const got = itemAt(mid);
    if (!fastPaths) itemAt = null;
    let litem = typeof (got as Native).next === 'function' ? yield* got as Native : got as PyObject;
    let lt: boolean;
    try {
      if (key) {
        const keyed = yield { callable: key, args: [litem], kwargs: null };
        vm.decref(litem, Cause.Stack);
        litem = keyed;
      }
      const [a, b] = side === 'right' ? [item, litem] : [litem, item];
      const viaType = typeCompare && litem.type === item.type ? yield* slotLessThan(vm, a, b) : null;
      if (viaType === 'not-implemented') typeCompare = false;
      lt = typeof viaType === 'boolean' ? viaType : yield* richCompareBool(vm, a, b, 'Lt');
    } finally {
      vm.decref(litem, Cause.Stack);
    }
    // bisect_right: x < a[mid] narrows to the left half; bisect_left: a[mid] < x to the right half.
    if (lt === (side === 'right')) hi = mid;
    else lo = mid + 1n;
  }
  return lo;
}
