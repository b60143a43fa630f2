// float(str): CPython's PyFloat_FromString (underscores between digits, surrounding
// whitespace, 'inf'/'infinity'/'nan' in any case, any script's decimal digits).

import { fail, ok, TextResult } from './result';
import { strRepr } from './str-repr';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode-props';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** `_Py_string_to_number_with_underscores`: drop '_' found between two digits, else null. */
export function removeDigitUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  let prev = '';
  for (const ch of s) {
    const isDigit = ch >= '0' && ch <= '9';
    if (ch === '_') {
      if (!(prev >= '0' && prev <= '9')) return null;
    } else {
      if (prev === '_' && !isDigit) return null;
      out += ch;
    }
    prev = ch;
  }
  if (prev === '_') return null;
  return out;
}

/** The number a float() argument string denotes, or null when CPython raises ValueError. */
export function parseFloatLiteral(s: string): number | null {
  if (s.includes('\0')) return null;
  const ascii = transformDecimalAndSpaceToAscii(s);
  const body = removeDigitUnderscores(ascii);
  if (body === null) return null;
  let start = 0;
  let end = body.length;
  while (start < end && isAsciiSpace(body.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(body.charCodeAt(end - 1))) end--;
  const text = body.slice(start, end);
  if (DECIMAL.test(text)) return Number(text);
  const special = SPECIAL.exec(text);
  if (special !== null) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  return null;
}

/** CPython's message for a bad float() argument: `could not convert string to float: 'x'`. */
export function floatParseErrorMessage(s: string): string {
  return 'could not convert string to float: ' + strRepr(s);
}

/** float(s) for a str s: the value, or the ValueError CPython raises. */
export function floatFromString(s: string): TextResult<number> {
  const x = parseFloatLiteral(s);
  return x === null ? fail('ValueError', floatParseErrorMessage(s)) : ok(x);
}
