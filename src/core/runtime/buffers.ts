// The buffer protocol, as far as the simulator has it: bytes, bytearray and a memoryview of
// either expose their bytes to C code (hashlib, zlib). Each caller words its own errors, as CPython's do.

import type { PyObject } from '../objects/object';
import { PyBytes } from '../objects/atoms';
import { PyDescriptorWrapper } from '../objects/callables';
import type { VM } from '../vm/vm';

/** The bytes `o` exposes through the buffer protocol, or null when it has none. */
export function bufferBytes(vm: VM, o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyDescriptorWrapper && o.type === vm.t.memoryview) {
    const shown = o.slots[0];
    if (shown instanceof PyBytes) return shown.value;
  }
  return null;
}
