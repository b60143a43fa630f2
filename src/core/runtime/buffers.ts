// The buffer protocol, as far as the simulator has it: bytes, bytearray, array.array and a memoryview
// of them expose their bytes to C code (hashlib, zlib, concatenation). What a consumer asks for matters
// for a strided view (a slice with a step): a simple buffer (PyBUF_SIMPLE) must be contiguous, a full
// request (PyBUF_FULL_RO: bytes(), slice assignment) takes any view. Each caller words its own errors.

import type { PyObject } from '../objects/object';
import { PyBytes } from '../objects/atoms';
import { PyMemoryView } from '../objects/memoryview';
import { PyArray } from '../objects/array';
import type { VM } from '../vm/vm';
import { checkReleased } from './memoryview-ops';

/**
 * PyObject_GetBuffer(o, PyBUF_SIMPLE): the bytes `o` exposes, or null when it has no buffer; a released
 * view raises ValueError, a strided one BufferError (memory_getbuf's refusal).
 */
export function bufferBytes(vm: VM, o: PyObject): Uint8Array | null {
  if (o instanceof PyMemoryView && !o.released && !o.contiguous) throw vm.error('BufferError', 'memoryview: underlying buffer is not C-contiguous');
  return stridedBufferBytes(vm, o);
}

/** A simple buffer for callers that answer a refused one with their own TypeError ("can't concat memoryview to bytes"): null then. */
export function contiguousBufferBytes(vm: VM, o: PyObject): Uint8Array | null {
  if (o instanceof PyMemoryView && !o.released && !o.contiguous) return null;
  return stridedBufferBytes(vm, o);
}

/** PyObject_GetBuffer(o, PyBUF_FULL_RO): any view, its items in order (a copy for a view). */
export function stridedBufferBytes(vm: VM, o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyArray) return o.bytes();
  if (o instanceof PyMemoryView) {
    checkReleased(vm, o);
    return o.bytes();
  }
  return null;
}
