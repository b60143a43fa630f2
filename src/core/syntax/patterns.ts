// The patterns of a `case` clause (PEP 634), parsed from its tokens by recursive descent
// following CPython 3.11's grammar (Grammar/python.gram: patterns ... class_pattern).
// @lezer/python's pattern grammar is incomplete (no `[]` or `C()` patterns, among others), so
// lezer never sees a case header (session.ts hides it); its tokens come here instead.

import type * as A from './ast';
import { decodeNumber } from './literals';
import { KEYWORDS, type Token } from './tokenizer';

/** What the parser needs from the converter that owns the tokens. */
export interface PatternHost {
  span(from: number, to: number): A.Span;
  identifier(from: number, to: number): string;
  /** A run of adjacent STRING tokens, concatenated (f-strings included). */
  strings(from: number, to: number): A.Expr;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A syntax error CPython's parser reports inside a pattern. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly from: number,
    readonly to: number,
  ) {
    super(message);
  }
}

export class PatternParser {
  private i = 0;
  private readonly offsets = new WeakMap<object, { from: number; to: number }>();

  constructor(
    private readonly host: PatternHost,
    /** The pattern's tokens; `end` is the token after them (`if` of a guard, or the colon). */
    private readonly toks: readonly Token[],
    private readonly end: Token,
  ) {}

  /** `patterns`: an open sequence pattern (`case a, *b:`) or a single pattern. */
  patterns(): A.Pattern {
    const first = this.peek();
    const p = this.maybeStar();
    let result: A.Pattern = p;
    if (this.isOp(',')) {
      const items = [p];
      let last = this.next();
      while (!this.atEnd() && !this.isOp(',')) {
        items.push(this.maybeStar());
        last = this.toks[this.i - 1];
        if (!this.isOp(',')) break;
        last = this.next();
      }
      result = this.at({ kind: 'MatchSequence', patterns: items }, first.start, last.end);
    } else if (p.kind === 'MatchStar') {
      this.unexpected();
    }
    if (!this.atEnd()) this.unexpected();
    return result;
  }

  // ---- pattern, as_pattern, or_pattern ---------------------------------------------------

  private pattern(): A.Pattern {
    const start = this.peek().start;
    const or = this.orPattern();
    if (!this.isName('as')) return or;
    this.next();
    const t = this.peek();
    if (t.type === 'NAME' && t.text === '_') throw new PatternError("cannot use '_' as a target", t.start, t.end);
    if (t.type !== 'NAME' || KEYWORDS.has(t.text)) {
      if (t === this.end || t.type === 'OP') this.unexpected();
      throw new PatternError('invalid pattern target', t.start, t.end);
    }
    this.next();
    if (this.isOp('.') || this.isOp('(') || this.isOp('=')) this.unexpected();
    return this.at({ kind: 'MatchAs', pattern: or, name: this.host.identifier(t.start, t.end) }, start, t.end);
  }

  private orPattern(): A.Pattern {
    const start = this.peek().start;
    const alts = [this.closed()];
    while (this.isOp('|')) {
      this.next();
      alts.push(this.closed());
    }
    if (alts.length === 1) return alts[0];
    return this.at({ kind: 'MatchOr', patterns: alts }, start, this.toks[this.i - 1].end);
  }

  /** `maybe_star_pattern`: a pattern, or `*name` / `*_` inside a sequence. */
  private maybeStar(): A.Pattern {
    if (!this.isOp('*')) return this.pattern();
    const star = this.next();
    const t = this.peek();
    if (t.type !== 'NAME' || KEYWORDS.has(t.text)) this.unexpected();
    this.next();
    if (t.text !== '_' && (this.isOp('.') || this.isOp('(') || this.isOp('='))) this.unexpected();
    return this.at({ kind: 'MatchStar', name: t.text === '_' ? null : this.host.identifier(t.start, t.end) }, star.start, t.end);
  }

  // ---- closed patterns -----------------------------------------------------------------

