// repr() of str and bytes, and ascii(), exactly as CPython 3.11 writes them.

import { codePoints, isPrintable } from './unicode-props';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** Python's `repr(s)` for a str (unicode_repr). Lone surrogates are escaped like CPython's. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const cp of codePoints(s)) {
    const ch = String.fromCodePoint(cp);
    if (ch === quote || cp === 0x5c) out += '\\' + ch;
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

/**
 * The 'backslashreplace' ASCII encoding that `ascii()` applies to a repr: every
 * non-ASCII code point becomes \xNN, \uNNNN or \UNNNNNNNN.
 */
export function asciiEscape(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  for (const cp of codePoints(text)) out += cp < 0x80 ? String.fromCharCode(cp) : escapeCodePoint(cp);
  return out;
}

/** Python's `ascii(s)` for a str. For any object, `asciiEscape(repr(obj))`. */
export function strAscii(s: string): string {
  return asciiEscape(strRepr(s));
}

/** Python's `repr(b)` for bytes (and the inside of bytearray(b'...')). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** `'%.<n>R'`-style truncation CPython applies in some messages: the first n code points of repr(s). */
export function truncatedStrRepr(s: string, n: number): string {
  const full = strRepr(s);
  const cps = codePoints(full);
  if (cps.length <= n) return full;
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCodePoint(cps[i]);
  return out;
}
