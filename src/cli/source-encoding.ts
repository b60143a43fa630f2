// A source file's bytes as CPython's tokenizer reads them (PEP 263): UTF-8 unless a coding cookie on the
// first or second line says otherwise; a UTF-8 BOM is dropped. Only the CLI reads files: the editor hands
// the simulator text VS Code already decoded.

export type DecodedSource = { ok: true; text: string } | { ok: false; line: number; message: string };

/** Parser/tokenizer.c get_coding_spec's pattern: `coding[:=]` in a comment line. */
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodePythonSource(bytes: Uint8Array, filename: string): DecodedSource {
  let body = bytes;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) body = bytes.subarray(3);
  const cookie = codingCookie(body);
  if (cookie === null || cookie === 'utf-8') {
    // A BOM with a cookie for another encoding is refused below (check_bom + check_coding_spec).
    const bad = firstInvalidUtf8(body);
    if (bad === null) return { ok: true, text: new TextDecoder('utf-8').decode(body) };
    return {
      ok: false,
      line: bad.line,
      message: `Non-UTF-8 code starting with '\\x${bad.byte.toString(16).padStart(2, '0')}' in file ${filename} on line ${bad.line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
    };
  }
  if (bom) return { ok: false, line: 1, message: `encoding problem: ${cookie} with BOM` };
  // ISO-8859-1 exactly (TextDecoder's "latin1" is windows-1252, as the WHATWG standard defines it).
  if (cookie === 'iso-8859-1') return { ok: true, text: Buffer.from(body).toString('latin1') };
  // Node 20's TextDecoder reads windows-1252 as Latin-1: Python's cp1252 table for 0x80–0x9F.
  if (/^(cp|windows[-_]?)1252$/i.test(cookie)) return cp1252(body);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(cookie, { fatal: true });
  } catch {
    return { ok: false, line: 1, message: `encoding problem: ${cookie}` };
  }
  try {
    return { ok: true, text: decoder.decode(body) };
  } catch {
    return { ok: false, line: 1, message: `(unicode error) '${cookie}' codec can't decode the file` };
  }
}

/** Python's cp1252 for 0x80–0x9F (0: undefined, a decoding error); the other bytes are Latin-1's. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function cp1252(bytes: Uint8Array): DecodedSource {
  let text = '';
  for (const b of bytes) {
    const code = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    if (code === 0) return { ok: false, line: 1, message: `(unicode error) 'charmap' codec can't decode byte 0x${b.toString(16)}` };
    text += String.fromCharCode(code);
  }
  return { ok: true, text };
}

/** The encoding a cookie names, normalized as tokenizer.c get_normal_name does; null without a cookie. */
function codingCookie(bytes: Uint8Array): string | null {
  const lines = firstLines(bytes, 2);
  for (let i = 0; i < lines.length; i++) {
    const match = CODING_COOKIE.exec(lines[i]);
    if (match) return normalName(match[1]);
    // The second line is read only when the first is a comment or blank.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(lines[i])) break;
  }
  return null;
}

function normalName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (n === latin || n.startsWith(`${latin}-`)) return 'iso-8859-1';
  return name;
}

/** The first `count` lines, as Latin-1 text (a cookie is ASCII). */
function firstLines(bytes: Uint8Array, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lines.push(Buffer.from(bytes.subarray(start, end)).toString('latin1'));
    start = end + 1;
  }
  return lines;
}

/** Where the bytes stop being UTF-8: the first byte of the first bad sequence and its line; null if they are. */
function firstInvalidUtf8(bytes: Uint8Array): { byte: number; line: number } | null {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return { byte: b, line };
    // The strict ranges of the second byte (no overlongs, no surrogates, nothing past U+10FFFF).
    const second = bytes[i + 1];
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return { byte: b, line };
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return { byte: b, line };
    i += length;
  }
  return null;
}
