// Iterators of C types that simulated extension modules write in TS (collections.deque's, OrderedDict's):
// their next step is TS code (CPython's tp_iternext), which for-loops and next() call directly, as
// CPython does, without a Python-level __next__ call or a StopIteration at the end.

import { PyObject } from './object';
import type { VM } from '../vm/vm';

export abstract class PyNativeIterator extends PyObject {
  /** The next item as a new reference, or null when exhausted; raises (throws a PyError) like tp_iternext. */
  abstract nextItem(vm: VM): PyObject | null;
}
