// Shared machinery of the lezer-tree → syntax-tree conversion (convert-expr.ts, convert.ts):
// reading lezer's flat child lists, offsets and spans, and recording CPython's error candidates.

import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import type { Session, Unit } from './session';
import { exprName, invalidTarget } from './targets';
import type { Token } from './tokenizer';

/** The subtree cannot be converted (lezer reported an error in it, or its shape is broken). */
export class Skip extends Error {
  constructor(readonly at: number) {
    super('skip');
  }
}

/** A child of a lezer node (or a token lezer leaves out of its tree), with global offsets. */
export interface Item {
  name: string;
  from: number;
  to: number;
  node: SyntaxNode | null;
}

export interface ExprListResult {
  expr: A.Expr;
  elts: A.Expr[];
  /** The element items, for checks that look at tokens around them. */
  eltItems: { from: number; to: number }[];
  tuple: boolean;
  from: number;
  to: number;
}

export const BIN_OPS: Record<string, A.Operator> = {
  '+': 'Add',
  '-': 'Sub',
  '*': 'Mult',
  '@': 'MatMult',
  '/': 'Div',
  '%': 'Mod',
  '**': 'Pow',
  '<<': 'LShift',
  '>>': 'RShift',
  '|': 'BitOr',
  '^': 'BitXor',
  '&': 'BitAnd',
  '//': 'FloorDiv',
};

export abstract class ConverterBase {
  /** Converts an expression node (see convert-expr.ts). */
  abstract expr(n: SyntaxNode): A.Expr;

  readonly session: Session;
  /** Expressions written inside parentheses (a group), with the offsets of the parentheses. */
  protected readonly parens = new WeakMap<A.Expr, { from: number; to: number }>();
  /** Offsets of every converted expression. */
  protected readonly offsets = new WeakMap<A.Expr, { from: number; to: number }>();

  constructor(readonly unit: Unit) {
    this.session = unit.session;
  }

  protected span(from: number, to: number): A.Span {
    return this.session.span(from, to);
  }

  protected text(from: number, to: number): string {
    return this.session.src.slice(from, to);
  }

