// Match statements: lezer sees `if _:` for the header and for each case (session.ts), so the
// case bodies come from lezer's tree while the subject and guards are parsed as expression
// regions and the patterns from the tokens (patterns.ts).

import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import { Skip, type Item } from './convert-base';
import { PatternError, PatternParser } from './patterns';
import type { Unit } from './session';
import type { Token } from './tokenizer';

/** A match or case header hidden from lezer (Unit.regions): keyword to colon (or NEWLINE). */
interface Header {
  from: number;
  to: number;
  missingColon?: boolean;
}

/** What the statement converter lends to the match conversion. */
export interface MatchHost {
  unit: Unit;
  regionExpr(from: number, to: number, allowStar: boolean): A.Expr;
  body(it: Item | undefined): A.Stmt[];
  strings(from: number, to: number): A.Expr;
  items(n: SyntaxNode): Item[];
  kids(n: SyntaxNode): SyntaxNode[];
  tokensIn(from: number, to: number): Token[];
  identifier(from: number, to: number): string;
  fail(message: string, from: number, to: number): void;
  failAt(message: string, t: Token | undefined): void;
}

/** `its`: the items of lezer's `if _:` statement standing for the match statement at `header`. */
export function matchStatement(host: MatchHost, its: Item[], header: Header): A.Match {
  const unit = host.unit;
  const subject = matchSubject(host, header);
  expectColon(host, header);
  const block = its[2];
  if (its.length !== 3 || block?.node == null) throw new Skip(header.from);
  const cases: A.MatchCase[] = [];
  let sawColon = false;
  for (const c of host.kids(block.node)) {
    if (c.name === ':' && !sawColon) {
      sawColon = true;
      continue;
    }
    const from = unit.from(c);
    if (c.type.isError) throw new Skip(from);
    const region = c.name === 'IfStatement' ? unit.regions.find((r) => r.kind === 'case' && r.from === from) : undefined;
    if (region === undefined) {
      // only case blocks may follow `match x:`
      host.failAt('invalid syntax', firstToken(host, from));
      throw new Skip(from);
    }
    cases.push(matchCase(host, host.items(c), region));
  }
  if (cases.length === 0) throw new Skip(header.from);
  const start = unit.session.span(header.from, header.from);
  const last = cases[cases.length - 1].body;
  const end = last[last.length - 1];
  return { kind: 'Match', subject, cases, line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol };
}

/** `subject_expr`: `star_named_expression ',' star_named_expressions?` (a tuple) or `named_expression`. */
function matchSubject(host: MatchHost, header: Header): A.Expr {
  const toks = host.tokensIn(header.from, header.to).slice(1);
  const colon = host.unit.tokenAt(header.to);
  const parts = splitTopLevel(toks, (t) => t.type === 'OP' && t.text === ',');
  if (parts.length === 1) {
    // `match *a:` is no match statement: CPython's parser fails at the colon
    if (toks[0].type === 'OP' && toks[0].text === '*') {
      host.failAt('invalid syntax', colon);
      throw new Skip(header.from);
    }
    return host.regionExpr(toks[0].start, toks[toks.length - 1].end, false);
  }
  const elts: A.Expr[] = [];
  parts.forEach((p, k) => {
    if (p.length === 0) {
      if (k === parts.length - 1) return;
      host.failAt('invalid syntax', k === 0 ? toks[0] : undefined);
      throw new Skip(header.from);
    }
    elts.push(host.regionExpr(p[0].start, p[p.length - 1].end, true));
  });
  const first = toks[0];
  const last = toks[toks.length - 1];
  return { kind: 'Tuple', elts, ctx: 'Load', ...host.unit.session.span(first.start, last.end) };
}

function matchCase(host: MatchHost, its: Item[], header: Header): A.MatchCase {
  const unit = host.unit;
  if (its.length !== 3) {
    // an `else:` or `elif` lezer took for part of the case
    host.failAt('invalid syntax', firstToken(host, its[3]?.from ?? header.from));
    throw new Skip(header.from);
  }
  const toks = host.tokensIn(header.from, header.to).slice(1);
  const colon = unit.tokenAt(header.to) as Token;
  const guardAt = topLevelIndex(toks, (t) => t.type === 'NAME' && t.text === 'if');
  const patternToks = guardAt < 0 ? toks : toks.slice(0, guardAt);
  const afterPattern = guardAt < 0 ? colon : toks[guardAt];
  let pattern: A.Pattern;
  try {
    if (patternToks.length === 0) throw new PatternError('invalid syntax', afterPattern.start, afterPattern.end);
    const parser = new PatternParser({ span: (a, b) => unit.session.span(a, b), identifier: (a, b) => host.identifier(a, b), strings: (a, b) => host.strings(a, b) }, patternToks, afterPattern);
    pattern = parser.patterns();
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    host.fail(e.message, e.from, e.to);
    throw new Skip(e.from);
  }
  let guard: A.Expr | null = null;
  if (guardAt >= 0) {
    const g = toks.slice(guardAt + 1);
    if (g.length === 0) {
      host.failAt('invalid syntax', colon);
      throw new Skip(header.from);
    }
    // `guard: 'if' named_expression`: a tuple is not one
    const comma = topLevelIndex(g, (t) => t.type === 'OP' && t.text === ',');
    if (comma >= 0) {
      host.failAt('invalid syntax', g[comma]);
      throw new Skip(header.from);
    }
    guard = host.regionExpr(g[0].start, g[g.length - 1].end, false);
  }
  expectColon(host, header);
  return { kind: 'match_case', pattern, guard, body: host.body(its[2]) };
}

/** CPython's invalid_match_stmt / invalid_case_block: a header that parsed, without its colon. */
function expectColon(host: MatchHost, header: Header): void {
  if (!header.missingColon) return;
  host.failAt("expected ':'", host.unit.tokenAt(header.to));
  throw new Skip(header.to);
}

/** The first token of a statement (not the INDENT or DEDENT at its offset). */
function firstToken(host: MatchHost, from: number): Token | undefined {
  return host.tokensIn(from, host.unit.session.src.length)[0];
}

function topLevelIndex(toks: readonly Token[], test: (t: Token) => boolean): number {
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'OP' && ')]}'.includes(t.text)) depth--;
    else if (depth === 0 && test(t)) return i;
  }
  return -1;
}

function splitTopLevel(toks: readonly Token[], isSep: (t: Token) => boolean): Token[][] {
  const parts: Token[][] = [[]];
  let rest = toks;
  for (;;) {
    const k = topLevelIndex(rest, isSep);
    if (k < 0) break;
    parts[parts.length - 1].push(...rest.slice(0, k));
    parts.push([]);
    rest = rest.slice(k + 1);
  }
  parts[parts.length - 1].push(...rest);
  return parts;
}
