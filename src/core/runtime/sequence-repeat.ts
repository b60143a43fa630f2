// seq * n for str, bytes, bytearray, list and tuple, and list *= n: the count's checks as
// PySequence_Repeat and the types' sq_repeat make them (Objects/abstract.c, unicodeobject.c,
// bytesobject.c, bytearrayobject.c, listobject.c, tupleobject.c), then the copying.

import type { PyObject } from '../objects/object';
import type { PyList } from '../objects/containers';
import type { VM } from '../vm/vm';
import { MAX_RESULT_LENGTH } from '../builtins/text-arguments';
import { listResize } from './list-storage';
import { chargeLoop } from '../threads/native-loops';
import { Cause } from '../trace/events';

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * How many copies `seq * n` makes of a sequence of `size` items (0 for n <= 0). The count goes
 * through PyNumber_AsSsize_t(n, OverflowError) first; then a result longer than PY_SSIZE_T_MAX is
 * str's and bytes' OverflowError (`tooLong`) or the containers' PyErr_NoMemory (null). A result past
 * what the simulator builds is MemoryError too: CPython would try to allocate it.
 */
export function repeatCount(vm: VM, size: number, n: bigint, tooLong: string | null): number {
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw vm.error('OverflowError', "cannot fit 'int' into an index-sized integer");
  if (n <= 0n || size === 0) return 0;
  if (BigInt(size) > SSIZE_MAX / n) throw tooLong === null ? vm.error('MemoryError') : vm.error('OverflowError', tooLong);
  if (BigInt(size) * n > BigInt(MAX_RESULT_LENGTH)) throw vm.error('MemoryError');
  return Number(n);
}

/** The items of list_repeat / tuple_repeat (not yet referenced). */
export function repeatedItems<T>(items: readonly T[], times: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < times; i++) for (const item of items) out.push(item);
  return out;
}

/** bytes_repeat / bytearray_repeat's data. */
export function repeatedBytes(b: Uint8Array, times: number): Uint8Array {
  const out = new Uint8Array(b.length * times);
  for (let i = 0; i < times; i++) out.set(b, i * b.length);
  return out;
}

/**
 * list_inplace_repeat: `a *= n` changes the list itself. n < 1 clears it (_list_clear releases
 * the items last to first); otherwise list_resize to size * n and each item gains n - 1 references.
 */
export function listInplaceRepeat(vm: VM, list: PyList, n: bigint): void {
  const size = list.items.length;
  const times = repeatCount(vm, size, n, null);
  if (size === 0 || times === 1) return;
  if (times === 0) {
    for (const item of list.clearRefs()) vm.decref(item, Cause.Slot);
    return;
  }
  listResize(list, size * times);
  const copies: PyObject[] = repeatedItems(list.items, times - 1);
  chargeLoop(vm, 'copyItem', copies.length);
  for (const item of copies) list.items.push(vm.incref(item, Cause.Slot));
}
