// The addresses id() has handed out, so that ctypes can find what is at one (c_long.from_address(id(x)),
// cast(id(x), py_object)). Only objects whose id() the program took can be found: the address came from there.
// The map holds them weakly: it must not keep a freed object's JS memory alive.

import type { PyObject } from '../objects/object';
import { pythonId } from '../objects/object';
import type { VM } from '../vm/vm';

const addressesByVm = new WeakMap<VM, Map<bigint, WeakRef<PyObject>>>();

/** id(o): its address, remembered. */
export function addressOf(vm: VM, o: PyObject): bigint {
  let map = addressesByVm.get(vm);
  if (!map) addressesByVm.set(vm, (map = new Map()));
  const address = pythonId(o);
  // A freed object's address is reused by a later one (runtime/allocator.ts): the newest holder is what is there.
  if (map.get(address)?.deref() !== o) map.set(address, new WeakRef(o));
  return address;
}

/** What is at `address`: the live object id() gave it for, 'freed' if that object is gone, null if id() never gave it. */
export function objectAtAddress(vm: VM, address: bigint): PyObject | 'freed' | null {
  const ref = addressesByVm.get(vm)?.get(address);
  if (!ref) return null;
  const o = ref.deref();
  return !o || o.freed ? 'freed' : o;
}