  private closed(): A.Pattern {
    const t = this.peek();
    if (t.type === 'NUMBER' || (t.type === 'OP' && t.text === '-')) {
      const value = this.number();
      return this.at({ kind: 'MatchValue', value }, this.from(value), this.to(value));
    }
    if (t.type === 'STRING') {
      const value = this.strings();
      return this.at({ kind: 'MatchValue', value }, this.from(value), this.to(value));
    }
    if (t.type === 'NAME') {
      const singleton = singletonOf(t.text);
      if (singleton !== null) {
        this.next();
        return this.at({ kind: 'MatchSingleton', value: singleton }, t.start, t.end);
      }
      if (KEYWORDS.has(t.text)) this.unexpected();
      if (t.text === '_') {
        // wildcard_pattern comes before value and class patterns: `_.x` and `_()` stop at the dot
        this.next();
        return this.at({ kind: 'MatchAs', pattern: null, name: null }, t.start, t.end);
      }
      const name = this.nameOrAttr();
      if (this.isOp('(')) return this.classPattern(name);
      if (name.kind === 'Attribute') {
        if (this.isOp('=')) this.unexpected();
        return this.at({ kind: 'MatchValue', value: name }, this.from(name), this.to(name));
      }
      if (this.isOp('=')) this.unexpected();
      return this.at({ kind: 'MatchAs', pattern: null, name: name.id }, this.from(name), this.to(name));
    }
    if (t.type === 'OP' && t.text === '(') return this.groupOrSequence();
    if (t.type === 'OP' && t.text === '[') return this.listSequence();
    if (t.type === 'OP' && t.text === '{') return this.mapping();
    return this.unexpected();
  }

  /** `signed_number` or `complex_number`: `1`, `-1.5`, `-1 + 2j`. */
  private number(): A.Expr {
    const real = this.signed();
    if (!this.isOp('+') && !this.isOp('-')) return real;
    const realNumber = real.kind === 'UnaryOp' ? real.operand : real;
    if (realNumber.kind === 'Constant' && realNumber.value.type === 'complex') {
      throw new PatternError('real number required in complex literal', this.from(real), this.to(real));
    }
    const op = this.next().text === '+' ? 'Add' : 'Sub';
    const t = this.peek();
    if (t.type !== 'NUMBER') this.unexpected();
    this.next();
    const imag = this.constant(t);
    if (imag.value.type !== 'complex') throw new PatternError('imaginary number required in complex literal', t.start, t.end);
    return this.at({ kind: 'BinOp', left: real, op, right: imag }, this.from(real), t.end);
  }

  private signed(): A.Expr {
    const t = this.peek();
    if (t.type === 'OP' && t.text === '-') {
      this.next();
      const n = this.peek();
      if (n.type !== 'NUMBER') this.unexpected();
      this.next();
      return this.at({ kind: 'UnaryOp', op: 'USub', operand: this.constant(n) }, t.start, n.end);
    }
    this.next();
    return this.constant(t);
  }

  private constant(t: Token): A.Constant {
    return this.at({ kind: 'Constant', value: decodeNumber(t.text) }, t.start, t.end);
  }

  private strings(): A.Expr {
    const first = this.peek();
    let last = first;
    while (this.peek().type === 'STRING') last = this.next();
    const e = this.host.strings(first.start, last.end);
    this.offsets.set(e, { from: first.start, to: last.end });
    return e;
  }

  /** `name_or_attr`: `a` or `a.b.c` (Load context). */
  private nameOrAttr(): A.Name | A.Attribute {
    const t = this.next();
    let e: A.Name | A.Attribute = this.at({ kind: 'Name', id: this.host.identifier(t.start, t.end), ctx: 'Load' }, t.start, t.end);
    while (this.isOp('.')) {
      this.next();
      const a = this.peek();
      if (a.type !== 'NAME' || KEYWORDS.has(a.text)) this.unexpected();
      this.next();
      e = this.at({ kind: 'Attribute', value: e, attr: this.host.identifier(a.start, a.end), ctx: 'Load' }, t.start, a.end);
    }
    return e;
  }

