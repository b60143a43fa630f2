// Unicode character properties as CPython 3.11 sees them (Unicode 14.0.0), from the
// tables in unicode-data.ts (generated from python3 by scripts/regenerate-text-fixtures.mjs),
// so the answers do not depend on the Unicode version of the JS engine.

import { DECIMAL_ZEROS, NON_PRINTABLE_RUNS, WHITESPACE } from './unicode-data';

/** Decodes base-36 "gap,length" runs into [start, end] pairs. */
export function decodeRuns(encoded: string): Int32Array {
  // Alternating gap/length pairs in base 36: start = previous end + 1 + gap.
  const parts = encoded.split(',');
  const out = new Int32Array(parts.length);
  let pos = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const start = pos + parseInt(parts[i], 36);
    const end = start + parseInt(parts[i + 1], 36) - 1;
    out[i] = start;
    out[i + 1] = end;
    pos = end + 1;
  }
  return out;
}

let nonPrintable: Int32Array | null = null;
let decimalZeros: Int32Array | null = null;
const whitespace = new Set<number>(WHITESPACE);

/** `Py_UNICODE_ISPRINTABLE(cp)`: `chr(cp).isprintable()` in CPython 3.11. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (nonPrintable === null) nonPrintable = decodeRuns(NON_PRINTABLE_RUNS);
  return !inRuns(nonPrintable, cp);
}

/** Whether `cp` falls in one of the sorted [first, last] ranges `runs` holds as pairs (a binary search). */
export function inRuns(runs: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < runs[2 * mid]) hi = mid - 1;
    else if (cp > runs[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `Py_UNICODE_ISSPACE(cp)`: `chr(cp).isspace()`. */
export function isPySpace(cp: number): boolean {
  return whitespace.has(cp);
}

/** `Py_ISSPACE`: the ASCII whitespace of C's isspace (space, \t, \n, \v, \f, \r). */
export function isAsciiSpace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
}

/** `unicodedata.decimal(chr(cp), -1)`: the value 0-9 of a decimal digit (any script), else -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  if (decimalZeros === null) decimalZeros = Int32Array.from(DECIMAL_ZEROS);
  const zeros = decimalZeros;
  let lo = 0;
  let hi = zeros.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < zeros[mid]) hi = mid - 1;
    else if (cp > zeros[mid] + 9) lo = mid + 1;
    else return cp - zeros[mid];
  }
  return -1;
}

/** The code points of a JS string; a lone surrogate is one code point, as in Python. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** `len(s)` in Python: the number of code points. */
export function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `n` code points of `s` (`s[:n]` in Python). */
export function pyPrefix(s: string, n: number): string {
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else {
      i++;
    }
    count++;
  }
  return s.slice(0, i);
}

/**
 * CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, used by int() and float():
 * non-ASCII whitespace becomes ' ', non-ASCII decimal digits become '0'-'9', any other
 * non-ASCII code point becomes '?'. ASCII is kept as it is.
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const cp of codePoints(s)) {
    if (cp < 0x80) out += String.fromCharCode(cp);
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  return out;
}

/** Bytes as the string of code points 0-255 (Latin-1), in chunks (no spread of a long array). */
export function latin1String(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 4096) out += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 4096)));
  return out;
}

/** The string of code points cps[start:end]. */
export function fromCodePoints(cps: readonly number[], start = 0, end = cps.length): string {
  let out = '';
  for (let i = start; i < end; i += 4096) {
    out += String.fromCodePoint(...cps.slice(i, Math.min(end, i + 4096)));
  }
  return out;
}
