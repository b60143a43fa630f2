// The arguments of list.index and tuple.index (value, start=0, stop=sys.maxsize, /): Argument Clinic's
// positional check, then _PyEval_SliceIndexNotNone for start and stop, then the negative-index
// adjustment both list_index_impl and tuple_index_impl make before their loops.

import type { PyObject } from '../objects/object';
import { PyInt } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { checkPositional } from './define';

/** PY_SSIZE_T_MAX: stop's default; a bigger int is clamped to it (PyNumber_AsSsize_t with no error). */
const SSIZE_MAX = 2n ** 63n - 1n;

/** _PyEval_SliceIndexNotNone: an int (clamped to a Py_ssize_t), never None. */
function sliceIndexNotNone(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', 'slice indices must be integers or have an __index__ method');
  const v = o.value > SSIZE_MAX ? SSIZE_MAX : o.value < -SSIZE_MAX - 1n ? -SSIZE_MAX - 1n : o.value;
  return Number(v);
}

/** [start, stop) to search, from args [value, start?, stop?] against the sequence's length. */
export function sequenceIndexBounds(vm: VM, args: PyObject[], length: number): [number, number] {
  checkPositional(vm, 'index', args.length, 1, 3);
  let start = args.length > 1 ? sliceIndexNotNone(vm, args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(vm, args[2]) : Number.MAX_SAFE_INTEGER;
  if (start < 0) start = Math.max(0, start + length);
  if (stop < 0) stop = Math.max(0, stop + length);
  return [start, stop];
}
