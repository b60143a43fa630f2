// The string work of CPython's _json (Modules/_json.c): escaping a str for JSON output
// (encode_basestring_ascii, encode_basestring) and reading a JSON string literal (scanstring_unicode).
// Pure functions on text: the module (json-module.ts) turns their results into objects and errors.
//
// A Python str's index is a code point's; the JS string holding it counts UTF-16 units. The scanner
// therefore reads an array of code points (`Chars`), so that the positions in its errors are CPython's.

/** A str as its code points (lone surrogates kept as they are). */
export type Chars = readonly string[];

const HEX = '0123456789abcdef';

function hex4(c: number): string {
  return HEX[(c >> 12) & 0xf] + HEX[(c >> 8) & 0xf] + HEX[(c >> 4) & 0xf] + HEX[c & 0xf];
}

/** The escapes both encoders share ('\\', '"' and the five with a letter). */
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * ascii_escape_unicode: the quoted JSON text of `s` in ASCII only; a code point outside the printable
 * ASCII range is \uXXXX, one above U+FFFF a surrogate pair (which is what its two UTF-16 units give).
 */
export function encodeBasestringAscii(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && ch !== '\\' && ch !== '"') out += ch;
    else out += SHORT_ESCAPES[ch] ?? `\\u${hex4(c)}`;
  }
  return out + '"';
}

/** escape_unicode (ensure_ascii=False): only '\\', '"' and the control characters are escaped. */
export function encodeBasestring(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (c <= 0x1f) out += `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
    else out += ch;
  }
  return out + '"';
}

/** What scanstring read: the text and the index after the closing quote, or CPython's error and its position. */
export type ScannedString = { text: string; end: number } | { error: string; pos: number };

function hexValue(d: string | undefined): number {
  if (d === undefined || d.length !== 1) return -1;
  const c = d.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Four hex digits from `at`, or -1 when one is not a hex digit. */
function hexQuad(chars: Chars, at: number): number {
  let c = 0;
  for (let i = at; i < at + 4; i++) {
    const d = hexValue(chars[i]);
    if (d < 0) return -1;
    c = (c << 4) | d;
  }
  return c;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * scanstring_unicode: the JSON string whose opening quote is at end - 1. With `strict`, a control
 * character (below U+0020) inside it is an error; \uD8xx\uDCxx pairs join into one code point.
 */
export function scanString(chars: Chars, end: number, strict: boolean): ScannedString {
  const len = chars.length;
  const begin = end - 1;
  let out = '';
  for (;;) {
    let next = end;
    let c = '';
    for (; next < len; next++) {
      c = chars[next];
      if (c === '"' || c === '\\') break;
      if (strict && c.codePointAt(0)! <= 0x1f) return { error: 'Invalid control character at', pos: next };
    }
    if (next >= len) return { error: 'Unterminated string starting at', pos: begin };
    out += chars.slice(end, next).join('');
    next++;
    if (c === '"') return { text: out, end: next };
    if (next === len) return { error: 'Unterminated string starting at', pos: begin };
    const esc = chars[next];
    if (esc !== 'u') {
      const simple = SIMPLE_ESCAPES[esc];
      if (simple === undefined) return { error: 'Invalid \\escape', pos: next - 1 };
      out += simple;
      end = next + 1;
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) return { error: 'Invalid \\uXXXX escape', pos: next - 1 };
    let code = hexQuad(chars, next);
    if (code < 0) return { error: 'Invalid \\uXXXX escape', pos: end - 5 };
    // A high surrogate followed by \uXXXX: joined when that is a low surrogate, else left alone.
    if (code >= 0xd800 && code <= 0xdbff && end + 6 < len && chars[end] === '\\' && chars[end + 1] === 'u') {
      const low = hexQuad(chars, end + 2);
      if (low < 0) return { error: 'Invalid \\uXXXX escape', pos: end + 1 };
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
        end += 6;
      }
    }
    out += String.fromCodePoint(code);
  }
}
