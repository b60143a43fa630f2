// The time module, read from the virtual clock (threads/clock.ts): time(), perf_counter(),
// monotonic(), process_time() and their _ns variants, and sleep(), which blocks the thread with the
// GIL released (Modules/timemodule.c: pysleep between Py_BEGIN/END_ALLOW_THREADS).

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { EPOCH_AT_START_NS } from '../threads/clock';
import { secondsFromObject } from '../runtime/pytime';
import { installBrokenDownTime } from './time-struct';

/** perf_counter()/monotonic() at the start: CLOCK_MONOTONIC counts from boot; this machine booted a while ago. */
const MONOTONIC_AT_START_NS = 86_400_000_000_000;

export function createTime(vm: VM, module: PyModule): void {
  const d = module.dict;
  const clock = vm.clock;
  const seconds = (ns: number): PyObject => vm.newFloat(ns / 1e9);
  fn(vm, d, 'time', () => vm.newFloat(Number(EPOCH_AT_START_NS / 1000n) / 1e6 + clock.now / 1e9));
  fn(vm, d, 'time_ns', () => vm.newInt(EPOCH_AT_START_NS + BigInt(clock.now)));
  for (const name of ['perf_counter', 'monotonic']) {
    fn(vm, d, name, () => seconds(MONOTONIC_AT_START_NS + clock.now));
    fn(vm, d, `${name}_ns`, () => vm.newInt(MONOTONIC_AT_START_NS + clock.now));
  }
  // The CPU time of the process: the time its threads spent running bytecode or C code without the GIL.
  const cpuNs = (): number => vm.scheduler.cpuTimeNs();
  fn(vm, d, 'process_time', () => seconds(cpuNs()));
  fn(vm, d, 'process_time_ns', () => vm.newInt(cpuNs()));
  installBrokenDownTime(vm, module);
  fn(vm, d, 'sleep', function* (args): Native {
    arity(vm, 'sleep', args, 1);
    const secs = yield* secondsFromObject(vm, args[0]);
    if (secs < 0) throw vm.error('ValueError', 'sleep length must be non-negative');
    return yield {
      callable: vm.none, args: [], kwargs: null,
      block: { reason: 'sleep', deadline: vm.scheduler.deadlineAfter(secs), timedOut: () => ({ value: vm.newNone() }) },
    };
  });
}
