// C values of struct's native single-character formats in a block of bytes (little-endian, as on the
// x86-64 and arm64 builds the oracles run): what an array's items and a memoryview's items are.

import type { ViewFormat } from '../objects/memoryview';

/** A C value as the simulator holds it: a number (a double for 'f' and 'd'), a bigint for the 8-byte integers. */
export type CValue = number | bigint;

/** The value of `format` at byte `at` of `data` ('c': the byte's code). */
export function readFormat(data: Uint8Array, at: number, format: ViewFormat): CValue {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  switch (format) {
    case 'b': return v.getInt8(at);
    case 'B': case 'c': return v.getUint8(at);
    case 'h': return v.getInt16(at, true);
    case 'H': return v.getUint16(at, true);
    case 'i': return v.getInt32(at, true);
    case 'I': return v.getUint32(at, true);
    case 'l': case 'q': return v.getBigInt64(at, true);
    case 'L': case 'Q': return v.getBigUint64(at, true);
    case 'f': return v.getFloat32(at, true);
    case 'd': return v.getFloat64(at, true);
  }
}

/** Stores an in-range value of `format` at byte `at` of `data`. */
export function writeFormat(data: Uint8Array, at: number, format: ViewFormat, value: CValue): void {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  switch (format) {
    case 'b': v.setInt8(at, Number(value)); break;
    case 'B': case 'c': v.setUint8(at, Number(value)); break;
    case 'h': v.setInt16(at, Number(value), true); break;
    case 'H': v.setUint16(at, Number(value), true); break;
    case 'i': v.setInt32(at, Number(value), true); break;
    case 'I': v.setUint32(at, Number(value), true); break;
    case 'l': case 'q': v.setBigInt64(at, BigInt(value), true); break;
    case 'L': case 'Q': v.setBigUint64(at, BigInt(value), true); break;
    case 'f': v.setFloat32(at, Number(value), true); break;
    case 'd': v.setFloat64(at, Number(value), true); break;
  }
}

/** Whether items of the format are floats ('f', 'd'). */
export function isFloatFormat(format: ViewFormat): boolean {
  return format === 'f' || format === 'd';
}
