// The format-spec mini-language of format(value, spec) and f-strings, parsed as CPython
// 3.11's parse_internal_render_format_spec (Python/formatter_unicode.c) does:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]

import { fail, ok, TextResult } from './result';
import { codePoints, decimalValue } from './unicode-props';

export type Align = '<' | '>' | '=' | '^';

/** How digits are grouped: none, ',' every 3, '_' every 3, '_' every 4 (b/o/x/X), or the locale ('n'). */
export type Grouping = 'none' | 'comma' | 'underscore' | 'underscore4' | 'locale';

export interface FormatSpec {
  /** The fill code point (default ' '). */
  readonly fill: number;
  readonly align: Align;
  /** '' when no sign option was given. */
  readonly sign: '' | '+' | '-' | ' ';
  /** The 'z' option: coerce negative zero to zero (floats only). */
  readonly noNegZero: boolean;
  /** The '#' option. */
  readonly alternate: boolean;
  /** -1 when not given. */
  readonly width: number;
  readonly grouping: Grouping;
  /** -1 when not given. */
  readonly precision: number;
  /** The presentation type ('' for none), one code point. */
  readonly type: string;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/** "'d'" for printable ASCII, else "'\\xe9'", as CPython's messages quote a type code. */
function quoteCode(cp: number): string {
  return cp > 32 && cp < 128 ? `'${String.fromCharCode(cp)}'` : `'\\x${cp.toString(16)}'`;
}

/** `Unknown format code 'd' for object of type 'float'` */
export function unknownFormatCodeMessage(type: string, typeName: string): string {
  return `Unknown format code ${quoteCode(type.codePointAt(0) ?? 0)} for object of type '${typeName.slice(0, 200)}'`;
}

function isAlign(cp: number | undefined): boolean {
  return cp === 0x3c || cp === 0x3e || cp === 0x3d || cp === 0x5e;
}

/**
 * Parse `spec` for an object of type `typeName` (used in messages), with the type's
 * default presentation type and alignment (str: 's', '<'; int: 'd', '>'; float: '', '>').
 */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: Align,
): TextResult<FormatSpec> {
  const cps = codePoints(spec);
  const end = cps.length;
  let pos = 0;
  let fill = 0x20;
  let align: Align = defaultAlign;
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    align = String.fromCharCode(cps[pos + 1]) as Align;
    fill = cps[pos];
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    align = String.fromCharCode(cps[pos]) as Align;
    alignSpecified = true;
    pos++;
  }
  let sign: FormatSpec['sign'] = '';
  if (end - pos >= 1 && (cps[pos] === 0x2b || cps[pos] === 0x2d || cps[pos] === 0x20)) {
    sign = String.fromCharCode(cps[pos]) as FormatSpec['sign'];
    pos++;
  }
  let noNegZero = false;
  if (end - pos >= 1 && cps[pos] === 0x7a) {
    noNegZero = true;
    pos++;
  }
  let alternate = false;
  if (end - pos >= 1 && cps[pos] === 0x23) {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === 0x30) {
    fill = 0x30;
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos++;
  }
  const readInt = (): TextResult<{ value: number; count: number }> => {
    let acc = 0n;
    let count = 0;
    for (; pos < end; pos++, count++) {
      const d = decimalValue(cps[pos]);
      if (d < 0) break;
      if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) return fail('ValueError', 'Too many decimal digits in format string');
      acc = acc * 10n + BigInt(d);
    }
    return ok({ value: Number(acc), count });
  };
  const w = readInt();
  if (!w.ok) return w;
  const width = w.value.count === 0 ? -1 : w.value.value;
  let grouping: Grouping = 'none';
  if (end - pos >= 1 && cps[pos] === 0x2c) {
    grouping = 'comma';
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 0x5f) {
    if (grouping !== 'none') return fail('ValueError', "Cannot specify both ',' and '_'.");
    grouping = 'underscore';
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 0x2c && grouping === 'underscore') {
    return fail('ValueError', "Cannot specify both ',' and '_'.");
  }
  let precision = -1;
  if (end - pos >= 1 && cps[pos] === 0x2e) {
    pos++;
    const p = readInt();
    if (!p.ok) return p;
    if (p.value.count === 0) return fail('ValueError', 'Format specifier missing precision');
    precision = p.value.value;
  }
  if (end - pos > 1) {
    return fail('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName.slice(0, 200)}'`);
  }
  const type = end - pos === 1 ? String.fromCodePoint(cps[pos]) : defaultType;
  if (grouping !== 'none') {
    const allowed = 'defgEG%F'.includes(type) && type.length <= 1;
    const binary = type === 'b' || type === 'o' || type === 'x' || type === 'X';
    if (binary && grouping === 'underscore') {
      grouping = 'underscore4'; // every four digits in bin/oct/hex (PEP 515)
    } else if (!allowed) {
      return fail(
        'ValueError',
        `Cannot specify '${grouping === 'comma' ? ',' : '_'}' with ${quoteCode(type.codePointAt(0) ?? 0)}.`,
      );
    }
  }
  return ok({ fill, align, sign, noNegZero, alternate, width, grouping, precision, type });
}
