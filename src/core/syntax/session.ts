// One parse of a source text. A *unit* is a piece of text handed to lezer: the module itself,
// or an expression cut out of it (a with-item, a decorator, an f-string replacement field), so
// that lezer only ever sees the kinds of text its grammar gets right. Every unit is tokenized
// with our CPython-like tokenizer first; lezer then parses a same-length rewrite of the text in
// which names, numbers and strings lezer would mis-read are replaced by harmless stand-ins.
// All offsets kept in tokens, candidates and spans are offsets into the module source.

import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { SourceDiagnostic, Span } from './ast';
import { LineMap } from './lines';
import { splitStringToken } from './literals';
import { tokenize, type Token, type TokenizeResult } from './tokenizer';

/** A syntax error CPython could report; the one whose `key` comes first wins. */
export interface Candidate {
  /** Offset of the token at which CPython's parser stops (what decides which error is first). */
  key: number;
  /** Tie-break between candidates with the same key: lower wins. */
  rank: number;
  diag: SourceDiagnostic;
  /** CPython's "unexpected indent"/"unexpected unindent": later tokenizer errors do not replace it. */
  indentToken?: boolean;
  /** Offset of the furthest token CPython's parser reads for this error (default: key). */
  reach?: number;
}

export function bestCandidate(list: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of list) {
    if (best === null || c.key < best.key || (c.key === best.key && c.rank < best.rank)) best = c;
  }
  return best;
}

export class Session {
  readonly lines: LineMap;
  /** The first construct CPython Lens does not model, by position. */
  unsupported: Candidate | null = null;
  /** String literals with an escape CPython 3.12+ warn about: the literal's offset → the escape and where it is. */
  readonly invalidEscapes = new Map<number, { escapeOffset: number; sequence: string }>();

  constructor(readonly src: string) {
    this.lines = new LineMap(src);
  }

  span(from: number, to: number): Span {
    const a = this.lines.pos(this.clamp(from));
    const b = this.lines.pos(this.clamp(to));
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.src.length));
  }

  diag(kind: SourceDiagnostic['kind'], message: string, from: number, to: number = from): SourceDiagnostic {
    return { kind, message, ...this.span(from, to) };
  }

  /** A diagnostic placed on a token the way CPython places it on that kind of token. */
  tokenDiag(kind: SourceDiagnostic['kind'], message: string, t: Token): SourceDiagnostic {
    if (t.type === 'DEDENT' && t.start < this.src.length && this.src[t.start] !== '\n') {
      // A DEDENT token has no column: CPython's offset is the tokenizer's, at the end of the
      // indentation (so no caret shows). The editor marks column 0. (At the end of the input,
      // DEDENT tokens sit where ENDMARKER does.)
      const line = this.lines.lineOf(this.clamp(t.start));
      const offset = t.start - this.lines.lineStart(line);
      return { kind, message, line, col: 0, endLine: line, endCol: 0, detail: { offset, endOffset: -1 } };
    }
    if (t.type === 'INDENT') {
      const d = this.diag(kind, message, t.start, t.end);
      return { ...d, col: Math.max(0, t.end - t.start - 1), endCol: t.end - t.start, detail: { endOffset: -1 } };
    }
    if (t.type === 'DEDENT' || t.type === 'ENDMARKER') return { ...this.diag(kind, message, t.start, t.end), detail: { atEndOfInput: true, endOffset: -1 } };
    if (t.type === 'NEWLINE') return { ...this.diag(kind, message, t.start, t.end), detail: { atNewline: true } };
    return this.diag(kind, message, t.start, t.end);
  }

  noteUnsupported(construct: string, from: number, to: number): void {
    if (this.unsupported !== null && this.unsupported.key <= from) return;
    this.unsupported = {
      key: from,
      rank: 0,
      diag: this.diag('Unsupported', `not modelled by CPython Lens: ${construct}`, from, to),
    };
  }
}

