// _PyTime_FromSecondsObject (Python/pytime.c): a number of seconds as C functions taking a timeout or a
// duration read it (time.sleep, a lock's acquire): a float is checked for NaN and for the range of a
// 64-bit count of nanoseconds, anything else goes through PyLong_AsLongLong (its __index__), whose
// nanoseconds must fit too.

import type { PyObject } from '../objects/object';
import { PyFloat } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { numberIndex } from './number-index';

/** 2**63 nanoseconds: -(double)PyTime_MIN, the first float count of nanoseconds out of range. */
const NS_LIMIT = 2 ** 63;
const NS_MAX = 2n ** 63n - 1n;

/** The seconds `o` stands for, or CPython's ValueError/OverflowError/TypeError. */
export function* secondsFromObject(vm: VM, o: PyObject): Generator<CallRequest, number, PyObject> {
  if (o instanceof PyFloat) {
    const d = o.value;
    if (Number.isNaN(d)) throw vm.error('ValueError', 'Invalid value NaN (not a number)');
    // pytime_from_double: d * 1e9, rounded, must be a PyTime_t.
    const ns = d * 1e9;
    if (!(-NS_LIMIT <= ns && ns < NS_LIMIT)) throw vm.error('OverflowError', 'timestamp out of range for platform time_t');
    return d;
  }
  // PyLong_AsLongLong, then the multiplication by 10**9 (pytime_mul): either overflowing is pytime_overflow().
  const seconds = yield* numberIndex(vm, o);
  const ns = seconds * 1_000_000_000n;
  if (ns > NS_MAX || ns < -NS_MAX - 1n) throw vm.error('OverflowError', vm.options.version.pyTimeOverflowMessage);
  return Number(seconds);
}
