// Laying out a formatted number in its field, as CPython's calc_number_widths,
// fill_number and _PyUnicode_InsertThousandsGrouping do:
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
// With fill '0' and '=' alignment, the zero padding goes into the digits and is grouped too.

import { FormatSpec, Grouping } from './format-spec';
import { pyLen } from './unicode-props';

export interface NumberParts {
  /** '-' when the number is negative, else ''. */
  readonly signChar: '' | '-';
  /** '0x', '0o', '0b' (already in the case to print), or ''. */
  readonly prefix: string;
  /** The integer digits to group (may be '' for inf/nan and 'c'). */
  readonly digits: string;
  /** Whether a decimal point follows the digits. */
  readonly hasDecimal: boolean;
  /** Everything after the point (or after the digits): fraction, exponent, '%', 'inf'... */
  readonly remainder: string;
}

function groupSize(grouping: Grouping): number {
  switch (grouping) {
    case 'comma':
    case 'underscore':
      return 3;
    case 'underscore4':
      return 4;
    default:
      return 0; // no grouping; the C locale of 'n' has none either
  }
}

function separator(grouping: Grouping): string {
  return grouping === 'comma' ? ',' : grouping === 'underscore' || grouping === 'underscore4' ? '_' : '';
}

/** _PyUnicode_InsertThousandsGrouping: group `digits`, left-padding with zeros to `minWidth`. */
export function groupDigits(digits: string, minWidth: number, grouping: Grouping): string {
  const size = groupSize(grouping);
  const sep = separator(grouping);
  minWidth = Math.max(0, minWidth);
  const pieces: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let useSep = false;
  let broken = false;
  const take = (len: number): void => {
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    pieces.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
    pos -= nChars;
    remaining -= nChars;
  };
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, minWidth, 1));
      take(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) take(Math.max(remaining, minWidth, 1));
  return pieces.reverse().join('');
}

/** Lay out the parts of a number in the field `spec` describes (calc_number_widths + fill_number). */
export function layoutNumber(parts: NumberParts, spec: FormatSpec): string {
  let sign = '';
  if (spec.sign === '+') sign = parts.signChar === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = parts.signChar === '-' ? '-' : ' ';
  else if (parts.signChar === '-') sign = '-';
  const nDecimal = parts.hasDecimal ? 1 : 0;
  const nonDigits = sign.length + parts.prefix.length + nDecimal + pyLen(parts.remainder);
  const minWidth = spec.fill === 0x30 && spec.align === '=' ? spec.width - nonDigits : 0;
  const grouped = parts.digits.length === 0 ? '' : groupDigits(parts.digits, minWidth, spec.grouping);
  const padding = spec.width - (nonDigits + grouped.length);
  let left = 0;
  let inner = 0;
  let right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding >> 1;
        right = padding - left;
        break;
      case '=':
        inner = padding;
        break;
      case '>':
        left = padding;
        break;
    }
  }
  const fill = String.fromCodePoint(spec.fill);
  return (
    fill.repeat(left) +
    sign +
    parts.prefix +
    fill.repeat(inner) +
    grouped +
    (parts.hasDecimal ? '.' : '') +
    parts.remainder +
    fill.repeat(right)
  );
}

/** parse_number: split the unsigned text of a formatted float into digits, point and remainder. */
export function splitFloatText(text: string): { digits: string; hasDecimal: boolean; remainder: string } {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const hasDecimal = text[i] === '.';
  return { digits: text.slice(0, i), hasDecimal, remainder: text.slice(hasDecimal ? i + 1 : i) };
}
