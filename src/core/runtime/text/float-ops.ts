// Python float arithmetic with CPython 3.11's results and messages: % and // and divmod
// with the divisor's sign, ** (float_pow's special cases), round(), int(x), and exact
// int/float comparison.

import { ratioToDouble } from './bigint-util';
import { correctlyRoundedPow } from './correct-pow';
import { decomposeDouble, fixedDigits } from './dtoa';
import { fail, ok, TextResult } from './result';

/** a / b */
export function floatTrueDiv(a: number, b: number): TextResult<number> {
  if (b === 0) return fail('ZeroDivisionError', 'float division by zero');
  return ok(a / b);
}

/** a % b: the result has the sign of b (a zero result too). The message of b == 0 is the version's. */
export function floatMod(a: number, b: number, zeroMessage: string): TextResult<number> {
  if (b === 0) return fail('ZeroDivisionError', zeroMessage);
  let mod = a % b; // C fmod
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return ok(mod);
}

function divMod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** a // b */
export function floatFloorDiv(a: number, b: number): TextResult<number> {
  if (b === 0) return fail('ZeroDivisionError', 'float floor division by zero');
  return ok(divMod(a, b)[0]);
}

/** divmod(a, b) for floats */
export function floatDivmod(a: number, b: number): TextResult<readonly [number, number]> {
  if (b === 0) return fail('ZeroDivisionError', 'float divmod()');
  const [q, r] = divMod(a, b);
  return ok([q, r] as const);
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x % 2) === 1;
}

/**
 * The value `floatPow` returns for a negative base and a non-integral exponent, where
 * CPython hands over to complex.__pow__: the caller computes the complex power.
 */
export const COMPLEX_POWER = 'complex';

/** a ** b for floats (float_pow's special cases, then the platform pow). */
export function floatPow(a: number, b: number): TextResult<number | typeof COMPLEX_POWER> {
  if (b === 0) return ok(1.0);
  if (Number.isNaN(a)) return ok(a);
  if (Number.isNaN(b)) return ok(a === 1.0 ? 1.0 : b);
  if (!Number.isFinite(b)) {
    const av = Math.abs(a);
    if (av === 1.0) return ok(1.0);
    if (b > 0 === av > 1.0) return ok(Infinity);
    return ok(0.0);
  }
  if (!Number.isFinite(a)) {
    const odd = isOddInteger(b);
    if (b > 0) return ok(odd ? a : Math.abs(a));
    return ok(odd ? (a < 0 ? -0 : 0) : 0);
  }
  if (a === 0) {
    if (b < 0) return fail('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return ok(isOddInteger(b) ? a : 0.0);
  }
  let negate = false;
  if (a < 0) {
    if (b !== Math.floor(b)) return ok(COMPLEX_POWER);
    a = -a;
    negate = isOddInteger(b);
  }
  if (a === 1.0) return ok(negate ? -1.0 : 1.0);
  let x = correctlyRoundedPow(a, b);
  if (negate) x = -x;
  if (!Number.isFinite(x)) return fail('OverflowError', "(34, 'Numerical result out of range')");
  return ok(x);
}

/** int(x) / math.trunc(x) for a float: the exact integer, or CPython's error for inf and nan. */
export function floatToInt(x: number): TextResult<bigint> {
  if (Number.isNaN(x)) return fail('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) return fail('OverflowError', 'cannot convert float infinity to integer');
  return ok(BigInt(Math.trunc(x)));
}

/** round(x) with no ndigits: nearest int, halves to even. */
export function floatRound(x: number): TextResult<bigint> {
  if (!Number.isFinite(x)) return floatToInt(x);
  let rounded = Math.sign(x) * Math.round(Math.abs(x)); // C round(): halves away from zero
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * (Math.sign(x / 2) * Math.round(Math.abs(x / 2)));
  return ok(BigInt(rounded));
}

/** round(x, ndigits) for a float: correctly rounded through the decimal digits, like CPython. */
export function floatRoundDigits(x: number, ndigits: number | bigint): TextResult<number> {
  if (!Number.isFinite(x)) return ok(x);
  // ndigits is clipped to a Py_ssize_t, then compared with NDIGITS_MAX / NDIGITS_MIN.
  const n = typeof ndigits === 'bigint' ? Number(ndigits > 10000n ? 10000n : ndigits < -10000n ? -10000n : ndigits) : ndigits;
  if (n > 323) return ok(x);
  if (n < -308) return ok(x < 0 || Object.is(x, -0) ? -0 : 0);
  const d = fixedDigits(x, n);
  const text = (d.negative ? '-' : '') + '0' + d.digits + 'e' + (d.decpt - d.digits.length);
  const rounded = Number(text);
  if (!Number.isFinite(rounded)) return fail('OverflowError', 'rounded value too large to represent');
  return ok(rounded);
}

/** Compare an int and a float exactly, as Python's == and < do: -1, 0, 1, or NaN if x is nan. */
export function compareIntFloat(a: bigint, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const f = Math.floor(x);
  const fb = BigInt(f);
  if (a < fb) return -1;
  if (a > fb) return 1;
  return f === x ? 0 : -1; // a == floor(x) < x
}

/** float.as_integer_ratio(): numerator and denominator in lowest terms (finite x only). */
export function floatAsIntegerRatio(x: number): TextResult<readonly [bigint, bigint]> {
  if (Number.isNaN(x)) return fail('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) return fail('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return ok([0n, 1n] as const);
  let { mantissa, exponent } = decomposeDouble(Math.abs(x));
  while ((mantissa & 1n) === 0n && exponent < 0) {
    mantissa >>= 1n;
    exponent++;
  }
  const sign = x < 0 ? -1n : 1n;
  if (exponent >= 0) return ok([sign * (mantissa << BigInt(exponent)), 1n] as const);
  return ok([sign * mantissa, 1n << BigInt(-exponent)] as const);
}

/** The float nearest to num/den (den != 0), ties to even; used for Fraction-like conversions. */
export function ratioToFloat(num: bigint, den: bigint): TextResult<number> {
  if (den === 0n) return fail('ZeroDivisionError', 'division by zero');
  const negative = (num < 0n) !== (den < 0n);
  const x = ratioToDouble(num < 0n ? -num : num, den < 0n ? -den : den);
  if (x === Infinity) return fail('OverflowError', 'integer division result too large for a float');
  return ok(negative ? -x : x);
}
