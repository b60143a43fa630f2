// A correctly rounded pow(a, b) for doubles. CPython calls the C library's pow(), and
// glibc's is correctly rounded in all but vanishingly rare cases; V8's Math.pow is off by
// one ulp for about one input in ten, so float ** float computes the value here instead:
// exactly with BigInt for integral exponents, else with ~320-bit fixed-point ln and exp.

import { bitLength, ratioToDouble } from './bigint-util';
import { decomposeDouble } from './dtoa';

const P = 320; // fractional bits of the fixed-point numbers
const ONE = 1n << BigInt(P);

/** 2 * atanh(z) for a fixed-point z with |z| < 1/3. */
function twoAtanh(z: bigint): bigint {
  if (z < 0n) return -twoAtanh(-z);
  const z2 = (z * z) >> BigInt(P);
  let term = z;
  let sum = z;
  for (let i = 3n; ; i += 2n) {
    term = (term * z2) >> BigInt(P);
    if (term === 0n) break;
    sum += term / i;
  }
  return 2n * sum;
}

let ln2Cache: bigint | null = null;
function ln2(): bigint {
  if (ln2Cache === null) ln2Cache = twoAtanh(ONE / 3n); // ln 2 = 2 atanh(1/3)
  return ln2Cache;
}

/** ln(a) in fixed point, for finite a > 0. */
function lnFixed(a: number): bigint {
  const { mantissa, exponent } = decomposeDouble(a);
  const t = bitLength(mantissa);
  // a = f * 2**k with f = mantissa / 2**s in [sqrt(1/2), sqrt(2)).
  let s = t - 1;
  if (mantissa * mantissa > 1n << BigInt(2 * s + 1)) s = t;
  const k = exponent + s;
  const base = 1n << BigInt(s);
  const z = ((mantissa - base) << BigInt(P)) / (mantissa + base);
  return BigInt(k) * ln2() + twoAtanh(z);
}

/** exp(y) for a fixed-point y with |y| < 800, as [numerator, denominator]. */
function expFixed(y: bigint): [bigint, bigint] {
  const L = ln2();
  // y = n ln2 + r with |r| <= ln2 / 2
  let n = y / L;
  let r = y - n * L;
  if (2n * r > L) {
    n += 1n;
    r -= L;
  } else if (2n * r < -L) {
    n -= 1n;
    r += L;
  }
  // exp(r) = exp(r / 2**8) ** 2**8
  const SQUARINGS = 8;
  const rs = r >> BigInt(SQUARINGS);
  let term = ONE;
  let sum = ONE;
  for (let i = 1n; ; i++) {
    term = (term * rs) >> BigInt(P);
    term /= i;
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < SQUARINGS; i++) sum = (sum * sum) >> BigInt(P);
  const shift = BigInt(P) - n; // exp(y) = sum * 2**n / 2**P
  return shift >= 0n ? [sum, 1n << shift] : [sum << -shift, 1n];
}

/** a ** b exactly rounded, for an integral b: the exact rational, then one rounding. */
function integralPow(a: number, b: number): number {
  const { mantissa, exponent } = decomposeDouble(a);
  const n = BigInt(Math.abs(b));
  let num = mantissa ** n;
  let den = 1n;
  const e = BigInt(exponent) * n;
  if (e >= 0n) num <<= e;
  else den <<= -e;
  return b > 0 ? ratioToDouble(num, den) : ratioToDouble(den, num);
}

/** C's pow(a, b) for any doubles: correctly rounded where correctlyRoundedPow applies (as glibc's is). */
export function cPow(a: number, b: number): number {
  if (a > 0 && a !== 1 && Number.isFinite(a) && Number.isFinite(b) && b !== 0) return correctlyRoundedPow(a, b);
  return Math.pow(a, b);
}

/**
 * pow(a, b) correctly rounded, for finite a > 0 with a != 1 and finite b != 0.
 * Returns Infinity on overflow and 0 on underflow, like C's pow().
 */
export function correctlyRoundedPow(a: number, b: number): number {
  if (b === 1) return a;
  if (b === 2) return a * a;
  if (b === -1) return 1 / a;
  if (b === 0.5) return Math.sqrt(a);
  const estimate = b * Math.log2(a); // log2 of the result, roughly
  if (estimate > 1030) return Infinity;
  if (estimate < -1080) return 0;
  if (Number.isInteger(b) && Math.abs(b) <= 4096) return integralPow(a, b);
  const { mantissa, exponent } = decomposeDouble(Math.abs(b));
  let y = lnFixed(a) * mantissa;
  y = exponent >= 0 ? y << BigInt(exponent) : y >> BigInt(-exponent);
  if (b < 0) y = -y;
  const [num, den] = expFixed(y);
  return ratioToDouble(num, den);
}
