// Small BigInt helpers shared by the int and float helpers.

/** `abs(x).bit_length()` in Python. */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** Round the exact ratio num/den (num >= 0, den > 0) to the nearest double, ties to even; Infinity past the range. */
export function ratioToDouble(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const e = bitLength(num) - bitLength(den);
  // E = floor(log2(num/den)) is e or e - 1.
  const atLeast = e >= 0 ? num >= den << BigInt(e) : num << BigInt(-e) >= den;
  const E = atLeast ? e : e - 1;
  if (E > 1024) return Infinity;
  const Q = Math.max(E, -1022) - 52; // exponent of the last mantissa bit
  let n2 = num;
  let d2 = den;
  if (Q < 0) n2 <<= BigInt(-Q);
  else d2 <<= BigInt(Q);
  let q = n2 / d2;
  const r2 = (n2 - q * d2) * 2n;
  if (r2 > d2 || (r2 === d2 && (q & 1n) === 1n)) q += 1n;
  // q <= 2**53 and q * 2**Q is a multiple of 2**-1074: the product below is exact (or overflows).
  if (Q > 971) return Number(q) * 2 ** 971 * 2 ** (Q - 971);
  return Number(q) * 2 ** Q;
}

/** Floor division with Python's rounding toward minus infinity (b != 0). */
export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Modulo with the sign of the divisor, as Python's % (b != 0). */
export function floorModBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
