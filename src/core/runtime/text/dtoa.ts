// Decimal digits of a double, as David Gay's _Py_dg_dtoa gives them to CPython:
//   mode 0: the shortest digit string that reads back as x (repr);
//   mode 2: max(ndigits, 1) significant digits, correctly rounded (half-even);
//   mode 3: ndigits digits after the decimal point (ndigits may be negative).
// The result reads `0.<digits> * 10**decpt`, trailing zeros stripped. Rounding is
// done on the exact binary value with BigInt, so it is exact for any precision.

export interface Digits {
  /** Decimal digits without trailing zeros; '' when mode 3 rounds x to zero. */
  readonly digits: string;
  /** Position of the decimal point: value = 0.digits * 10**decpt. */
  readonly decpt: number;
  /** True for a negative number (including -0.0). */
  readonly negative: boolean;
}

const scratch = new DataView(new ArrayBuffer(8));

/** x = mantissa * 2**exponent exactly, for finite |x| > 0 (mantissa < 2**53). */
export function decomposeDouble(x: number): { mantissa: bigint; exponent: number } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const top = hi & 0xfffff;
  let mantissa = (BigInt(top) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { mantissa, exponent };
}

export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

const pow5Cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5Cache.length <= n) pow5Cache.push(pow5Cache[pow5Cache.length - 1] * 5n);
  return pow5Cache[n];
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x30) end--;
  return s.slice(0, end);
}

/** All the digits of |x| (finite, non-zero): exact, trailing zeros stripped. */
export function exactDigits(x: number): { digits: string; decpt: number } {
  const { mantissa, exponent } = decomposeDouble(Math.abs(x));
  if (exponent >= 0) {
    const s = (mantissa << BigInt(exponent)).toString();
    return { digits: stripZeros(s), decpt: s.length };
  }
  const s = (mantissa * pow5(-exponent)).toString();
  return { digits: stripZeros(s), decpt: s.length + exponent };
}

/** Mode 0: the shortest round-tripping digits (what repr() uses). */
export function shortestDigits(x: number): Digits {
  const negative = isNegative(x);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  // ECMAScript's Number-to-string is the shortest round-trip, nearest on ties, like Gay's mode 0.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  return { digits: stripZeros(mant), decpt: Number(s.slice(e + 1)) + 1, negative };
}

/**
 * Keep `keep` leading digits of the exact expansion, rounding half-to-even.
 * `keep` may be <= 0 (then the result is '' or '1' one place above).
 */
function roundDigits(digits: string, decpt: number, keep: number): { digits: string; decpt: number } {
  if (keep >= digits.length) return { digits, decpt };
  if (keep < 0) return { digits: '', decpt: decpt - keep };
  let head = digits.slice(0, keep);
  const next = digits.charCodeAt(keep) - 0x30;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (keep + 1 < digits.length) up = true; // digits are stripped: anything after is non-zero
  else up = keep > 0 && (head.charCodeAt(keep - 1) - 0x30) % 2 === 1; // exact tie: to even
  if (!up) return { digits: stripZeros(head), decpt };
  // Increment the kept digits.
  let i = head.length - 1;
  while (i >= 0 && head.charCodeAt(i) === 0x39) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  return { digits: head, decpt };
}

/** Mode 2: `ndigits` significant digits (at least 1). */
export function precisionDigits(x: number, ndigits: number): Digits {
  const negative = isNegative(x);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  const exact = exactDigits(x);
  const r = roundDigits(exact.digits, exact.decpt, Math.max(1, ndigits));
  return { digits: r.digits, decpt: r.decpt, negative };
}

/** Mode 3: `ndigits` digits after the decimal point (negative: round to tens, hundreds...). */
export function fixedDigits(x: number, ndigits: number): Digits {
  const negative = isNegative(x);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  const exact = exactDigits(x);
  const keep = exact.decpt + ndigits;
  const r = roundDigits(exact.digits, exact.decpt, keep);
  if (r.digits === '') return { digits: '', decpt: -ndigits, negative };
  return { digits: r.digits, decpt: r.decpt, negative };
}