  protected kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      if (c.name !== 'Comment') out.push(c);
    }
    return out;
  }

  protected items(n: SyntaxNode, gaps = false): Item[] {
    const out: Item[] = this.kids(n).map((c) => ({ name: c.name, from: this.unit.from(c), to: this.unit.to(c), node: c }));
    if (!gaps) return out;
    const from = this.unit.from(n);
    const to = this.unit.to(n);
    const extra: Item[] = [];
    for (let i = this.unit.tokenIndexAt(from); i < this.unit.tokens.length; i++) {
      const t = this.unit.tokens[i];
      if (t.start >= to) break;
      if (t.type !== 'OP') continue;
      if (!out.some((it) => it.from <= t.start && t.end <= it.to)) extra.push({ name: t.text, from: t.start, to: t.end, node: null });
    }
    return [...out, ...extra].sort((a, b) => a.from - b.from || a.to - b.to);
  }

  protected node(it: Item | undefined): SyntaxNode {
    if (it === undefined || it.node === null) throw new Skip(it?.from ?? 0);
    return it.node;
  }

  protected check(n: SyntaxNode): void {
    if (n.type.isError) throw new Skip(this.unit.from(n));
  }

  protected record<T extends A.Expr>(e: T, from: number, to: number): T {
    this.offsets.set(e, { from, to });
    return e;
  }

  /** Offsets of an expression including the parentheses around it, if any. */
  protected outer(e: A.Expr): { from: number; to: number } {
    return this.parens.get(e) ?? this.offsets.get(e) ?? { from: 0, to: 0 };
  }

  protected inner(e: A.Expr): { from: number; to: number } {
    return this.offsets.get(e) ?? { from: 0, to: 0 };
  }

  /** Records a syntax error CPython's parser reports. */
  fail(message: string, from: number, to: number, key: number = from, kind: A.SourceDiagnostic['kind'] = 'SyntaxError', reach?: number): void {
    this.unit.candidates.push({ key, rank: 0, diag: this.session.diag(kind, message, from, to), reach: reach ?? key });
  }

  protected failAt(message: string, t: Token | undefined, key?: number): void {
    if (t === undefined) return;
    this.unit.candidates.push({ key: key ?? t.start, rank: 0, diag: this.session.tokenDiag('SyntaxError', message, t) });
  }

  protected failOnExpr(message: string, e: A.Expr, key?: number): void {
    const o = this.inner(e);
    this.fail(message, o.from, o.to, key ?? o.from);
  }

  protected identifier(from: number, to: number): string {
    const s = this.text(from, to);
    return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC');
  }

  /** Splits items at the given separator names. */
  protected split(its: readonly Item[], sep: (it: Item) => boolean): { parts: Item[][]; seps: Item[] } {
    const parts: Item[][] = [[]];
    const seps: Item[] = [];
    for (const it of its) {
      if (sep(it)) {
        parts.push([]);
        seps.push(it);
      } else {
        parts[parts.length - 1].push(it);
      }
    }
    return { parts, seps };
  }

  /** `expressions` / `commaSep<...>`: one expression, or an unparenthesized tuple. */
  protected exprList(its: readonly Item[]): ExprListResult {
    if (its.length === 0) throw new Skip(0);
    const elts: A.Expr[] = [];
    const eltItems: { from: number; to: number }[] = [];
    let i = 0;
    let tuple = false;
    while (i < its.length) {
      const it = its[i];
      if (it.name === ',') throw new Skip(it.from);
      if (it.name === '*') {
        elts.push(this.starred(it, its[i + 1]));
        eltItems.push({ from: it.from, to: its[i + 1]?.to ?? it.to });
        i += 2;
      } else {
        elts.push(this.expr(this.node(it)));
        eltItems.push({ from: it.from, to: it.to });
        i += 1;
      }
      if (i < its.length) {
        if (its[i].name !== ',') throw new Skip(its[i].from);
        tuple = true;
        i += 1;
      }
    }
    const from = its[0].from;
    const to = its[its.length - 1].to;
    if (!tuple) return { expr: elts[0], elts, eltItems, tuple, from, to };
    const t: A.TupleExpr = this.record({ kind: 'Tuple', elts, ctx: 'Load', ...this.span(from, to) }, from, to);
    return { expr: t, elts, eltItems, tuple, from, to };
  }

  protected starred(star: Item, value: Item | undefined): A.Starred {
    const v = this.expr(this.node(value));
    const to = value?.to ?? star.to;
    return this.record({ kind: 'Starred', value: v, ctx: 'Load', ...this.span(star.from, to) }, star.from, to);
  }

  /** The tokens of [from, to) (INDENT and DEDENT, which share offsets with others, left out). */
  protected tokensIn(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let i = this.unit.tokenIndexAt(from); i < this.unit.tokens.length; i++) {
      const t = this.unit.tokens[i];
      if (t.start >= to) break;
      if (t.type !== 'INDENT' && t.type !== 'DEDENT') out.push(t);
    }
    return out;
  }

  /** Splits tokens at the top-level tokens spelled `sepText` (a comma, `as`); empty parts are kept. */
  protected splitTokens(toks: readonly Token[], sepText: string): { parts: Token[][]; seps: Token[] } {
    const parts: Token[][] = [[]];
    const seps: Token[] = [];
    let depth = 0;
    for (const t of toks) {
      if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
      if (t.type === 'OP' && ')]}'.includes(t.text)) depth--;
      if (depth === 0 && (t.type === 'OP' || t.type === 'NAME') && t.text === sepText) {
        parts.push([]);
        seps.push(t);
      } else {
        parts[parts.length - 1].push(t);
      }
    }
    return { parts, seps };
  }

  protected matchingClose(toks: readonly Token[]): number {
    let depth = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.type !== 'OP') continue;
      if ('([{'.includes(t.text)) depth++;
      if (')]}'.includes(t.text)) {
        depth--;
        if (depth === 0) return i;
      }
    }
    return -1;
  }

  protected checkForTarget(target: A.Expr): void {
    const bad = invalidTarget(target, 'for');
    if (bad !== null) this.failOnExpr(`cannot assign to ${exprName(bad)}`, bad);
  }

  /** Takes over the offsets another converter recorded for `e` and the expressions inside it. */
  protected adopt(other: ConverterBase, e: A.Expr): void {
    for (const x of [e, ...collectExprs(e)]) {
      const o = other.offsets.get(x);
      if (o !== undefined) this.offsets.set(x, o);
      const p = other.parens.get(x);
      if (p !== undefined) this.parens.set(x, p);
    }
  }
}

/** Every expression inside `e` (for carrying offsets over from a sub-converter). */
function collectExprs(e: A.Expr): A.Expr[] {
  const out: A.Expr[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.kind === 'string' && 'line' in o) out.push(o as unknown as A.Expr);
    for (const [k, v] of Object.entries(o)) {
      if (k === 'value' && o.kind === 'Constant') continue;
      if (typeof v === 'object' && v !== null) visit(v);
    }
  };
  visit(e);
  return out;
}

