// The codecs str.encode and bytes.decode reach without importing anything: UTF-8, ASCII and Latin-1
// (Objects/unicodeobject.c's fast paths), with the standard error handlers and CPython's messages
// (UnicodeEncodeError/UnicodeDecodeError's __str__). Results are plain data; the caller raises.

import { codePoints } from './unicode-props';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

/**
 * A codec failure, as the exception CPython raises for it: a UnicodeEncodeError/UnicodeDecodeError's
 * fields (its args are (codec, object, start, end, reason)), or a LookupError's message.
 */
export type CodecError =
  | { type: 'UnicodeEncodeError' | 'UnicodeDecodeError'; codec: Codec; start: number; end: number; reason: string }
  | { type: 'LookupError'; message: string };
export type CodecResult<T> = { ok: true; value: T } | { ok: false; error: CodecError };

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1',
};

/** Codecs CPython has that are not modelled here (anything else is an unknown encoding). */
const OTHER_CODECS = /^(utf_(16|32)(_[lb]e)?|u(16|32)|utf_7|cp\d+|iso8859_\d+|iso_8859_\d+|latin_?\d|koi8_[ru]|mac_\w+|shift_jis|euc_\w+|gb\w+|big5|idna|punycode|raw_unicode_escape|unicode_escape)$/;

/** encodings.normalize_encoding plus the aliases: the codec, 'other' for a real but unmodelled one, null for none. */
export function lookupCodec(name: string): Codec | 'other' | null {
  const key = name.trim().toLowerCase().replace(/[-\s]+/g, '_');
  return ALIASES[key] ?? (OTHER_CODECS.test(key) ? 'other' : null);
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);
const unknownHandler = (errors: string): CodecError => ({ type: 'LookupError', message: `unknown error handler name '${errors}'` });

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
function charEscape(cp: number): string {
  return cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** UnicodeEncodeError.__str__: the one character, or the range of positions. */
export function encodeErrorMessage(codec: string, text: string, start: number, end: number, reason: string): string {
  const cps = codePoints(text);
  if (end === start + 1 && start < cps.length) return `'${codec}' codec can't encode character '${charEscape(cps[start])}' in position ${start}: ${reason}`;
  return `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

/** UnicodeDecodeError.__str__: the one byte, or the range of positions. */
export function decodeErrorMessage(codec: string, bytes: Uint8Array, start: number, end: number, reason: string): string {
  if (end === start + 1 && start < bytes.length) return `'${codec}' codec can't decode byte 0x${hex(bytes[start], 2)} in position ${start}: ${reason}`;
  return `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

function pushUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/** str.encode(codec, errors). */
export function encodeText(text: string, codec: Codec, errors: string): CodecResult<Uint8Array> {
  const cps = codePoints(text);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const bad = (cp: number) => cp >= limit || (codec === 'utf-8' && cp >= 0xd800 && cp <= 0xdfff);
  const out: number[] = [];
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (codec === 'utf-8') pushUtf8(out, cp);
      else out.push(cp);
      i++;
      continue;
    }
    // The error covers the run of characters the codec cannot encode.
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    const run = cps.slice(i, end);
    const failure: CodecError = { type: 'UnicodeEncodeError', codec, start: i, end, reason };
    if (errors === 'strict') return { ok: false, error: failure };
    if (errors === 'ignore') {
      // nothing
    } else if (errors === 'replace') for (const _ of run) out.push(0x3f);
    else if (errors === 'xmlcharrefreplace') for (const c of run) for (const ch of `&#${c};`) out.push(ch.charCodeAt(0));
    else if (errors === 'backslashreplace') for (const c of run) for (const ch of charEscape(c)) out.push(ch.charCodeAt(0));
    else if (errors === 'surrogateescape' && run.every((c) => c >= 0xdc80 && c <= 0xdcff)) for (const c of run) out.push(c - 0xdc00);
    else if (errors === 'surrogatepass' && codec === 'utf-8' && run.every((c) => c >= 0xd800 && c <= 0xdfff)) for (const c of run) pushUtf8(out, c);
    else if (KNOWN_HANDLERS.has(errors)) return { ok: false, error: failure };
    else return { ok: false, error: unknownHandler(errors) };
    i = end;
  }
  return { ok: true, value: Uint8Array.from(out) };
}

/** One undecodable stretch of UTF-8 at `i`: its end and reason (the maximal valid prefix, as unicode_decode_utf8 reports it). */
function utf8Invalid(bytes: Uint8Array, i: number): { end: number; reason: string } | { cp: number; next: number } {
  const b = bytes[i];
  if (b < 0x80) return { cp: b, next: i + 1 };
  if (b < 0xc2 || b > 0xf4) return { end: i + 1, reason: 'invalid start byte' };
  const n = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  let cp = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    if (i + k >= bytes.length) return { end: bytes.length, reason: 'unexpected end of data' };
    const c = bytes[i + k];
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return { end: i + k, reason: 'invalid continuation byte' };
    cp = (cp << 6) | (c & 63);
  }
  return { cp, next: i + n };
}

/** bytes.decode(codec, errors). */
export function decodeBytes(bytes: Uint8Array, codec: Codec, errors: string): CodecResult<string> {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    let failure: { end: number; reason: string };
    if (codec === 'latin-1') {
      out += String.fromCharCode(bytes[i++]);
      continue;
    }
    if (codec === 'ascii') {
      if (bytes[i] < 0x80) {
        out += String.fromCharCode(bytes[i++]);
        continue;
      }
      failure = { end: i + 1, reason: 'ordinal not in range(128)' };
    } else {
      const r = utf8Invalid(bytes, i);
      if ('cp' in r) {
        out += String.fromCodePoint(r.cp);
        i = r.next;
        continue;
      }
      failure = r;
    }
    const run = Array.from(bytes.subarray(i, failure.end));
    if (errors === 'strict' || (KNOWN_HANDLERS.has(errors) && ['xmlcharrefreplace', 'namereplace', 'surrogatepass'].includes(errors))) {
      return { ok: false, error: { type: 'UnicodeDecodeError', codec, start: i, end: failure.end, reason: failure.reason } };
    }
    if (errors === 'ignore') {
      // nothing
    } else if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') out += run.map((b) => `\\x${hex(b, 2)}`).join('');
    else if (errors === 'surrogateescape') out += run.map((b) => String.fromCharCode(0xdc00 + b)).join('');
    else return { ok: false, error: unknownHandler(errors) };
    i = failure.end;
  }
  return { ok: true, value: out };
}
