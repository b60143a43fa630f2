// The loops built-in functions and methods run in C (sum(), list(), sorted(), str.join, `in`,
// slicing, set()...): one bytecode instruction calls them, but they take time in proportion to
// their input, with the GIL held the whole time (no eval-breaker check inside C code: a thread asking
// for the GIL waits until the call returns). Each kind of loop charges its calibrated cost per unit of
// work (NATIVE_LOOPS in native-costs.ts) here, in one place per kind. The call's fixed part is the CALL
// instruction's own cost (cost-model.ts). An item a Python-level iterator (a generator, a class's
// __next__) hands over costs its own bytecode besides; the loop charges only the C side.

import type { VM } from '../vm/vm';
import type { PyObject } from '../objects/object';
import { PyRangeIter } from '../objects/iterators';
import { NATIVE_LOOPS, type NativeLoop } from './native-costs';
import { computeHoldingGil } from './native-work';

/** The C loop `kind` did `units` units of work (items, comparisons, characters). */
export function chargeLoop(vm: VM, kind: NativeLoop, units: number): void {
  if (units > 0) computeHoldingGil(vm, NATIVE_LOOPS[kind] * units);
}

/** A C loop of `kind` pulled `steps` items from iterator `it`: a range iterator makes a new int for each (rangeiter_next). */
export function chargeSteps(vm: VM, kind: NativeLoop, it: PyObject, steps: number): void {
  chargeLoop(vm, kind, steps);
  if (it instanceof PyRangeIter) chargeLoop(vm, 'rangeItem', steps);
}
