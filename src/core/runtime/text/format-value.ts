// format(value, spec) for str, int (and bool) and float: CPython 3.11's __format__
// methods (Python/formatter_unicode.c), with their exact error messages.

import { doubleToString } from './double-to-string';
import { FormatSpec, parseFormatSpec, unknownFormatCodeMessage } from './format-spec';
import { intStr, intToFloat } from './int-ops';
import { layoutNumber, splitFloatText } from './number-field';
import { fail, ok, TextResult } from './result';
import { pyLen, pyPrefix } from './unicode-props';

/** Largest field this helper will build; past it, MemoryError (CPython would try to allocate it). */
const MAX_FIELD = 1 << 28;

function tooBig<T>(): TextResult<T> {
  return fail('MemoryError', '');
}

/** str.__format__(spec) */
export function formatStr(value: string, spec: string, typeName = 'str'): TextResult<string> {
  if (spec === '') return ok(value);
  const parsed = parseFormatSpec(spec, typeName, 's', '<');
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  if (f.type !== 's') return fail('ValueError', unknownFormatCodeMessage(f.type, typeName));
  return formatStrWith(value, f);
}

function formatStrWith(value: string, f: FormatSpec): TextResult<string> {
  if (f.sign !== '') {
    return fail('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNegZero) return fail('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) return fail('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') return fail('ValueError', "'=' alignment not allowed in string format specifier");
  let len = pyLen(value);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return ok(value);
  if (f.precision >= 0 && len >= f.precision) {
    value = pyPrefix(value, f.precision);
    len = f.precision;
  }
  if (f.width > MAX_FIELD) return tooBig();
  const padding = Math.max(0, f.width - len);
  let left = 0;
  if (f.align === '>') left = padding;
  else if (f.align === '^') left = padding >> 1;
  const fill = String.fromCodePoint(f.fill);
  return ok(fill.repeat(left) + value + fill.repeat(padding - left));
}

/** int.__format__(spec); pass typeName 'bool' for True/False (format(True, '') is 'True'). */
export function formatInt(value: bigint, spec: string, typeName = 'int'): TextResult<string> {
  if (spec === '') {
    if (typeName === 'bool') return ok(value !== 0n ? 'True' : 'False');
    return intStr(value);
  }
  const parsed = parseFormatSpec(spec, typeName, 'd', '>');
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntWith(value, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = intToFloat(value);
      if (!x.ok) return x;
      return formatFloatWith(x.value, f);
    }
    default:
      return fail('ValueError', unknownFormatCodeMessage(f.type, typeName));
  }
}

function formatIntWith(value: bigint, f: FormatSpec): TextResult<string> {
  if (f.precision !== -1) return fail('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) return fail('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.width > MAX_FIELD) return tooBig();
  if (f.type === 'c') {
    if (f.sign !== '') return fail('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return fail('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value > 2n ** 63n - 1n || value < -(2n ** 63n)) {
      return fail('OverflowError', 'Python int too large to convert to C long');
    }
    if (value < 0n || value > 0x10ffffn) return fail('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(value));
    return ok(layoutNumber({ signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: ch }, f));
  }
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let digits: string;
  let prefix = '';
  switch (f.type) {
    case 'b':
      digits = magnitude.toString(2);
      prefix = '0b';
      break;
    case 'o':
      digits = magnitude.toString(8);
      prefix = '0o';
      break;
    case 'x':
      digits = magnitude.toString(16);
      prefix = '0x';
      break;
    case 'X':
      digits = magnitude.toString(16).toUpperCase();
      prefix = '0X';
      break;
    default: {
      const s = intStr(magnitude);
      if (!s.ok) return s;
      digits = s.value;
    }
  }
  return ok(
    layoutNumber(
      { signChar: negative ? '-' : '', prefix: f.alternate ? prefix : '', digits, hasDecimal: false, remainder: '' },
      f,
    ),
  );
}

/** float.__format__(spec) */
export function formatFloat(value: number, spec: string, typeName = 'float'): TextResult<string> {
  if (spec === '') return ok(doubleToString(value, 'r', 0, { addDot0: true }));
  const parsed = parseFormatSpec(spec, typeName, '', '>');
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatWith(value, f);
    default:
      return fail('ValueError', unknownFormatCodeMessage(f.type, typeName));
  }
}

function formatFloatWith(value: number, f: FormatSpec): TextResult<string> {
  if (f.precision > 2147483647) return fail('ValueError', 'precision too big');
  if (f.width > MAX_FIELD || f.precision > MAX_FIELD) return tooBig();
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') {
    type = 'f';
    value *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(value, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, {
    addDot0,
    alt: f.alternate,
    noNegZero: f.noNegZero,
  });
  if (addPct) text += '%';
  let signChar: '' | '-' = '';
  if (text.startsWith('-')) {
    signChar = '-';
    text = text.slice(1);
  }
  const { digits, hasDecimal, remainder } = splitFloatText(text);
  return ok(layoutNumber({ signChar, prefix: '', digits, hasDecimal, remainder }, f));
}
