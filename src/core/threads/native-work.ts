// C code that computes: hashing, compressing, numpy loops. The result itself is computed at once in
// JS; what is modelled is the simulated time it takes and whether the GIL is held meanwhile.
// - With the GIL held (small inputs: hashlib below HASHLIB_GIL_MINSIZE), the thread keeps running and
//   the clock advances by the work: no other thread runs meanwhile.
// - Between Py_BEGIN_ALLOW_THREADS and Py_END_ALLOW_THREADS the thread drops the GIL (waking a
//   waiter), is `native` on a simulated core for the work's duration (shared with the other jobs:
//   core-sharing.ts), then takes the GIL back through the GIL's ordinary take path, so it may wait.

import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';

/** A blocking call that computes on a core instead of waiting for something (scheduler.block). */
export interface ComputingCall {
  /** The C function, for the timeline (`sha256.update`, `zlib.compress`). */
  label: string;
  /** ns of one core's time the work takes. */
  workNs: number;
}

/** The work runs with the GIL held: the running thread's time moves on, nobody else runs. */
export function computeHoldingGil(vm: VM, workNs: number): void {
  vm.clock.now += Math.max(0, Math.round(workNs));
}

/** The work runs between Py_BEGIN_ALLOW_THREADS and Py_END_ALLOW_THREADS. */
export function* computeWithoutGil(vm: VM, label: string, workNs: number): Native<void> {
  yield { callable: vm.none, args: [], kwargs: null, compute: { label, workNs: Math.max(0, Math.round(workNs)) } };
}

/** Either, as the C code decides (`releases`: the size test it makes). */
export function* compute(vm: VM, label: string, workNs: number, releases: boolean): Native<void> {
  if (releases) yield* computeWithoutGil(vm, label, workNs);
  else computeHoldingGil(vm, workNs);
}
