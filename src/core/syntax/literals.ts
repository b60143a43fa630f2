// Decoding of number and string literal tokens, following CPython 3.11 (Parser/string_parser.c,
// Objects/unicodeobject.c's unicode-escape codec, Objects/bytesobject.c's escape decoder).

import type { ConstantValue } from './ast';

export interface StringTokenParts {
  bytes: boolean;
  raw: boolean;
  format: boolean;
  /** The `u` prefix (CPython's Constant.kind == 'u'). */
  unicodePrefix: boolean;
  quote: string;
  triple: boolean;
  /** Offsets of the body (between the quotes) within the token text. */
  bodyStart: number;
  bodyEnd: number;
}

export function splitStringToken(text: string): StringTokenParts {
  let i = 0;
  let bytes = false;
  let raw = false;
  let format = false;
  let unicodePrefix = false;
  while (i < text.length && text[i] !== '"' && text[i] !== "'") {
    const c = text[i].toLowerCase();
    if (c === 'b') bytes = true;
    else if (c === 'r') raw = true;
    else if (c === 'f') format = true;
    else if (c === 'u') unicodePrefix = true;
    i++;
  }
  const quote = text[i] ?? '"';
  const triple = text.startsWith(quote.repeat(3), i) && text.length - i >= 6;
  const q = triple ? 3 : 1;
  return { bytes, raw, format, unicodePrefix, quote, triple, bodyStart: i + q, bodyEnd: text.length - q };
}

/** A problem found while decoding; `where` says which position CPython reports it at. */
export class LiteralError extends Error {
  /** For where === 'token': offsets of the offending token (set by the caller that knows it). */
  tokenSpan: { start: number; end: number } | null = null;

  constructor(
    message: string,
    /** 'token': the string token itself; 'after': the token after the string literals. */
    readonly where: 'token' | 'after',
    readonly unsupported = false,
  ) {
    super(message);
  }
}

/** A str or bytes literal whose escapes do not decode ("(unicode error) ...", "(value error) ..."). */
export class EscapeDecodeError extends LiteralError {}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function isOctal(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '7';
}
function isHex(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
}

/**
 * CPython hands the body to the unicode-escape codec after turning every non-ASCII character
 * into a 10-byte "\UXXXXXXXX" escape; codec error positions count in that buffer.
 */
function codecPositions(body: string): number[] {
  const positions: number[] = [];
  let p = 0;
  for (let i = 0; i < body.length; i++) {
    positions.push(p);
    const c = body.charCodeAt(i);
    if (c === 92 && i + 1 < body.length && body.charCodeAt(i + 1) >= 0x80) {
      p += 6; // "\u005c"
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      positions.push(p);
      p += 10;
      i++;
    } else {
      p += c >= 0x80 ? 10 : 1;
    }
  }
  positions.push(p);
  return positions;
}

/**
 * The first escape CPython's decoder flags in a non-raw literal's body (first_invalid_escape): a
 * backslash before a character that starts no escape, or an octal escape above 0o377. 3.12+ warn
 * about it ("invalid escape sequence '\\d'"); 3.11's DeprecationWarning is not shown.
 */
export function firstInvalidEscape(body: string, bytes: boolean): { index: number; sequence: string } | null {
  const valid = bytes ? '\n\\\'"bfntrvax' : '\n\\\'"bfntrvaxNuU';
  for (let i = 0; i < body.length - 1; i++) {
    if (body[i] !== '\\') continue;
    const e = body[i + 1];
    if (isOctal(e)) {
      let k = i + 1;
      while (k < i + 4 && isOctal(body[k])) k++;
      if (parseInt(body.slice(i + 1, k), 8) > 0o377) return { index: i, sequence: '\\' + body.slice(i + 1, k) };
      i = k - 1;
      continue;
    }
    if (!valid.includes(e)) return { index: i, sequence: '\\' + e };
    i++;
  }
  return null;
}

/** Decodes the body of a non-raw str literal (or of an f-string's literal part). */
export function decodeStrEscapes(body: string): string {
  let positions: number[] | null = null;
  const codecError = (startIndex: number, endIndex: number, what: string): never => {
    positions ??= codecPositions(body);
    throw new EscapeDecodeError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${positions[startIndex]}-${positions[endIndex] - 1}: ${what}`,
      'after',
    );
  };
  let out = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    if (e === undefined) {
      out += '\\';
      i++;
      continue;
    }
    i += 2;
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
    } else if (isOctal(e)) {
      let value = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && isOctal(body[i]); k++) value = value * 8 + body.charCodeAt(i++) - 48;
      out += String.fromCodePoint(value);
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let hex = '';
      for (let k = 0; k < count; k++) {
        if (!isHex(body[i])) {
          const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
          codecError(start, i, `truncated ${name} escape`);
        }
        hex += body[i++];
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) codecError(start, i, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
    } else if (e === 'N') {
      throw new LiteralError('not modelled by CPython Lens: \\N{...} escapes in string literals', 'token', true);
    } else {
      // an invalid escape keeps its backslash (CPython only warns)
      out += '\\' + e;
    }
  }
  return out;
}

function decodeBytesBody(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body.charCodeAt(k) >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters', 'token');
  }
  if (raw) {
    for (let k = 0; k < body.length; k++) out.push(body.charCodeAt(k));
    return Uint8Array.from(out);
  }
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch !== '\\') {
      out.push(ch.charCodeAt(0));
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    if (e === undefined) {
      out.push(92);
      i++;
      continue;
    }
    i += 2;
    if (e in SIMPLE_ESCAPES) {
      const s = SIMPLE_ESCAPES[e];
      if (s.length > 0) out.push(s.charCodeAt(0));
    } else if (isOctal(e)) {
      let value = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && isOctal(body[i]); k++) value = value * 8 + body.charCodeAt(i++) - 48;
      out.push(value & 0xff);
    } else if (e === 'x') {
      if (!isHex(body[i]) || !isHex(body[i + 1])) {
        throw new EscapeDecodeError(`(value error) invalid \\x escape at position ${start}`, 'after');
      }
      out.push(parseInt(body.slice(i, i + 2), 16));
      i += 2;
    } else {
      out.push(92, e.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}

/** Value of a plain (non-f) string or bytes token. */
export function decodeStringToken(text: string): { type: 'str'; value: string } | { type: 'bytes'; value: Uint8Array } {
  const parts = splitStringToken(text);
  const body = text.slice(parts.bodyStart, parts.bodyEnd);
  if (parts.bytes) return { type: 'bytes', value: decodeBytesBody(body, parts.raw) };
  return { type: 'str', value: parts.raw ? body : decodeStrEscapes(body) };
}

/** Value of a NUMBER token (the tokenizer has already checked its shape). */
export function decodeNumber(text: string): ConstantValue {
  const t = text.replace(/_/g, '');
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') return { type: 'complex', imag: Number(t.slice(0, -1)) };
  if (/^0[xXoObB]/.test(t)) return { type: 'int', value: BigInt(t.toLowerCase()) };
  if (/[.eE]/.test(t)) return { type: 'float', value: Number(t) };
  return { type: 'int', value: BigInt(t) };
}
