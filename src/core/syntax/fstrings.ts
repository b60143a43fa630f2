// Implicit string concatenation and f-strings, following CPython 3.11's Parser/string_parser.c:
// an f-string is one STRING token whose replacement fields are cut out here and parsed as
// expressions of their own (CPython compiles "(" + text + ")"), giving the same JoinedStr /
// FormattedValue / Constant nodes as CPython 3.11.

import type { Constant, Expr, FormattedValue, JoinedStr, Span } from './ast';
import { decodeStrEscapes, decodeStringToken, firstInvalidEscape, LiteralError, splitStringToken } from './literals';

export interface StringHost {
  /** Parses source [from, to) (global offsets) as the expression of a replacement field. */
  parseFieldExpr(from: number, to: number): Expr;
  span(from: number, to: number): Span;
  /** A literal at `offset` with an escape CPython 3.12+ warn about (the first of the literal), at `escapeOffset`. */
  invalidEscape(offset: number, escapeOffset: number, sequence: string): void;
}

export interface StringToken {
  start: number;
  end: number;
  text: string;
}

interface State {
  lastStr: string | null;
  values: Expr[];
  fmode: boolean;
  /** Span of the literal parts (a format spec's: its token's); undefined for the whole. */
  span?: Span;
}

const MAXLEVEL = 200;

class FStringParser {
  constructor(
    private readonly host: StringHost,
    /** Span of all the concatenated string tokens: every literal part and field gets it. */
    private readonly whole: Span,
  ) {}

  private concat(state: State, s: string): void {
    if (s.length === 0) return;
    state.lastStr = (state.lastStr ?? '') + s;
  }

  private flushStr(state: State): void {
    if (state.lastStr !== null) {
      state.values.push(this.strNode(state.lastStr, state.span ?? this.whole));
      state.lastStr = null;
    }
  }

  strNode(value: string, span: Span = this.whole): Constant {
    return { kind: 'Constant', value: { type: 'str', value }, ...span };
  }

  finish(state: State): Expr {
    if (!state.fmode) return this.strNode(state.lastStr ?? '');
    this.flushStr(state);
    const joined: JoinedStr = { kind: 'JoinedStr', values: state.values, ...this.whole };
    return joined;
  }

  /**
   * fstring_parse: `body` is the text between the quotes, `bodyOffset` its global offset.
   * Returns the index where parsing stopped.
   */
  parse(state: State, body: string, bodyOffset: number, start: number, raw: boolean, recurseLvl: number, token: Span): number {
    state.fmode = true;
    let i = start;
    for (;;) {
      // ---- literal part
      const literalStart = i;
      let doubled = false;
      while (i < body.length) {
        let ch = body[i++];
        if (!raw && ch === '\\' && i < body.length) {
          ch = body[i++];
          if (ch === 'N') {
            if (i < body.length && body[i++] === '{') {
              while (i < body.length && body[i++] !== '}') {
                // skip the character name
              }
            }
            continue;
          }
        }
        if (ch === '{' || ch === '}') {
          if (recurseLvl === 0) {
            if (i < body.length && body[i] === ch) {
              doubled = true;
              break;
            }
            if (ch === '}') throw new LiteralError("f-string: single '}' is not allowed", 'after');
          }
          i--;
          break;
        }
      }
      const literal = body.slice(literalStart, i);
      if (literal.length > 0) this.concat(state, raw ? literal : decodeStrEscapes(literal));
      // With the brace after it: CPython 3.12's literal part flags `\{` too.
      const invalid = raw ? null : firstInvalidEscape(body.slice(literalStart, i + 1), false);
      if (invalid !== null) this.host.invalidEscape(bodyOffset + literalStart, bodyOffset + literalStart + invalid.index, invalid.sequence);
      if (doubled) {
        i++; // skip the second brace
        continue;
      }
      if (i >= body.length || body[i] === '}') break;
      // ---- a replacement field, at '{'
      i = this.field(state, body, bodyOffset, i, raw, recurseLvl, token);
    }
    if (recurseLvl !== 0 && (i >= body.length || body[i] !== '}')) {
      throw new LiteralError("f-string: expecting '}'", 'after');
    }
    return i;
  }