  private groupOrSequence(): A.Pattern {
    const open = this.next();
    if (this.isOp(')')) {
      const close = this.next();
      return this.at({ kind: 'MatchSequence', patterns: [] }, open.start, close.end);
    }
    const first = this.maybeStar();
    if (this.isOp(')') && first.kind !== 'MatchStar') {
      // a group: the pattern keeps its own position
      this.next();
      return first;
    }
    if (!this.isOp(',')) this.unexpected();
    const items = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(')')) break;
      items.push(this.maybeStar());
    }
    const close = this.expectOp(')');
    return this.at({ kind: 'MatchSequence', patterns: items }, open.start, close.end);
  }

  private listSequence(): A.Pattern {
    const open = this.next();
    const items: A.Pattern[] = [];
    while (!this.isOp(']')) {
      items.push(this.maybeStar());
      if (!this.isOp(',')) break;
      this.next();
    }
    const close = this.expectOp(']');
    return this.at({ kind: 'MatchSequence', patterns: items }, open.start, close.end);
  }

  private mapping(): A.Pattern {
    const open = this.next();
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        this.next();
        const t = this.peek();
        if (t.type !== 'NAME' || KEYWORDS.has(t.text) || t.text === '_') this.unexpected();
        this.next();
        if (this.isOp('.') || this.isOp('(') || this.isOp('=')) this.unexpected();
        rest = this.host.identifier(t.start, t.end);
        // only a trailing comma may follow `**rest`
        if (this.isOp(',')) this.next();
        break;
      }
      keys.push(this.mappingKey());
      this.expectOp(':');
      patterns.push(this.pattern());
      if (!this.isOp(',')) break;
      this.next();
    }
    const close = this.expectOp('}');
    return this.at({ kind: 'MatchMapping', keys, patterns, rest }, open.start, close.end);
  }

  /** `literal_expr | attr`: a key of a mapping pattern. */
  private mappingKey(): A.Expr {
    const t = this.peek();
    if (t.type === 'NUMBER' || (t.type === 'OP' && t.text === '-')) return this.number();
    if (t.type === 'STRING') return this.strings();
    if (t.type === 'NAME') {
      const singleton = singletonOf(t.text);
      if (singleton !== null) {
        this.next();
        return this.at({ kind: 'Constant', value: singleton }, t.start, t.end);
      }
      if (KEYWORDS.has(t.text)) this.unexpected();
      const name = this.nameOrAttr();
      if (name.kind === 'Name') this.unexpected();
      return name;
    }
    return this.unexpected();
  }

  private classPattern(cls: A.Name | A.Attribute): A.Pattern {
    this.next();
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    /** Positional patterns written after keyword patterns (an error once the list is complete). */
    const misplaced: A.Pattern[] = [];
    while (!this.isOp(')')) {
      const t = this.peek();
      if (t.type === 'NAME' && !KEYWORDS.has(t.text) && this.isOp('=', 1)) {
        if (misplaced.length > 0) break;
        this.next();
        this.next();
        kwdAttrs.push(this.host.identifier(t.start, t.end));
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdPatterns.length > 0) misplaced.push(p);
        else patterns.push(p);
      }
      if (!this.isOp(',')) break;
      this.next();
    }
    if (misplaced.length > 0) {
      throw new PatternError('positional patterns follow keyword patterns', this.from(misplaced[0]), this.to(misplaced[misplaced.length - 1]));
    }
    const close = this.expectOp(')');
    return this.at({ kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns }, this.from(cls), close.end);
  }

  // ---- nodes and tokens ----------------------------------------------------------------

  /** Gives a node its CPython position and remembers its source offsets. */
  private at<T extends A.Pattern | A.Expr>(node: DistributiveOmit<T, keyof A.Span>, from: number, to: number): T {
    const located = { ...node, ...this.host.span(from, to) } as unknown as T;
    this.offsets.set(located, { from, to });
    return located;
  }

  private from(node: A.Pattern | A.Expr): number {
    return (this.offsets.get(node) as { from: number }).from;
  }

  private to(node: A.Pattern | A.Expr): number {
    return (this.offsets.get(node) as { to: number }).to;
  }


  private peek(ahead = 0): Token {
    return this.toks[this.i + ahead] ?? this.end;
  }

  private next(): Token {
    const t = this.peek();
    if (this.i < this.toks.length) this.i++;
    return t;
  }

  private atEnd(): boolean {
    return this.i >= this.toks.length;
  }

  private isOp(text: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t !== this.end && t.type === 'OP' && t.text === text;
  }

  private isName(text: string): boolean {
    const t = this.peek();
    return t !== this.end && t.type === 'NAME' && t.text === text;
  }

  private expectOp(text: string): Token {
    if (!this.isOp(text)) this.unexpected();
    return this.next();
  }

  /** CPython's generic error at the first token the grammar cannot take. */
  private unexpected(): never {
    const t = this.peek();
    throw new PatternError('invalid syntax', t.start, t.end);
  }
}

function singletonOf(name: string): A.MatchSingleton['value'] | null {
  if (name === 'None') return { type: 'None' };
  if (name === 'True') return { type: 'bool', value: true };
  if (name === 'False') return { type: 'bool', value: false };
  return null;
}
