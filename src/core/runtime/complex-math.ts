// complex numbers as Objects/complexobject.c computes them: parsing complex(str), the quotient
// (_Py_c_quot, scaled so it does not overflow), powers (c_powi for small integer exponents, _Py_c_pow
// otherwise), the hash, and __format__ (format_complex_internal in Python/formatter_unicode.c).

import { doubleToString } from './text/double-to-string';
import { parseFormatSpec, unknownFormatCodeMessage, type FormatSpec } from './text/format-spec';
import { layoutNumber, splitFloatText } from './text/number-field';
import { fail, ok, type TextResult } from './text/result';
import { removeDigitUnderscores } from './text/float-parse';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './text/unicode-props';
import { cPow } from './text/correct-pow';

export type Complex = readonly [re: number, im: number];

const FLOAT = '(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf(?:inity)?|nan)';
const REAL_ONLY = new RegExp(`^([+-]?${FLOAT})$`, 'i');
const BOTH = new RegExp(`^([+-]?${FLOAT})([+-]${FLOAT}?)[jJ]$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?(?:${FLOAT})?)[jJ]$`, 'i');

function parsePart(text: string): number {
  const t = text.toLowerCase();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body === '') return sign;
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return sign * Number(body);
}

function strip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** complex_from_string_inner: `<float>`, `<float>j`, `<float><signed float>j` (and `j`, `<sign>j`), in optional parentheses; null when malformed. */
export function complexFromString(s: string): Complex | null {
  const body = removeDigitUnderscores(transformDecimalAndSpaceToAscii(s));
  if (body === null || body.includes('\0')) return null;
  let text = strip(body);
  if (text.startsWith('(') && text.endsWith(')')) text = strip(text.slice(1, -1));
  let m = REAL_ONLY.exec(text);
  if (m) return [parsePart(m[1]), 0];
  m = BOTH.exec(text);
  if (m) return [parsePart(m[1]), parsePart(m[2])];
  m = IMAG_ONLY.exec(text);
  if (m) return [0, parsePart(m[1])];
  return null;
}

export function complexProduct(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot: null for a division by zero. */
export function complexQuotient(a: Complex, b: Complex): Complex | null {
  const absBr = Math.abs(b[0]);
  const absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

function powUnsigned(x: Complex, n: number): Complex {
  let r: Complex = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = complexProduct(r, p);
    p = complexProduct(p, p);
  }
  return r;
}

/** complex_pow: the power, or the error CPython raises ('domain': 0 to a negative or complex power). */
export function complexPower(a: Complex, b: Complex): Complex | 'domain' {
  // A small integer exponent: repeated products (c_powi).
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    if (n > 0) return powUnsigned(a, n);
    const q = complexQuotient([1, 0], powUnsigned(a, -n));
    return q ?? 'domain';
  }
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return 'domain';
    return [0, 0];
  }
  const vabs = Math.hypot(a[0], a[1]);
  let len = cPow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

const IMAG_MULTIPLIER = 1000003n;
const U64 = (1n << 64n) - 1n;

/** complex_hash: hash(re) + 1000003 * hash(im), wrapping as an unsigned 64-bit number. */
export function complexHash(re: bigint, im: bigint): bigint {
  let h = BigInt.asIntN(64, (BigInt.asUintN(64, re) + IMAG_MULTIPLIER * BigInt.asUintN(64, im)) & U64);
  if (h === -1n) h = -2n;
  return h;
}

/** complex.__format__(spec). */
export function formatComplex(re: number, im: number, spec: string, reprText: string): TextResult<string> {
  if (spec === '') return ok(reprText);
  const parsed = parseFormatSpec(spec, 'complex', '', '>');
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) return fail('ValueError', unknownFormatCodeMessage(f.type, 'complex'));
  if (f.fill === 0x30) return fail('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') return fail('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    // Like str(self): no real part when it is +0, else parentheses.
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const part = (x: number, sign: FormatSpec['sign']) => {
    let text = doubleToString(x, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, { alt: f.alternate, noNegZero: f.noNegZero });
    let signChar: '' | '-' = '';
    if (text.startsWith('-')) {
      signChar = '-';
      text = text.slice(1);
    }
    const { digits, hasDecimal, remainder } = splitFloatText(text);
    return layoutNumber({ signChar, prefix: '', digits, hasDecimal, remainder }, { ...f, sign, fill: 0x20, align: '<', width: -1 });
  };
  const body = (skipRe ? '' : part(re, f.sign)) + part(im, skipRe ? f.sign : '+') + 'j';
  const text = parens ? `(${body})` : body;
  const length = Array.from(text).length;
  const padding = Math.max(0, f.width - length);
  const left = f.align === '<' ? 0 : f.align === '^' ? padding >> 1 : padding;
  const fill = String.fromCodePoint(f.fill);
  return ok(fill.repeat(left) + text + fill.repeat(padding - left));
}