export type UnitKind = 'module' | 'region' | 'fstring';
export type RegionKind = 'with' | 'decorator' | 'match' | 'case';

export class Unit {
  readonly tokens: Token[];
  readonly tree: Tree;
  /** The tokenizer's first error, with global offsets. */
  readonly tokenizerError: { diag: SourceDiagnostic; offset: number; deferred: boolean } | null;
  readonly unclosed: { char: string; offset: number } | null;
  /** Global offsets of lezer error nodes that are real errors (sorted). */
  readonly errorOffsets: number[] = [];
  /** The first real lezer error node. */
  firstError: { node: SyntaxNode; offset: number } | null = null;
  /** Syntax-error candidates found in this unit. */
  readonly candidates: Candidate[] = [];
  /**
   * With-statement headers, decorators and the headers of match statements and their cases
   * replaced by a placeholder in lezer's text (global offsets; a match or case region runs from
   * its keyword to its colon).
   */
  readonly regions: { kind: RegionKind; from: number; to: number; missingColon?: boolean }[] = [];

  constructor(
    readonly session: Session,
    readonly kind: UnitKind,
    /** Global offset of the unit text's first character. */
    readonly base: number,
    text: string,
    tok: TokenizeResult,
    levelOffset: number,
  ) {
    const local = tok.tokens;
    this.tokens = local.map((t) => ({
      ...t,
      start: session.clamp(t.start + base),
      end: session.clamp(t.end + base),
      level: Math.max(0, t.level + levelOffset),
    }));
    this.tokenizerError = null;
    if (tok.error !== null) {
      if (kind === 'module') {
        this.tokenizerError = { diag: tok.error, offset: session.lines.lineStart(tok.error.line) + tok.error.col, deferred: tok.deferred };
      } else {
        const lm = new LineMap(text);
        const local0 = lm.lineStart(tok.error.line) + tok.error.col;
        const from = local0 + base;
        const to = lm.lineStart(tok.error.endLine) + tok.error.endCol + base;
        // an error about the closing parenthesis we added is not the text's own
        if (local0 < text.length - 2) {
          this.tokenizerError = { diag: { ...tok.error, ...session.span(from, to) }, offset: session.clamp(from), deferred: tok.deferred };
        }
      }
    }
    this.unclosed = tok.unclosed === null ? null : { char: tok.unclosed.char, offset: tok.unclosed.offset + base };
    const lezerText = this.rewrite(text, local, kind === 'module');
    this.tree = parseWithLezer(lezerText);
    this.collectErrors();
  }

  /** Global offset of a lezer node's start / end. */
  from(n: SyntaxNode): number {
    return this.session.clamp(n.from + this.base);
  }
  to(n: SyntaxNode): number {
    return this.session.clamp(n.to + this.base);
  }

  /** Index of the first token starting at or after `offset`. */
  tokenIndexAt(offset: number): number {
    const ts = this.tokens;
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    // skip an INDENT that starts before `offset` but covers it
    return lo;
  }

  tokenAt(offset: number): Token | undefined {
    return this.tokens[this.tokenIndexAt(offset)];
  }

  /** Index of the token lezer's error at `offset` is about. */
  errorTokenIndex(offset: number): number {
    const i = this.tokenIndexAt(offset);
    const prev = this.tokens[i - 1];
    if (prev !== undefined && prev.type !== 'INDENT' && prev.start < offset && (offset < prev.end || (prev.type === 'NEWLINE' && offset <= prev.end))) return i - 1;
    return i;
  }

  /** The token right after the text ending at `offset`. */
  tokenAfter(offset: number): Token | undefined {
    return this.tokenAt(offset);
  }

  /** True if a real lezer error lies within [from, to] (an error right at the end counts). */
  errorIn(from: number, to: number): boolean {
    for (const e of this.errorOffsets) {
      if (e >= from && e <= to) return true;
      if (e > to) break;
    }
    return false;
  }

  // ---- rewriting for lezer -------------------------------------------------------------

