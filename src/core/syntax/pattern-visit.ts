// Walks a pattern the way CPython's symbol table does (Python/symtable.c,
// symtable_visit_pattern): the expressions it evaluates and the names it binds, in order.

import type * as A from './ast';

export interface PatternVisitor {
  expr(e: A.Expr): void;
  /** A capture: `name`, `x as name`, `*name`, `**name` (span: the pattern that binds it). */
  bind(name: string, at: A.Span): void;
}

export function visitPattern(p: A.Pattern, v: PatternVisitor): void {
  switch (p.kind) {
    case 'MatchValue':
      v.expr(p.value);
      return;
    case 'MatchSingleton':
      return;
    case 'MatchSequence':
    case 'MatchOr':
      for (const x of p.patterns) visitPattern(x, v);
      return;
    case 'MatchStar':
      if (p.name !== null) v.bind(p.name, p);
      return;
    case 'MatchMapping':
      for (const k of p.keys) v.expr(k);
      for (const x of p.patterns) visitPattern(x, v);
      if (p.rest !== null) v.bind(p.rest, p);
      return;
    case 'MatchClass':
      v.expr(p.cls);
      for (const x of p.patterns) visitPattern(x, v);
      for (const x of p.kwdPatterns) visitPattern(x, v);
      return;
    case 'MatchAs':
      if (p.pattern !== null) visitPattern(p.pattern, v);
      if (p.name !== null) v.bind(p.name, p);
      return;
  }
}