  /** fstring_find_expr: parses one replacement field starting at body[i] == '{'. */
  private field(state: State, body: string, bodyOffset: number, at: number, raw: boolean, recurseLvl: number, token: Span): number {
    if (recurseLvl >= 2) throw new LiteralError('f-string: expressions nested too deeply', 'after');
    let i = at + 1;
    const exprStart = i;
    let quoteChar = '';
    let stringType = 0;
    const parens: string[] = [];
    for (; i < body.length; i++) {
      const ch = body[i];
      if (ch === '\\') throw new LiteralError('f-string expression part cannot include a backslash', 'after');
      if (quoteChar !== '') {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (i + 2 < body.length && body[i + 1] === ch && body[i + 2] === ch) {
              i += 2;
              stringType = 0;
              quoteChar = '';
              continue;
            }
          } else {
            stringType = 0;
            quoteChar = '';
            continue;
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (i + 2 < body.length && body[i + 1] === ch && body[i + 2] === ch) {
          stringType = 3;
          i += 2;
        } else {
          stringType = 1;
        }
        quoteChar = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (parens.length >= MAXLEVEL) throw new LiteralError('f-string: too many nested parenthesis', 'after');
        parens.push(ch);
      } else if (ch === '#') {
        throw new LiteralError("f-string expression part cannot include '#'", 'after');
      } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        const next = body[i + 1];
        if (next !== undefined && next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
          i++;
          continue;
        }
        if (ch === '>' || ch === '<') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const opening = parens.pop();
        if (opening === undefined) throw new LiteralError(`f-string: unmatched '${ch}'`, 'after');
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          throw new LiteralError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`, 'after');
        }
      }
    }
    const exprEnd = i;
    if (quoteChar !== '') throw new LiteralError('f-string: unterminated string', 'after');
    if (parens.length > 0) throw new LiteralError(`f-string: unmatched '${parens[parens.length - 1]}'`, 'after');
    if (i >= body.length) throw new LiteralError("f-string: expecting '}'", 'after');
    // compile the expression first, so that its errors come before the ones about the rest
    if (/^[ \t\n\f]*$/.test(body.slice(exprStart, exprEnd))) {
      const stop = body[exprEnd];
      if (stop === '!' || stop === ':' || stop === '=') {
        throw new LiteralError(`f-string: expression required before '${stop}'`, 'after');
      }
      throw new LiteralError('f-string: empty expression not allowed', 'after');
    }
    const value = this.host.parseFieldExpr(bodyOffset + exprStart, bodyOffset + exprEnd);
    let exprText: string | null = null;
    if (body[i] === '=') {
      i++;
      while (i < body.length && /[ \t\n\r\f\v]/.test(body[i])) i++;
      if (i >= body.length) throw new LiteralError("f-string: expecting '}'", 'after');
      exprText = body.slice(exprStart, i);
    }
    let conversion = -1;
    if (body[i] === '!') {
      i++;
      if (i >= body.length) throw new LiteralError("f-string: expecting '}'", 'after');
      const conv = body[i++];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        throw new LiteralError("f-string: invalid conversion character: expected 's', 'r', or 'a'", 'after');
      }
      conversion = conv.charCodeAt(0);
    }
    let formatSpec: JoinedStr | null = null;
    if (i < body.length && body[i] === ':') {
      i++;
      if (i >= body.length) throw new LiteralError("f-string: expecting '}'", 'after');
      // CPython 3.11 gives a format spec (and its literal parts) the span of its string token
      const specState: State = { lastStr: null, values: [], fmode: true, span: token };
      i = this.parse(specState, body, bodyOffset, i, raw, recurseLvl + 1, token);
      this.flushStr(specState);
      formatSpec = { kind: 'JoinedStr', values: specState.values, ...token };
    }
    if (i >= body.length || body[i] !== '}') throw new LiteralError("f-string: expecting '}'", 'after');
    i++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 'r'.charCodeAt(0);
    if (exprText !== null) this.concat(state, exprText);
    this.flushStr(state);
    const fv: FormattedValue = { kind: 'FormattedValue', value, conversion, formatSpec, ...this.whole, field: this.host.span(bodyOffset + at, bodyOffset + i) };
    state.values.push(fv);
    return i;
  }
}

/**
 * _PyPegen_concatenate_strings: the value of adjacent string tokens. Throws LiteralError for
 * CPython's string errors.
 */
export function concatenateStrings(host: StringHost, tokens: readonly StringToken[]): Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const whole = host.span(first.start, last.end);
  const parser = new FStringParser(host, whole);
  const state: State = { lastStr: null, values: [], fmode: false };
  const chunks: Uint8Array[] = [];
  let bytesmode = false;
  // One token at a time, as CPython does: a token's own errors come before the check that
  // bytes and str literals are not mixed with the ones before it.
  tokens.forEach((t, k) => {
    try {
      const p = splitStringToken(t.text);
      const body = t.text.slice(p.bodyStart, p.bodyEnd);
      const value = p.format ? null : decodeStringToken(t.text);
      const invalid = p.format || p.raw ? null : firstInvalidEscape(body, p.bytes);
      if (invalid !== null) host.invalidEscape(t.start, t.start + p.bodyStart + invalid.index, invalid.sequence);
      if (k !== 0 && bytesmode !== p.bytes) throw new LiteralError('cannot mix bytes and nonbytes literals', 'after');
      bytesmode = p.bytes;
      if (p.format) {
        const stop = parser.parse(state, body, t.start + p.bodyStart, 0, p.raw, 0, host.span(t.start, t.end));
        if (stop < body.length) throw new LiteralError('f-string: unexpected end of string', 'after');
      } else if (value !== null && value.type === 'bytes') {
        chunks.push(value.value);
      } else if (value !== null && value.value.length > 0) {
        state.lastStr = (state.lastStr ?? '') + value.value;
      }
    } catch (e) {
      if (e instanceof LiteralError && e.tokenSpan === null) e.tokenSpan = { start: t.start, end: t.end };
      throw e;
    }
  });
  if (bytesmode) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return { kind: 'Constant', value: { type: 'bytes', value: out, tokens: tokens.length }, ...whole };
  }
  return parser.finish(state);
}