  private rewrite(text: string, tokens: readonly Token[], statements: boolean): string {
    const chars = text.split('');
    const put = (at: number, s: string): void => {
      for (let i = 0; i < s.length; i++) chars[at + i] = s[i];
    };
    for (const t of tokens) {
      if (t.type === 'NAME' && t.text === 'print') {
        // lezer's grammar has a Python 2 print statement; a capital letter keeps it away
        put(t.start, 'P');
      } else if (t.type === 'NUMBER') {
        // lezer wants a digit after a decimal point ("1.", "1.e5", "1.j")
        for (let i = t.start; i < t.end; i++) {
          if (text[i] === '.' && !/[0-9]/.test(text[i + 1] ?? '')) put(i, '0');
        }
      } else if (t.type === 'STRING') {
        put(t.start, stringPlaceholder(t.text));
      }
    }
    if (statements) {
      // lezer only knows `with e as NAME` and `@dotted.name(args)`: hide with-items and
      // decorator expressions behind a name and parse them separately.
      let lineStart = true;
      /** `case` lines of the match statements found so far, by the token index of `case`. */
      const caseLines = new Map<number, { end: number; missingColon: boolean }>();
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (lineStart) {
          let k = i;
          if (tokens[k].type === 'NAME' && tokens[k].text === 'async') k++;
          const head = tokens[k];
          if (head !== undefined && head.type === 'NAME' && head.text === 'with') {
            let j = k + 1;
            while (j < tokens.length && tokens[j].type !== 'NEWLINE' && tokens[j].type !== 'ENDMARKER') {
              if (tokens[j].type === 'OP' && tokens[j].text === ':' && tokens[j].level === head.level) break;
              j++;
            }
            // without its colon, the header runs to the end of the line (lezer then reports the colon)
            if (j > k + 1 && j <= tokens.length) this.addRegion('with', tokens[k + 1].start, tokens[j - 1].end, text, put);
          } else if (head !== undefined && head.type === 'NAME' && head.text === 'match' && k === i) {
            // lezer's pattern grammar has gaps (`[]`, `C()`, ...): a match statement reaches lezer
            // as `if _:` with one `if _:` per case, so that lezer still parses the case bodies;
            // the subject, patterns and guards are parsed from the tokens (see patterns.ts)
            const header = matchHeaderEnd(tokens, k);
            if (header !== null) {
              this.hideHeader('match', tokens[k].start, tokens[header.end].start, header.missingColon, text, put);
              for (const c of caseHeaders(tokens, header.indent)) caseLines.set(c.head, c);
            }
          } else if (head !== undefined && head.type === 'NAME' && head.text === 'case' && k === i && caseLines.has(i)) {
            const c = caseLines.get(i) as { end: number; missingColon: boolean };
            this.hideHeader('case', head.start, tokens[c.end].start, c.missingColon, text, put);
          } else if (head !== undefined && head.type === 'OP' && head.text === '@') {
            let j = k + 1;
            while (j < tokens.length && tokens[j].type !== 'NEWLINE' && tokens[j].type !== 'ENDMARKER') j++;
            // a decorator the tokenizer never finished (open bracket) is left to lezer
            if (j > k + 1 && j < tokens.length) this.addRegion('decorator', tokens[k + 1].start, tokens[j - 1].end, text, put);
          }
        }
        lineStart = t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT';
      }
    }
    return chars.join('');
  }

  /**
   * Hides a match or case header (keyword to colon) behind `if _`; a missing colon is added
   * (the converter reports it once the header has parsed, as CPython does).
   */
  private hideHeader(kind: 'match' | 'case', from: number, to: number, missingColon: boolean, text: string, put: (at: number, s: string) => void): void {
    const s = text.slice(from, to);
    let out: string;
    if (!s.includes('\n')) {
      out = 'if _' + ' '.repeat(s.length - 4);
    } else {
      // spread over lines (inside brackets or with backslashes): brackets keep the newlines insignificant
      let mid = '';
      for (let i = 0; i < s.length; i++) mid += s[i] === '\n' ? '\n' : s[i] === '\\' && s[i + 1] === '\n' ? '\\' : ' ';
      out = 'if (_' + mid.slice(5, -1) + ')';
    }
    if (missingColon) out = out.slice(0, -1) + ':';
    put(from, out);
    this.regions.push({ kind, from: from + this.base, to: to + this.base, missingColon });
  }

  private addRegion(kind: 'with' | 'decorator', from: number, to: number, text: string, put: (at: number, s: string) => void): void {
    const s = text.slice(from, to);
    let out: string;
    if (!s.includes('\n')) {
      out = '_' + ' '.repeat(s.length - 1);
    } else {
      // spread over lines (inside brackets or with backslashes): brackets keep the newlines
      // insignificant; a with-item is any expression, a decorator a name with arguments
      let mid = '';
      for (let i = 0; i < s.length; i++) mid += s[i] === '\n' ? '\n' : s[i] === '\\' && s[i + 1] === '\n' ? '\\' : ' ';
      out = (kind === 'with' ? '(_' : '_(') + mid.slice(2, -1) + ')';
    }
    put(from, out);
    this.regions.push({ kind, from: from + this.base, to: to + this.base });
  }

  // ---- lezer errors ------------------------------------------------------------------

  private collectErrors(): void {
    const cursor = this.tree.cursor();
    const found: { node: SyntaxNode; offset: number }[] = [];
    for (;;) {
      if (cursor.type.isError) {
        const node = cursor.node;
        if (!this.benign(node)) found.push({ node, offset: this.from(node) });
      }
      if (!cursor.next()) break;
    }
    found.sort((a, b) => a.offset - b.offset);
    for (const f of found) this.errorOffsets.push(f.offset);
    this.firstError = found[0] ?? null;
  }

  /** Lezer errors on valid Python that the converter handles itself. */
  private benign(node: SyntaxNode): boolean {
    const prev = node.prevSibling;
    const parent = node.parent;
    // lezer's own match statements (headers not hidden, see rewrite): its pattern grammar has
    // gaps ([], C()); the statement is reported by the converter
    for (let a = parent; a !== null; a = a.parent) if (a.name === 'MatchStatement') return true;
    // a bare `yield` (lezer's grammar wants a value after it)
    if (prev !== null && prev.name === 'yield' && parent !== null && (parent.name === 'YieldExpression' || parent.name === 'YieldStatement')) {
      if (node.from !== node.to) {
        // lezer skipped the newline to take the next (more indented) line as the value:
        // the unexpected indent is reported by the block-structure check
        return /^\s*$/.test(this.session.src.slice(this.from(node), this.to(node)));
      }
      const next = this.tokenAt(this.from(node));
      if (next === undefined) return false;
      if (next.type === 'NEWLINE' || next.type === 'ENDMARKER') return true;
      return next.type === 'OP' && (next.text === ')' || next.text === ';' || next.text === '=');
    }
    // a trailing comma in a lambda's parameters: `lambda a,: 0`
    if (node.from === node.to && prev !== null && prev.name === ',' && parent !== null && parent.name === 'ParamList' && parent.parent?.name === 'LambdaExpression') {
      const next = this.tokenAt(this.from(node));
      return next !== undefined && next.type === 'OP' && next.text === ':';
    }
    // the `/` of positional-only lambda parameters
    if (parent !== null && parent.name === 'ParamList' && node.to - node.from === 1) {
      const t = this.tokenAt(this.from(node));
      return t !== undefined && t.type === 'OP' && t.text === '/' && parent.parent !== null && parent.parent.name === 'LambdaExpression';
    }
    return false;
  }
}

