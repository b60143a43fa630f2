// The buffer protocol, as far as the simulator has it: bytes, bytearray and a memoryview of
// either expose their bytes to C code (hashlib, zlib). Each caller words its own errors, as CPython's do.

import type { PyObject } from '../objects/object';
import { PyBytes } from '../objects/atoms';
import { PyMemoryView } from '../objects/memoryview';
import type { VM } from '../vm/vm';
import { checkReleased } from './memoryview-ops';

/** The bytes `o` exposes through the buffer protocol, or null when it has none (a released view raises). */
export function bufferBytes(vm: VM, o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyMemoryView) {
    checkReleased(vm, o);
    return o.bytes();
  }
  return null;
}
