// int(str, base): CPython 3.11's PyLong_FromUnicodeObject / PyLong_FromString,
// including underscores, base 0 prefixes, whitespace, other scripts' digits and the
// 4300-digit limit on non-power-of-two bases (sys.int_info.default_max_str_digits).

import { fail, ok, TextResult } from './result';
import { truncatedStrRepr } from './str-repr';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode-props';

/** sys.get_int_max_str_digits() default: the digit limit for int<->str in bases not a power of 2. */
export const INT_MAX_STR_DIGITS = 4300;

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

type Parsed = { kind: 'ok'; value: bigint } | { kind: 'invalid' } | { kind: 'too-many-digits'; digits: number };

function parse(s: string, base: number): Parsed {
  const str = transformDecimalAndSpaceToAscii(s);
  const n = str.length;
  let i = 0;
  while (i < n && isAsciiSpace(str.charCodeAt(i))) i++;
  let negative = false;
  if (str[i] === '+') i++;
  else if (str[i] === '-') {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  if (base === 0) {
    const c1 = str[i + 1];
    if (str[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (str[i] === '0') {
    const c1 = str[i + 1];
    if (
      (base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B'))
    ) {
      i += 2;
      if (str[i] === '_') i++; // one underscore allowed after the prefix
    }
  }
  if (str[i] === '_') return { kind: 'invalid' };
  const start = i;
  let digits = '';
  let prev = '';
  while (i < n) {
    const ch = str[i];
    if (ch === '_') {
      if (prev === '_') return { kind: 'invalid' };
    } else if (digitValue(str.charCodeAt(i)) < base) {
      digits += ch;
    } else {
      break;
    }
    prev = ch;
    i++;
  }
  if (prev === '_') return { kind: 'invalid' };
  if ((base & (base - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS) {
    return { kind: 'too-many-digits', digits: digits.length };
  }
  if (i === start) return { kind: 'invalid' };
  while (i < n && isAsciiSpace(str.charCodeAt(i))) i++;
  if (i !== n) return { kind: 'invalid' };
  let value = digitsToBigInt(digits, base);
  if (errorIfNonzero && value !== 0n) return { kind: 'invalid' };
  if (negative) value = -value;
  return { kind: 'ok', value };
}

function digitsToBigInt(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  // Other bases: split into chunks so the work stays near-linear for moderate sizes.
  const b = BigInt(base);
  let chunk = 1;
  while (base ** (chunk + 1) <= 2 ** 50) chunk++;
  const chunkBase = b ** BigInt(chunk);
  let value = 0n;
  let pos = 0;
  let end = digits.length % chunk || chunk;
  while (pos < digits.length) {
    let part = 0;
    for (; pos < end; pos++) part = part * base + digitValue(digits.charCodeAt(pos));
    value = value * chunkBase + BigInt(part);
    end += chunk;
  }
  return value;
}

/**
 * The int that `int(s, base)` returns, or null when CPython raises ValueError for the
 * literal (build the message with `invalidIntLiteralMessage`). `base` must be 0 or 2..36
 * (`intFromString` checks that); over-long decimal strings are also null here.
 */
export function parseIntLiteral(s: string, base: number): bigint | null {
  if (s.includes('\0')) return null;
  const r = parse(s, base);
  return r.kind === 'ok' ? r.value : null;
}

/** `invalid literal for int() with base 10: 'x'` (the repr is cut at 200 characters, as CPython does). */
export function invalidIntLiteralMessage(s: string, base: number): string {
  return `invalid literal for int() with base ${base}: ${truncatedStrRepr(s, 200)}`;
}

/** int(s, base) for a str s: the value, or the exact ValueError CPython raises. */
export function intFromString(s: string, base = 10): TextResult<bigint> {
  if ((base !== 0 && base < 2) || base > 36) return fail('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const cut = s.indexOf('\0');
  const r = parse(cut >= 0 ? s.slice(0, cut) : s, base);
  if (r.kind === 'too-many-digits') {
    return fail(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: ` +
        `value has ${r.digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (r.kind === 'invalid' || cut >= 0) return fail('ValueError', invalidIntLiteralMessage(s, base));
  return ok(r.value);
}