/** Index of the NEWLINE ending the logical line that token `k` is on, or -1. */
function lineEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && tokens[j].type !== 'NEWLINE' && tokens[j].type !== 'ENDMARKER') j++;
  return tokens[j]?.type === 'NEWLINE' ? j : -1;
}

function isOpToken(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.type === 'OP' && t.text === text;
}

/**
 * The header of the match statement whose `match` is token `k`: `end` is its colon (or, for
 * `match x` + NEWLINE + an indented `case`, the NEWLINE), `indent` the INDENT of its block.
 * Null when the line is not a match statement (`match = 3`, `match(x)`).
 */
function matchHeaderEnd(tokens: readonly Token[], k: number): { end: number; indent: number; missingColon: boolean } | null {
  const nl = lineEnd(tokens, k);
  if (nl < k + 2 || tokens[nl + 1]?.type !== 'INDENT') return null;
  const last = tokens[nl - 1];
  if (isOpToken(last, ':') && last.level === tokens[k].level) return nl - 1 > k + 1 ? { end: nl - 1, indent: nl + 1, missingColon: false } : null;
  // `match x` without its colon: only when a case block follows
  const next = tokens[nl + 2];
  if (next !== undefined && next.type === 'NAME' && next.text === 'case') return { end: nl, indent: nl + 1, missingColon: true };
  return null;
}

