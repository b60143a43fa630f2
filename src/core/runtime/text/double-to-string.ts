// CPython's PyOS_double_to_string (Python/pystrtod.c, format_float_short): the one
// routine behind repr(float), '%.3f' % x, format(x, '.3e') and friends.

import { Digits, fixedDigits, precisionDigits, shortestDigits } from './dtoa';

/** Format codes of PyOS_double_to_string ('r' is repr: shortest digits, precision unused). */
export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface DoubleFormatFlags {
  /** Py_DTSF_SIGN: always write a sign. */
  readonly sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: write "1.0" rather than "1" when there is no exponent. */
  readonly addDot0?: boolean;
  /** Py_DTSF_ALT: the '#' alternate form (keep the point and trailing zeros). */
  readonly alt?: boolean;
  /** Py_DTSF_NO_NEG_0: the 'z' option (a result rounding to zero loses its minus sign). */
  readonly noNegZero?: boolean;
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

/** `PyOS_double_to_string(x, code, precision, flags)`. */
export function doubleToString(
  x: number,
  code: DoubleFormatCode,
  precision: number,
  flags: DoubleFormatFlags = {},
): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const fmt = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  if (fmt === 'e') precision++;
  if (fmt === 'g' && precision === 0) precision = 1;

  if (!Number.isFinite(x)) {
    let s = '';
    if (x < 0) s = '-';
    else if (flags.sign) s = '+';
    s += Number.isNaN(x) ? 'nan' : 'inf';
    return upper ? s.toUpperCase() : s;
  }

  let d: Digits;
  if (fmt === 'r') d = shortestDigits(x);
  else if (fmt === 'f') d = fixedDigits(x, precision);
  else d = precisionDigits(x, precision);
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let negative = d.negative;
  if (flags.noNegZero && negative && (digitsLen === 0 || digits === '0')) negative = false;

  let vEnd = digitsLen;
  let useExp = false;
  const addDot0 = flags.addDot0 === true;
  const alt = flags.alt === true;
  switch (fmt) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let s = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) s += zeros(decpt - vStart) + '.' + zeros(-decpt);
  else s += zeros(-vStart);
  if (decpt > 0 && decpt <= digitsLen) s += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else s += digits;
  if (digitsLen < decpt) s += zeros(decpt - digitsLen) + '.' + zeros(vEnd - decpt);
  else s += zeros(vEnd - digitsLen);
  if (s.endsWith('.') && !alt) s = s.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    s += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return s;
}
