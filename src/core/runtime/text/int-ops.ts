// Python int arithmetic on bigint with CPython 3.11's results and error messages:
// floor division and modulo with the divisor's sign, correctly rounded true division,
// ** with a negative exponent giving a float, pow(a, b, m), shifts, conversions.
// JS's &, |, ^ and ~ on bigint already match Python's (infinite two's complement).

import { bitLength, floorDivBig, floorModBig, ratioToDouble } from './bigint-util';
import { COMPLEX_POWER, floatPow } from './float-ops';
import { INT_MAX_STR_DIGITS } from './int-parse';
import { fail, ok, TextResult } from './result';

/**
 * Largest int, in bits, these helpers will build: past it they report MemoryError
 * (V8 cannot hold a BigInt longer than 2**30 bits; CPython would grind for minutes).
 */
export const INT_BITS_LIMIT = 2 ** 30 - 1;

const MEMORY_ERROR = 'MemoryError';
const SSIZE_MAX = 2n ** 63n - 1n;
/** Objects/longobject.c: (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit). */
const MAX_LONG_DIGITS = (SSIZE_MAX - 24n) / 4n;

/** a // b */
export function intFloorDiv(a: bigint, b: bigint): TextResult<bigint> {
  if (b === 0n) return fail('ZeroDivisionError', 'integer division or modulo by zero');
  return ok(floorDivBig(a, b));
}

/** a % b (the result has the sign of b) */
export function intMod(a: bigint, b: bigint): TextResult<bigint> {
  if (b === 0n) return fail('ZeroDivisionError', 'integer modulo by zero');
  return ok(floorModBig(a, b));
}

/** divmod(a, b) */
export function intDivmod(a: bigint, b: bigint): TextResult<readonly [bigint, bigint]> {
  if (b === 0n) return fail('ZeroDivisionError', 'integer division or modulo by zero');
  return ok([floorDivBig(a, b), floorModBig(a, b)] as const);
}

/** a / b: the correctly rounded float, as CPython's long_true_divide (also for huge ints). */
export function intTrueDiv(a: bigint, b: bigint): TextResult<number> {
  if (b === 0n) return fail('ZeroDivisionError', 'division by zero');
  const limit = 2n ** 53n;
  if (a <= limit && a >= -limit && b <= limit && b >= -limit) return ok(Number(a) / Number(b)); // both exact
  const negative = (a < 0n) !== (b < 0n);
  const x = ratioToDouble(a < 0n ? -a : a, b < 0n ? -b : b);
  if (x === Infinity) return fail('OverflowError', 'integer division result too large for a float');
  return ok(negative ? -x : x);
}

/** float(a): correctly rounded (ties to even); OverflowError past the float range. */
export function intToFloat(a: bigint): TextResult<number> {
  const x = Number(a);
  if (!Number.isFinite(x)) return fail('OverflowError', 'int too large to convert to float');
  return ok(x);
}

/** a ** b: an int for b >= 0, a float (via float.__pow__) for b < 0. */
export function intPow(a: bigint, b: bigint): TextResult<bigint | number> {
  if (b < 0n) {
    const fa = intToFloat(a);
    if (!fa.ok) return fa;
    const fb = intToFloat(b);
    if (!fb.ok) return fb;
    const r = floatPow(fa.value, fb.value);
    if (!r.ok) return r;
    // An integral exponent never makes float_pow go complex.
    return ok(r.value === COMPLEX_POWER ? NaN : r.value);
  }
  if (a === 0n) return ok(b === 0n ? 1n : 0n);
  if (a === 1n) return ok(1n);
  if (a === -1n) return ok(b % 2n === 0n ? 1n : -1n);
  const log2a = bitLength(a) <= 1000 ? Math.log2(Math.abs(Number(a))) : bitLength(a);
  if (b > BigInt(INT_BITS_LIMIT) || Number(b) * log2a > INT_BITS_LIMIT) return fail(MEMORY_ERROR, '');
  return ok(a ** b);
}

/** Modular inverse of a modulo m (m > 0), or null when gcd(a, m) != 1. */
function invmod(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [floorModBig(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return floorModBig(s0, m);
}

/** pow(a, b, m) for ints (negative b means the modular inverse of a, as since 3.8). */
export function intPowMod(a: bigint, b: bigint, m: bigint): TextResult<bigint> {
  if (m === 0n) return fail('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return ok(0n);
  if (b < 0n) {
    const inv = invmod(a, m);
    if (inv === null) return fail('ValueError', 'base is not invertible for the given modulus');
    a = inv;
    b = -b;
  }
  let base = floorModBig(a, m);
  let result = 1n;
  while (b > 0n) {
    if ((b & 1n) === 1n) result = (result * base) % m;
    base = (base * base) % m;
    b >>= 1n;
  }
  if (negativeOutput && result !== 0n) result -= m;
  return ok(result);
}

/** a * b: past the bits a BigInt holds, MemoryError. */
export function intMul(a: bigint, b: bigint): TextResult<bigint> {
  if (bitLength(a) + bitLength(b) > INT_BITS_LIMIT) return fail(MEMORY_ERROR, '');
  return ok(a * b);
}

/** a << n */
export function intLshift(a: bigint, n: bigint): TextResult<bigint> {
  if (n < 0n) return fail('ValueError', 'negative shift count');
  if (a === 0n) return ok(0n);
  // long_lshift: divmod_shift clips a word shift of PY_SSIZE_T_MAX/4 30-bit digits or more to that;
  // _PyLong_New refuses more than MAX_LONG_DIGITS digits (OverflowError), else it tries to allocate.
  const wordShift = n / 30n;
  const digits = (BigInt(bitLength(a)) + 29n) / 30n;
  const newSize = wordShift >= SSIZE_MAX / 4n ? SSIZE_MAX / 4n + digits : wordShift + digits + (n % 30n !== 0n ? 1n : 0n);
  if (newSize > MAX_LONG_DIGITS) return fail('OverflowError', 'too many digits in integer');
  if (n + BigInt(bitLength(a)) > BigInt(INT_BITS_LIMIT)) return fail(MEMORY_ERROR, '');
  return ok(a << n);
}

/** a >> n (rounds toward minus infinity, like Python) */
export function intRshift(a: bigint, n: bigint): TextResult<bigint> {
  if (n < 0n) return fail('ValueError', 'negative shift count');
  if (n >= BigInt(bitLength(a))) return ok(a < 0n ? -1n : 0n);
  return ok(a >> n);
}

/** round(a, ndigits) for an int: ndigits >= 0 returns a; otherwise rounds half to even at 10**-ndigits. */
export function intRound(a: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return a;
  const p = 10n ** -ndigits;
  const q = floorDivBig(a, p);
  const r = a - q * p; // 0 <= r < p
  const twice = 2n * r;
  const up = twice > p || (twice === p && (q & 1n) === 1n);
  return (up ? q + 1n : q) * p;
}

/** str(a) / repr(a), with CPython's 4300-digit limit (ValueError past it). */
export function intStr(a: bigint): TextResult<string> {
  if (bitLength(a) > 14280) {
    // Below 2**14280 an int has at most 4299 digits; past it, count them.
    const s = a.toString();
    if (s.length - (a < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) {
      return fail(
        'ValueError',
        `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; ` +
          'use sys.set_int_max_str_digits() to increase the limit',
      );
    }
    return ok(s);
  }
  return ok(a.toString());
}

/** bin(a), oct(a), hex(a): '-0b101', '0o17', '0xff' (no digit limit for these bases). */
export function intToBaseString(a: bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return a < 0n ? '-' + prefix + (-a).toString(base) : prefix + a.toString(base);
}