/**
 * The `case` headers directly inside the block opened by the INDENT token at `indent`: `end` is
 * the first colon outside brackets (a body may follow on the same line), or the NEWLINE.
 */
function caseHeaders(tokens: readonly Token[], indent: number): { head: number; end: number; missingColon: boolean }[] {
  const out: { head: number; end: number; missingColon: boolean }[] = [];
  let depth = 0;
  for (let i = indent; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'INDENT') depth++;
    else if (t.type === 'DEDENT' && --depth === 0) break;
    const prev = tokens[i - 1];
    if (depth === 1 && t.type === 'NAME' && t.text === 'case' && (prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT')) {
      let end = i + 1;
      while (end < tokens.length && tokens[end].type !== 'NEWLINE' && tokens[end].type !== 'ENDMARKER' && !(isOpToken(tokens[end], ':') && tokens[end].level === t.level)) end++;
      if (end > i + 1 && end < tokens.length && tokens[end].type !== 'ENDMARKER') out.push({ head: i, end, missingColon: tokens[end].type === 'NEWLINE' });
    }
  }
  return out;
}

/**
 * parser.parse(text), without lezer's guard against deep left-associative trees: after 300
 * reductions of a large node at the same position it forces the parse stack down, which breaks
 * long modules and long blocks (hundreds of statements). The guard's counter is reset between
 * steps; our token-level checks bound everything else.
 */
function parseWithLezer(text: string): Tree {
  const parse = parser.startParse(text);
  const counters = parse as unknown as { bigReductionCount?: number };
  for (;;) {
    if (typeof counters.bigReductionCount === 'number') counters.bigReductionCount = 0;
    const tree = parse.advance();
    if (tree !== null) return tree;
  }
}

function stringPlaceholder(text: string): string {
  if (!text.includes('\n')) return '"' + ' '.repeat(text.length - 2) + '"';
  const parts = splitStringToken(text);
  if (parts.triple) {
    return '"""' + text.slice(3, -3).replace(/[^\n]/g, ' ') + '"""';
  }
  let mid = '';
  const inner = text.slice(1, -1);
  for (let i = 0; i < inner.length; i++) mid += inner[i] === '\n' ? '\n' : inner[i] === '\\' && inner[i + 1] === '\n' ? '\\' : ' ';
  return '"' + mid + '"';
}

/** Builds the unit for the text `(` + src[from, to) + `)`: an expression cut out of the module. */
export function expressionUnit(session: Session, from: number, to: number, kind: 'region' | 'fstring', level = 0): Unit {
  const text = '(' + session.src.slice(from, to) + ')\n';
  const tok = tokenize(text);
  // token levels as in the module: the wrapping parenthesis stands for `level` real ones
  return new Unit(session, kind, from - 1, text, tok, kind === 'region' ? level - 1 : 0);
}
