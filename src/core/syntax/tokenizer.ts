// A tokenizer that follows CPython 3.11's Parser/tokenizer.c: the same tokens (NAME, NUMBER,
// STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER; an f-string is one STRING token, as in 3.11)
// and the same errors, with the positions CPython reports for them. The lezer grammar gives the
// syntax tree its shape; this token stream is the authority on what the characters are, on
// indentation, and on where CPython puts its error markers.

import type { SourceDiagnostic, SyntaxErrorDetail } from './ast';
import { LineMap } from './lines';

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface Token {
  type: TokenType;
  /**
   * Offsets into the source. NEWLINE starts at a trailing comment when there is one (as in
   * CPython) and is empty; INDENT spans the indentation; DEDENT and ENDMARKER are empty.
   */
  start: number;
  end: number;
  /** Source text for NAME, NUMBER, STRING and OP; '' for the others. */
  text: string;
  /** Bracket nesting depth after the token, like CPython's token->level. */
  level: number;
}

export interface OpenBracket {
  char: string;
  offset: number;
}

export interface TokenizeResult {
  tokens: Token[];
  /** The first tokenizer error; tokenizing stops there, as CPython's does. */
  error: SourceDiagnostic | null;
  /** The innermost bracket still open when the input ended (CPython: "'(' was never closed"). */
  unclosed: OpenBracket | null;
  /**
   * True for the errors CPython's tokenizer only records (bad dedent, tabs, continuation
   * character, end of input after a backslash): they are reported when the parser reaches
   * them, not when CPython re-tokenizes the rest of the input after a parse error.
   */
  deferred: boolean;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);
const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return isPotentialIdentifierStart(c) || isDigit(c);
}

