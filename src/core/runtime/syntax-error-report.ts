// A SyntaxError as CPython shows it: the attributes its parser sets (msg, filename, lineno, offset, text,
// end_lineno, end_offset) and the report printed from them: `File "x.py", line 1`, the line, the carets
// under the range, `SyntaxError: msg`. Up to 3.12 the C printer (print_exception and print_error_text in
// Python/pythonrun.c) prints it; from 3.13 on traceback.py's TracebackException._format_syntax_error.
// Both read only the attributes, so a file's error, an exec()'d string's and a SyntaxError raised by
// hand print alike.

import type { SyntaxErrorDetail } from '../syntax/ast';
import type { SyntaxModel, TracebackPrinter } from '../versions';

/** What a SyntaxError holds (null for None). Offsets are 1-based, in code points. */
export interface SyntaxErrorFields {
  /** The class name as printed (`SyntaxError`, `IndentationError`, `TabError`, `mod.MyError`). */
  typeName: string;
  /** SyntaxError itself, not a subclass: the C printer reads the end of the range only then. */
  exact: boolean;
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  endLineno: number | null;
  endOffset: number | null;
}

/** The diagnostic's place, as the compiler sees it. */
export interface DiagnosticPlace {
  kind: 'SyntaxError' | 'IndentationError';
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  detail?: SyntaxErrorDetail;
}

/** Code points in the first `units` UTF-16 units of `text`. */
function codePoints(text: string, units: number): number {
  return Array.from(text.slice(0, units)).length;
}

/**
 * The attributes CPython's parser gives the error: read from a file (`python3 x.py`, an import) or from
 * a string (exec, eval, compile), which differ only at the end of the input and for the compiler's errors.
 */
export function syntaxErrorFields(source: string, filename: string, d: DiagnosticPlace, input: 'file' | 'string', syntax: SyntaxModel): SyntaxErrorFields {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const lineText = (n: number) => lines[n - 1] ?? '';
  let detail = d.detail ?? {};
  if (detail.literalSpan && syntax.decodeErrorsAtLiteral) {
    d = { ...d, ...detail.literalSpan };
    detail = {};
  }
  const typeName = detail.tabError ? 'TabError' : d.kind;
  let offset = detail.offset ?? codePoints(lineText(d.line), d.col) + 1;
  if (detail.atEndOfInput && input === 'file') offset = 0;
  const endOffset = detail.endOffset ?? codePoints(lineText(d.endLine), d.endCol) + 1 + (detail.atNewline ? syntax.newlineTokenWidth : 0);
  // compile() of a string has no line to show for the symbol table's and the compiler's errors.
  const text = detail.compiler && input === 'string' ? null : lineText(d.line) + '\n';
  return { typeName, exact: typeName === 'SyntaxError', msg: d.message, filename, lineno: d.line, offset, text, endLineno: d.endLine, endOffset };
}

/** The report of a SyntaxError with a line number, by the printer the version uses where it is printed. */
export function formatSyntaxErrorReport(f: SyntaxErrorFields & { lineno: number }, printer: TracebackPrinter): string {
  return printer.startsWith('py') ? tracebackModuleReport(f) : cPrinterReport(f);
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** print_exception's SyntaxError branch (3.11, 3.12). */
function cPrinterReport(f: SyntaxErrorFields & { lineno: number }): string {
  let out = `  File "${f.filename ?? '<string>'}", line ${f.lineno}\n`;
  if (f.text !== null) {
    // parse_syntax_error: a subclass's range ends where it starts.
    const endLineno = f.exact ? (f.endLineno ?? f.lineno) : f.lineno;
    let endOffset = f.exact ? (f.endOffset ?? -1) : -1;
    const lineSize = utf8Length(f.text);
    if (endLineno > f.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(f.offset ?? -1, endOffset, f.text);
  }
  return out + `${f.typeName}${f.msg === '' ? '' : ': ' + f.msg}\n`;
}

/** print_error_text: the line without its indentation, carets from offset to end_offset (one at least). */
function errorText(offsetIn: number, endOffset: number, textIn: string): string {
  const carets = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1;
  let offset = offsetIn - 1;
  let text = textIn;
  while (text.length > 0 && ' \t\f'.includes(text[0])) {
    text = text.slice(1);
    offset--;
  }
  // The C code clips with the line's length in bytes, and steps past lines before the offset.
  let len = utf8Length(text);
  if (text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = `    ${text}${text.endsWith('\n') ? '' : '\n'}`;
  if (offset < 0) return out;
  out += `    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
  return out;
}

/** TracebackException._format_syntax_error (3.13). */
function tracebackModuleReport(f: SyntaxErrorFields & { lineno: number }): string {
  let out = `  File "${f.filename || '<string>'}", line ${f.lineno}\n`;
  if (f.text !== null) {
    // Python's lengths: code points.
    const rtext = Array.from(f.text.replace(/\n+$/, ''));
    const ltextChars = Array.from(rtext.join('').replace(/^[ \n\f]+/, ''));
    const ltext = ltextChars.join('');
    const textLength = Array.from(f.text).length;
    const spaces = rtext.length - ltextChars.length;
    if (f.offset === null) {
      out += `    ${ltext}\n`;
    } else {
      let offset = f.offset;
      let endOffset = f.lineno === f.endLineno ? (f.endOffset === null || f.endOffset === 0 ? offset : f.endOffset) : rtext.length + 1;
      if (f.text && offset > textLength) offset = rtext.length + 1;
      if (f.text && endOffset > textLength) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out += `    ${ltext}\n`;
      if (colno >= 0) {
        // Whitespace other than spaces (tabs) is kept so the carets line up.
        const caretSpace = ltextChars.slice(0, colno).map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  return out + `${f.typeName}: ${f.msg || '<no detail available>'}\n`;
}