/** U+XXXX as CPython prints it (at least four hex digits). */
export function hexCodePoint(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

class TokenizerError extends Error {
  constructor(
    readonly diagnostic: SourceDiagnostic,
    /** CPython only reports it if its parser gets that far (see TokenizeResult.deferred). */
    readonly deferred = false,
  ) {
    super(diagnostic.message);
  }
}

const EOF = -1;

class Tokenizer {
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private pendin = 0;
  private atbol = true;
  private lineStart = 0;

  constructor(
    private readonly src: string,
    private readonly lines: LineMap,
  ) {}

  private peekc(offset = 0): number {
    const i = this.pos + offset;
    return i < this.src.length ? this.src.charCodeAt(i) : EOF;
  }

  private nextc(): number {
    if (this.pos >= this.src.length) {
      this.pos = this.src.length + 1; // so that backup() stays symmetric at EOF
      return EOF;
    }
    return this.src.charCodeAt(this.pos++);
  }

  private backup(c: number): void {
    if (c !== EOF || this.pos > this.src.length) this.pos--;
  }

  private push(type: TokenType, start: number, end: number): void {
    const text = type === 'NAME' || type === 'NUMBER' || type === 'STRING' || type === 'OP' ? this.src.slice(start, end) : '';
    this.tokens.push({ type, start, end, text, level: this.brackets.length });
  }

  private diag(kind: SourceDiagnostic['kind'], message: string, line: number, col: number, endLine: number, endCol: number, detail?: SyntaxErrorDetail): SourceDiagnostic {
    const d: SourceDiagnostic = { kind, message, line, col: Math.max(0, col), endLine, endCol: Math.max(0, endCol) };
    if (detail) d.detail = detail;
    return d;
  }

  /** CPython's syntaxerror(tok, ...): the marker sits just before tok->cur. */
  private errorAtCur(message: string, cur: number = this.pos): never {
    const line = this.lines.lineOf(Math.max(0, Math.min(cur - 1, this.src.length - 1)));
    const start = this.lines.lineStart(line);
    const col = cur - start - 1;
    throw new TokenizerError(this.diag('SyntaxError', message, line, col, line, col));
  }

  private errorRange(message: string, line: number, col: number, endCol: number): never {
    throw new TokenizerError(this.diag('SyntaxError', message, line, col, line, endCol));
  }

  private indentationError(kind: 'IndentationError', message: string, line: number, col: number): never {
    throw new TokenizerError(this.diag(kind, message, line, col, line, col, { endOffset: -1 }), true);
  }

  run(): TokenizeResult {
    try {
      for (;;) {
        const done = this.next();
        if (done === 'end') return { tokens: this.tokens, error: null, unclosed: null, deferred: false };
        if (done === 'unclosed') {
          return { tokens: this.tokens, error: null, unclosed: this.brackets[this.brackets.length - 1], deferred: false };
        }
      }
    } catch (e) {
      if (e instanceof TokenizerError) return { tokens: this.tokens, error: e.diagnostic, unclosed: null, deferred: e.deferred };
      throw e;
    }
  }

  /** Produces the next token(s); returns 'end' after ENDMARKER. */
  private next(): 'more' | 'end' | 'unclosed' {
    let blankline = false;
    // ---- indentation at the beginning of a line
    if (this.atbol) {
      this.atbol = false;
      this.lineStart = this.pos;
      let col = 0;
      let altcol = 0;
      let c: number;
      for (;;) {
        c = this.nextc();
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol = altcol + 1;
        } else if (c === 12) {
          col = altcol = 0;
        } else {
          break;
        }
      }
      this.backup(c);
      if (c === 35 || c === 10) blankline = true;
      if (!blankline && this.brackets.length === 0) {
        const line = this.lines.lineOf(Math.min(this.pos, this.src.length));
        const top = this.indstack.length - 1;
        if (col === this.indstack[top]) {
          if (altcol !== this.altindstack[top]) this.tabError(line);
        } else if (col > this.indstack[top]) {
          if (this.indstack.length >= MAXINDENT) {
            this.indentationError('IndentationError', 'too many levels of indentation', line, 0);
          }
          if (altcol <= this.altindstack[top]) this.tabError(line);
          this.pendin++;
          this.indstack.push(col);
          this.altindstack.push(altcol);
        } else {
          while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
            this.pendin--;
            this.indstack.pop();
            this.altindstack.pop();
          }
          if (col !== this.indstack[this.indstack.length - 1]) {
            const text = this.lines.lineText(line);
            this.indentationError('IndentationError', 'unindent does not match any outer indentation level', line, text.length);
          }
          if (altcol !== this.altindstack[this.altindstack.length - 1]) this.tabError(line);
        }
      }
    }
    // ---- pending INDENT / DEDENT tokens
    if (this.pendin !== 0) {
      const at = Math.min(this.pos, this.endOffset());
      if (this.pendin < 0) {
        while (this.pendin < 0) {
          this.pendin++;
          this.push('DEDENT', at, at);
        }
      } else {
        this.pendin--;
        this.push('INDENT', this.lineStart, at);
      }
      return 'more';
    }
    return this.token(blankline);
  }

  private endOffset(): number {
    // The position CPython gives ENDMARKER: the end of the last line (before its newline).
    return this.src.length > 0 && this.src.charCodeAt(this.src.length - 1) === 10 ? this.src.length - 1 : this.src.length;
  }

  private tabError(line: number): never {
    // CPython raises TabError, a subclass of IndentationError
    throw new TokenizerError(this.diag('IndentationError', 'inconsistent use of tabs and spaces in indentation', line, 0, line, 0, { tabError: true, endOffset: 0 }), true);
  }

  private token(blanklineIn: boolean): 'more' | 'end' | 'unclosed' {
    let blankline = blanklineIn;
    for (;;) {
      // skip spaces
      let c: number;
      do {
        c = this.nextc();
      } while (c === 32 || c === 9 || c === 12);
      const start = this.pos - 1;
      // comment
      if (c === 35) {
        while (c !== EOF && c !== 10) c = this.nextc();
      }
      if (c === EOF) {
        if (this.brackets.length > 0) return 'unclosed';
        // dedent to column zero, then ENDMARKER
        const at = this.endOffset();
        while (this.indstack.length > 1) {
          this.indstack.pop();
          this.altindstack.pop();
          this.push('DEDENT', at, at);
        }
        this.push('ENDMARKER', at, at);
        return 'end';
      }
      // identifiers and string prefixes
      if (isPotentialIdentifierStart(c)) {
        let sawB = false;
        let sawR = false;
        let sawU = false;
        let sawF = false;
        for (;;) {
          if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
          else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
          else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
          else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
          else break;
          c = this.nextc();
          if (c === 34 || c === 39) return this.string(start, c);
        }
        let nonascii = false;
        while (isPotentialIdentifierChar(c)) {
          if (c >= 128) nonascii = true;
          c = this.nextc();
        }
        this.backup(c);
        if (nonascii) this.verifyIdentifier(start, this.pos);
        this.push('NAME', start, this.pos);
        return 'more';
      }
      // newline
      if (c === 10) {
        this.atbol = true;
        if (blankline || this.brackets.length > 0) {
          // a blank line, or a newline inside brackets: no token; go on with the next line
          return 'more';
        }
        this.push('NEWLINE', start, this.pos - 1);
        return 'more';
      }
      // period or number starting with a period
      if (c === 46) {
        c = this.nextc();
        if (isDigit(c)) {
          return this.number(start, c, 'fraction');
        }
        if (c === 46) {
          c = this.nextc();
          if (c === 46) {
            this.push('OP', start, this.pos);
            return 'more';
          }
          this.backup(c);
          this.backup(46);
        } else {
          this.backup(c);
        }
        this.push('OP', start, start + 1);
        return 'more';
      }
      if (isDigit(c)) return this.number(start, c, 'start');
      if (c === 34 || c === 39) return this.string(start, c);
      // line continuation
      if (c === 92) {
        c = this.nextc();
        if (c !== 10) {
          // E_LINECONT: the marker is on the character after the backslash
          const line = this.lines.lineOf(start);
          const col = this.pos - this.lines.lineStart(line) - 1;
          throw new TokenizerError(this.diag('SyntaxError', 'unexpected character after line continuation character', line, col, line, col, { endOffset: 0 }), true);
        }
        c = this.nextc();
        if (c === EOF) {
          const line = this.lines.lineOf(start);
          const col = this.lines.lineText(line).length;
          throw new TokenizerError(this.diag('SyntaxError', 'unexpected EOF while parsing', line, col, line, col, { endOffset: -1 }), true);
        }
        this.backup(c);
        blankline = false;
        continue;
      }
      // operators
      const three = this.src.slice(start, start + 3);
      if (THREE_CHAR_OPS.has(three)) {
        this.pos = start + 3;
        this.push('OP', start, this.pos);
        return 'more';
      }
      const two = this.src.slice(start, start + 2);
      if (TWO_CHAR_OPS.has(two)) {
        this.pos = start + 2;
        this.push('OP', start, this.pos);
        return 'more';
      }
      // brackets
      if (c === 40 || c === 91 || c === 123) {
        if (this.brackets.length >= MAXLEVEL) this.errorAtCur('too many nested parentheses');
        this.brackets.push({ char: String.fromCharCode(c), offset: start });
      } else if (c === 41 || c === 93 || c === 125) {
        const ch = String.fromCharCode(c);
        const open = this.brackets.pop();
        if (open === undefined) this.errorAtCur(`unmatched '${ch}'`);
        const expected = open.char === '(' ? ')' : open.char === '[' ? ']' : '}';
        if (expected !== ch) {
          const openLine = this.lines.lineOf(open.offset);
          if (openLine !== this.lines.lineOf(start)) {
            this.errorAtCur(`closing parenthesis '${ch}' does not match opening parenthesis '${open.char}' on line ${openLine}`);
          }
          this.errorAtCur(`closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'`);
        }
      }
      if (c < 128 && !isPrintable(String.fromCharCode(c))) {
        this.errorAtCur(`invalid non-printable character U+${hexCodePoint(c)}`);
      }
      this.push('OP', start, this.pos);
      return 'more';
    }
  }

  private verifyIdentifier(start: number, end: number): void {
    const text = this.src.slice(start, end);
    let first = true;
    let offset = start;
    for (const ch of text) {
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0) ?? 0;
        const cur = offset + ch.length;
        const message = isPrintable(ch)
          ? `invalid character '${ch}' (U+${hexCodePoint(cp)})`
          : `invalid non-printable character U+${hexCodePoint(cp)}`;
        this.errorAtCur(message, cur);
      }
      first = false;
      offset += ch.length;
    }
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.errorAtCur('invalid decimal literal');
      }
    }
    return c;
  }

  private lookahead(test: string): boolean {
    for (let i = 0; i < test.length; i++) {
      if (this.peekc(i) !== test.charCodeAt(i)) return false;
    }
    return true;
  }

  private verifyEndOfNumber(c: number, kind: string): void {
    // A literal directly followed by one of these keywords is only a warning in 3.11.
    let r = false;
    if (c === 97) r = this.lookahead('nd');
    else if (c === 101) r = this.lookahead('lse');
    else if (c === 102) r = this.lookahead('or');
    else if (c === 105) {
      const c2 = this.peekc();
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = this.lookahead('r');
    else if (c === 110) r = this.lookahead('ot');
    if (r) return;
    if (c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.errorAtCur(`invalid ${kind} literal`);
    }
  }

  private number(start: number, first: number, mode: 'start' | 'fraction'): 'more' {
    let c = first;
    const finish = (): 'more' => {
      this.backup(c);
      this.push('NUMBER', start, this.pos);
      return 'more';
    };
    const exponentOrImaginary = (): 'more' => {
      if (c === 101 || c === 69) {
        const e = c;
        c = this.nextc();
        if (c === 43 || c === 45) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.errorAtCur('invalid decimal literal');
          }
        } else if (!isDigit(c)) {
          this.backup(c);
          this.verifyEndOfNumber(e, 'decimal');
          this.backup(e);
          this.push('NUMBER', start, this.pos);
          return 'more';
        }
        c = this.decimalTail();
      }
      if (c === 106 || c === 74) {
        c = this.nextc();
        this.verifyEndOfNumber(c, 'imaginary');
      } else {
        this.verifyEndOfNumber(c, 'decimal');
      }
      return finish();
    };
    const fraction = (): 'more' => {
      if (isDigit(c)) c = this.decimalTail();
      return exponentOrImaginary();
    };
    if (mode === 'fraction') {
      return fraction();
    }
    if (c === 48) {
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (!isHexDigit(c)) {
            this.backup(c);
            this.errorAtCur('invalid hexadecimal literal');
          }
          do {
            c = this.nextc();
          } while (isHexDigit(c));
        } while (c === 95);
        this.verifyEndOfNumber(c, 'hexadecimal');
        return finish();
      }
      if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c < 48 || c >= 56) {
            if (isDigit(c)) this.errorAtCur(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            this.errorAtCur('invalid octal literal');
          }
          do {
            c = this.nextc();
          } while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) this.errorAtCur(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, 'octal');
        return finish();
      }
      if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c !== 48 && c !== 49) {
            if (isDigit(c)) this.errorAtCur(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            this.errorAtCur('invalid binary literal');
          }
          do {
            c = this.nextc();
          } while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c)) this.errorAtCur(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, 'binary');
        return finish();
      }
      // maybe an old-style octal; in any case allow '0' as a literal
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.errorAtCur('invalid decimal literal');
          }
        }
        if (c !== 48) break;
        c = this.nextc();
      }
      const zerosEnd = this.pos;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === 46) {
        c = this.nextc();
        return fraction();
      }
      if (c === 101 || c === 69 || c === 106 || c === 74) return exponentOrImaginary();
      if (nonzero) {
        this.backup(c);
        const line = this.lines.lineOf(start);
        const ls = this.lines.lineStart(line);
        this.errorRange(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          line,
          start - ls,
          zerosEnd - ls - 1,
        );
      }
      this.verifyEndOfNumber(c, 'decimal');
      return finish();
    }
    // decimal
    c = this.decimalTail();
    if (c === 46) {
      c = this.nextc();
      return fraction();
    }
    return exponentOrImaginary();
  }

  private string(start: number, quote: number): 'more' {
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        const detectedAt = this.lines.lineOf(c === EOF ? this.endOffset() : this.pos - 1);
        const line = this.lines.lineOf(start);
        const col = start - this.lines.lineStart(line);
        const message =
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
            : `unterminated string literal (detected at line ${detectedAt})`;
        throw new TokenizerError(this.diag('SyntaxError', message, line, col, line, col));
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === 92) this.nextc();
      }
    }
    this.push('STRING', start, this.pos);
    return 'more';
  }
}

/**
 * Tokenizes `src`, which must already use '\n' line endings and end with '\n' (CPython adds
 * the final newline to source that lacks one).
 */
export function tokenize(src: string, lines: LineMap = new LineMap(src)): TokenizeResult {
  return new Tokenizer(src, lines).run();
}

/** True for tokens that can end an expression (a name, literal or closing bracket). */
export function endsExpression(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME') return !KEYWORDS.has(t.text) || t.text === 'None' || t.text === 'True' || t.text === 'False';
  return t.type === 'OP' && (t.text === ')' || t.text === ']' || t.text === '}' || t.text === '...');
}

/** True for tokens that can start an expression. */
export function startsExpression(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME') return !KEYWORDS.has(t.text) || EXPRESSION_KEYWORDS.has(t.text);
  return t.type === 'OP' && ['(', '[', '{', '-', '+', '~', '...'].includes(t.text);
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const EXPRESSION_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
