// Converts lezer's concrete tree into the syntax tree of ast.ts, with the node spans CPython's
// ast gives. Where lezer's grammar accepts more than CPython's (assignment targets, argument
// and parameter order, ...), the checks CPython's parser makes are made here and reported as
// error candidates with CPython's messages. This file: statements; convert-expr.ts: expressions.

import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import { BIN_OPS, Skip, type ExprListResult, type Item } from './convert-base';
import { ExpressionConverter, snippetParser } from './convert-expr';
import { matchStatement } from './convert-match';
import { expressionUnit, type RegionKind } from './session';
import { finalCandidate } from './syntax-errors';
import { exprName, invalidTarget, setContext } from './targets';
import type { Token } from './tokenizer';

/** Kinds of expression that CPython's bitwise_or rule can produce without parentheses. */
const BITWISE_OR_KINDS = new Set<A.Expr['kind']>([
  'Name', 'Attribute', 'Subscript', 'Call', 'Constant', 'JoinedStr', 'List', 'Tuple', 'Dict', 'Set', 'ListComp',
  'SetComp', 'DictComp', 'GeneratorExp', 'BinOp', 'Await',
]);

export class Converter extends ExpressionConverter {
  module(): A.Module {
    const top = this.unit.tree.topNode;
    const body: A.Stmt[] = [];
    for (const n of this.kids(top)) body.push(...this.statementSafe(n));
    return { kind: 'Module', body };
  }

  /** Converts a statement; a failure inside it does not stop the conversion of the others. */
  private statementSafe(n: SyntaxNode): A.Stmt[] {
    try {
      return this.statement(n);
    } catch (e) {
      if (e instanceof Skip) {
        // normally a lezer error or a recorded candidate explains it; if not, this does
        const at = Math.max(this.unit.from(n), e.at);
        const t = this.unit.tokenAt(at) ?? this.unit.tokens[this.unit.tokens.length - 1];
        if (t !== undefined) this.unit.candidates.push({ key: t.start, rank: 9, diag: this.session.tokenDiag('SyntaxError', 'invalid syntax', t) });
        return [];
      }
      // An unexpected shape: report CPython's generic error there unless something else explains it.
      this.unit.candidates.push({
        key: this.unit.from(n),
        rank: 9,
        diag: this.session.diag('SyntaxError', 'invalid syntax', this.unit.from(n), this.unit.to(n)),
      });
      return [];
    }
  }

  private simpleSpan(its: readonly Item[]): A.Span {
    const first = its[0];
    const last = its[its.length - 1];
    return this.span(first.from, last.to);
  }

  private statement(n: SyntaxNode): A.Stmt[] {
    const its = this.items(n);
    const from = this.unit.from(n);
    switch (n.name) {
      case 'Comment':
        return [];
      case 'StatementGroup': {
        const out: A.Stmt[] = [];
        for (const c of this.kids(n)) {
          if (c.name === ';') continue;
          out.push(...this.statement(c));
        }
        return out;
      }
      case 'ExpressionStatement': {
        const value = this.exprList(its).expr;
        return [{ kind: 'Expr', value, ...this.simpleSpan(its) }];
      }
      case 'AssignStatement':
        return [this.assign(its)];
      case 'UpdateStatement':
        return [this.augAssign(its)];
      case 'DeleteStatement':
        return [this.del(its)];
      case 'PassStatement':
        return [{ kind: 'Pass', ...this.simpleSpan(its) }];
      case 'BreakStatement':
        return [{ kind: 'Break', ...this.simpleSpan(its) }];
      case 'ContinueStatement':
        return [{ kind: 'Continue', ...this.simpleSpan(its) }];
      case 'ReturnStatement': {
        const rest = its.slice(1);
        return [{ kind: 'Return', value: rest.length === 0 ? null : this.exprList(rest).expr, ...this.simpleSpan(its) }];
      }
      case 'YieldStatement': {
        const y = this.yieldExpr(n);
        return [{ kind: 'Expr', value: y, ...this.span(from, this.unit.to(n)) }];
      }
      case 'RaiseStatement':
        return [this.raise(its)];
      case 'ImportStatement':
        return [this.importStmt(its)];
      case 'ScopeStatement': {
        const names: string[] = [];
        const lastItem = its[its.length - 1];
        if (lastItem.name === ',') this.failAt('invalid syntax', this.unit.tokenAfter(lastItem.to));
        for (const it of its.slice(1)) {
          if (it.name === ',') continue;
          if (it.name !== 'VariableName') throw new Skip(it.from);
          names.push(this.identifier(it.from, it.to));
        }
        const kind = its[0].name === 'global' ? 'Global' : 'Nonlocal';
        return [{ kind, names, ...this.simpleSpan(its) }];
      }
      case 'AssertStatement':
        return [this.assert(its)];
      case 'TypeDefinition':
        this.session.noteUnsupported('type alias statements (Python 3.12)', from, this.unit.to(n));
        return [{ kind: 'Pass', ...this.span(from, this.unit.to(n)) }];
      case 'IfStatement': {
        // a match statement reaches lezer as `if _:` (see Unit.rewrite)
        const match = this.unit.regions.find((r) => r.kind === 'match' && r.from === from);
        return [match !== undefined ? this.matchStmt(its, match) : this.ifStmt(its)];
      }
      case 'WhileStatement':
        return [this.whileStmt(its)];
      case 'ForStatement':
        return [this.forStmt(its)];
      case 'TryStatement':
        return [this.tryStmt(its)];
      case 'WithStatement':
        return [this.withStmt(its)];
      case 'FunctionDefinition':
        return [this.funcDef(its, [])];
      case 'ClassDefinition':
        return [this.classDef(its, [])];
      case 'DecoratedStatement':
        return [this.decorated(its)];
      case 'MatchStatement':
        // lezer's reading of a header the rewrite did not hide: a broken match statement
        throw new Skip(from);
      default:
        throw new Skip(from);
    }
  }

  private body(it: Item | undefined): A.Stmt[] {
    const n = this.node(it);
    if (n.name !== 'Body') throw new Skip(this.unit.from(n));
    const out: A.Stmt[] = [];
    let sawColon = false;
    for (const c of this.kids(n)) {
      if (c.name === ':' && !sawColon) {
        sawColon = true;
        continue;
      }
      if (c.type.isError) throw new Skip(this.unit.from(c));
      out.push(...this.statementSafe(c));
    }
    if (out.length === 0) throw new Skip(this.unit.to(n));
    return out;
  }

  private endOf(stmts: readonly A.Stmt[]): { endLine: number; endCol: number } {
    const last = stmts[stmts.length - 1];
    return { endLine: last.endLine, endCol: last.endCol };
  }

  private startOf(from: number): { line: number; col: number } {
    const s = this.span(from, from);
    return { line: s.line, col: s.col };
  }

  /** An assignment right-hand side: a yield expression or `expressions`. */
  private rhs(its: readonly Item[]): A.Expr {
    if (its.length === 1 && its[0].name === 'YieldExpression') return this.expr(this.node(its[0]));
    return this.exprList(its).expr;
  }

  private assign(its: Item[]): A.Stmt {
    const span = this.simpleSpan(its);
    const { parts, seps } = this.split(its, (it) => it.name === 'AssignOp');
    const first = parts[0];
    const last0 = first[first.length - 1];
    if (last0 !== undefined && last0.name === 'TypeDef') return this.annAssign(parts, seps, span);
    const n = parts.length;
    for (const p of parts.slice(0, -1)) if (p.length === 0) throw new Skip(its[0].from);
    const lists: (ExprListResult | null)[] = [];
    const targets: A.Expr[] = [];
    for (const p of parts.slice(0, -1)) {
      const l = p.length === 1 && p[0].name === 'YieldExpression' ? null : this.exprList(p);
      lists.push(l);
      targets.push(l?.expr ?? this.rhs(p));
    }
    // the targets are checked even when the value is broken (CPython looks at them first)
    let value: A.Expr | null = null;
    let valueList: ExprListResult | null = null;
    const vp = parts[n - 1];
    try {
      if (vp.length > 0) {
        valueList = vp.length === 1 && vp[0].name === 'YieldExpression' ? null : this.exprList(vp);
        value = valueList?.expr ?? this.rhs(vp);
      }
    } catch (e) {
      if (!(e instanceof Skip)) throw e;
    }
    if (!parts.slice(0, -1).some((p) => this.unit.errorIn(p[0].from, p[p.length - 1].to))) {
      this.checkAssignTargets(parts, [...lists, valueList], targets, seps);
    }
    if (value === null) throw new Skip(seps[seps.length - 1]?.to ?? its[0].from);
    for (const t of targets) setContext(t, 'Store');
    return { kind: 'Assign', targets, value, ...span };
  }

  /** CPython's invalid_assignment / invalid_named_expression rules for `t1 = t2 = ... = v`. */
  private checkAssignTargets(parts: Item[][], lists: (ExprListResult | null)[], exprs: A.Expr[], seps: Item[]): void {
    const valid = (k: number): boolean => lists[k] !== null && invalidTarget(exprs[k], 'star') === null;
    let allValid = true;
    for (let k = 0; k < parts.length - 1; k++) if (!valid(k)) allValid = false;
    if (allValid) return;
    // invalid_assignment, second alternative: the elements of the first part go through
    // invalid_named_expression (only the last one can be followed by '=').
    const l0 = lists[0];
    if (l0 !== null) {
      const k = l0.elts.length - 1;
      const e = l0.elts[k];
      const after = this.unit.tokenAfter(l0.eltItems[k].to);
      if (after !== undefined && after.type === 'OP' && after.text === '=' && lists[1] !== null && parts.length > 1) {
        const next = lists[1].elts[0];
        if (this.namedExpressionTrap(e, next, l0.eltItems[k])) return;
      }
    }
    // fourth alternative: (star_targets '=')* a=star_expressions '='
    for (let k = 0; k < parts.length - 1; k++) {
      if (valid(k)) continue;
      if (lists[k] === null) {
        const o = this.outer(exprs[k]);
        this.fail('assignment to yield expression not possible', this.inner(exprs[k]).from, this.inner(exprs[k]).to, o.from);
        return;
      }
      const bad = invalidTarget(exprs[k], 'star');
      if (bad !== null) {
        this.failOnExpr(`cannot assign to ${exprName(bad)}`, bad, seps[k]?.from);
      }
      return;
    }
  }

  /**
   * invalid_named_expression's second and third alternatives for `a = b` where `a` is the
   * expression `e`: returns true when CPython reports its error there.
   */
  private namedExpressionTrap(e: A.Expr, next: A.Expr, eItem: { from: number; to: number }): boolean {
    const b = this.bitwiseOrPrefix(next);
    if (b === null) return false;
    const afterB = this.unit.tokenAfter(this.outer(b).to);
    if (afterB !== undefined && afterB.type === 'OP' && (afterB.text === '=' || afterB.text === ':=')) return false;
    const paren = this.parens.get(e);
    if (e.kind === 'Name' && paren === undefined) {
      this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", eItem.from, this.outer(b).to);
      return true;
    }
    if (this.startsWithDisplay(e)) return false;
    if (paren === undefined && !BITWISE_OR_KINDS.has(e.kind) && !(e.kind === 'UnaryOp' && e.op !== 'Not')) return false;
    this.failOnExpr(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    return true;
  }

  /** `!(list|tuple|genexp|'True'|'None'|'False')` at the start of `e`. */
  private startsWithDisplay(e: A.Expr): boolean {
    let cur: A.Expr = e;
    for (;;) {
      if (this.parens.has(cur) && cur !== e) return false;
      if (cur.kind === 'List' || cur.kind === 'GeneratorExp') return true;
      if (cur.kind === 'Tuple') return this.text(this.outer(cur).from, this.outer(cur).from + 1) === '(';
      if (cur.kind === 'Constant' && (cur.value.type === 'None' || cur.value.type === 'bool')) return true;
      if (this.parens.has(cur)) return false;
      if (cur.kind === 'Attribute' || cur.kind === 'Subscript') cur = cur.value;
      else if (cur.kind === 'Call') cur = cur.func;
      else if (cur.kind === 'BinOp') cur = cur.left;
      else if (cur.kind === 'Compare') cur = cur.left;
      else if (cur.kind === 'BoolOp') cur = cur.values[0];
      else if (cur.kind === 'IfExp') cur = cur.body;
      else return false;
    }
  }

  /** The expression CPython's bitwise_or rule parses at the start of `e`, or null. */
  private bitwiseOrPrefix(e: A.Expr): A.Expr | null {
    let cur: A.Expr = e;
    for (;;) {
      if (this.parens.has(cur)) return cur;
      if (cur.kind === 'Compare') cur = cur.left;
      else if (cur.kind === 'BoolOp') cur = cur.values[0];
      else if (cur.kind === 'IfExp') cur = cur.body;
      else if (cur.kind === 'UnaryOp' && cur.op === 'Not') return null;
      else if (cur.kind === 'Lambda' || cur.kind === 'Starred' || cur.kind === 'Yield' || cur.kind === 'YieldFrom' || cur.kind === 'NamedExpr') return null;
      else if (cur.kind === 'Tuple' && !this.parens.has(cur) && this.text(this.outer(cur).from, this.outer(cur).from + 1) !== '(') cur = cur.elts[0];
      else return cur;
    }
  }

  private annAssign(parts: Item[][], seps: Item[], span: A.Span): A.Stmt {
    const first = parts[0];
    const typeDef = first[first.length - 1];
    const targetItems = first.slice(0, -1);
    if (targetItems.length === 0) throw new Skip(typeDef.from);
    const tl = this.exprList(targetItems);
    const target = tl.expr;
    const paren = this.parens.get(target);
    const single = !tl.tuple && (target.kind === 'Attribute' || target.kind === 'Subscript' || target.kind === 'Name');
    let annotation: A.Expr;
    // CPython only reads past the ':' for a single target
    const colonError = (): void => {
      if (!single) this.failAt('invalid syntax', this.unit.tokenAt(typeDef.from));
    };
    if (this.unit.errorIn(typeDef.from, typeDef.to)) colonError();
    try {
      const annNode = this.kids(this.node(typeDef));
      annotation = this.expr(annNode[annNode.length - 1]);
    } catch (e) {
      if (e instanceof Skip) colonError();
      throw e;
    }
    if (parts.length > 2) {
      this.failAt('invalid syntax', this.unit.tokenAt(seps[1].from));
    }
    const value = parts.length > 1 ? this.rhs(parts[1]) : null;
    let simple = false;
    if (!this.unit.errorIn(targetItems[0].from, typeDef.to)) {
      if (tl.tuple) {
        this.failOnExpr('only single target (not tuple) can be annotated', tl.elts[0]);
      } else if (target.kind === 'List' || (target.kind === 'Tuple' && paren === undefined)) {
        this.failOnExpr(`only single target (not ${exprName(target)}) can be annotated`, target, this.outer(target).from);
      } else if (target.kind === 'Tuple') {
        this.fail('only single target (not tuple) can be annotated', paren?.from ?? 0, paren?.to ?? 0);
      } else if (target.kind === 'Name') {
        simple = paren === undefined;
      } else if (target.kind !== 'Attribute' && target.kind !== 'Subscript') {
        this.failOnExpr('illegal target for annotation', target);
      }
    }
    setContext(target, 'Store');
    return { kind: 'AnnAssign', target, annotation, value, simple, ...span };
  }

  private augAssign(its: Item[]): A.Stmt {
    const span = this.simpleSpan(its);
    const opIndex = its.findIndex((it) => it.name === 'UpdateOp');
    if (opIndex <= 0 || opIndex === its.length - 1) throw new Skip(its[0].from);
    const tl = this.exprList(its.slice(0, opIndex));
    const opItem = its[opIndex];
    const opText = this.text(opItem.from, opItem.to).slice(0, -1);
    const op = BIN_OPS[opText];
    if (op === undefined) throw new Skip(opItem.from);
    const value = this.rhs(its.slice(opIndex + 1));
    const target = tl.expr;
    if (!this.unit.errorIn(its[0].from, opItem.from)) {
      if (tl.tuple || !(target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript')) {
        const o = tl.tuple ? { from: tl.from, to: tl.to } : this.inner(target);
        this.fail(`'${exprName(target)}' is an illegal expression for augmented assignment`, o.from, o.to);
      }
    }
    setContext(target, 'Store');
    return { kind: 'AugAssign', target, op, value, ...span };
  }

  private del(its: Item[]): A.Stmt {
    const span = this.simpleSpan(its);
    const rest = its.slice(1);
    const tl = this.exprList(rest);
    if (!this.unit.errorIn(its[0].from, its[its.length - 1].to)) {
      const bad = invalidTarget(tl.expr, 'del');
      if (bad !== null) this.failOnExpr(`cannot delete ${exprName(bad)}`, bad);
    }
    for (const t of tl.elts) setContext(t, 'Del');
    return { kind: 'Delete', targets: tl.elts, ...span };
  }

  private raise(its: Item[]): A.Stmt {
    const span = this.simpleSpan(its);
    const rest = its.slice(1);
    if (rest.length === 0) return { kind: 'Raise', exc: null, cause: null, ...span };
    const comma = rest.find((it) => it.name === ',');
    if (comma !== undefined) this.failAt('invalid syntax', this.unit.tokenAt(comma.from));
    const exc = this.expr(this.node(rest[0]));
    let cause: A.Expr | null = null;
    if (rest.length >= 3 && rest[1].name === 'from') cause = this.expr(this.node(rest[2]));
    return { kind: 'Raise', exc, cause, ...span };
  }

  private assert(its: Item[]): A.Stmt {
    const span = this.simpleSpan(its);
    const { parts, seps } = this.split(its.slice(1), (it) => it.name === ',');
    if (parts.length > 2) this.failAt('invalid syntax', this.unit.tokenAt(seps[1].from));
    else if (parts.length === 2 && parts[1].length === 0) this.failAt('invalid syntax', this.unit.tokenAfter(seps[0].to));
    if (parts[0].length !== 1) throw new Skip(its[0].from);
    const test = this.expr(this.node(parts[0][0]));
    const msg = parts.length > 1 && parts[1].length === 1 ? this.expr(this.node(parts[1][0])) : null;
    return { kind: 'Assert', test, msg, ...span };
  }

  private importStmt(its: Item[]): A.Stmt {
    const span = this.simpleSpan(its);
    const aliases = (list: Item[], dotted: boolean): A.Alias[] => {
      const out: A.Alias[] = [];
      const { parts, seps } = this.split(list, (it) => it.name === ',');
      parts.forEach((p, k) => {
        if (p.length === 0) {
          if (k === parts.length - 1 && k > 0) {
            // a trailing comma
            const after = this.unit.tokenAfter(seps[k - 1].to);
            if (dotted) this.failAt('invalid syntax', after);
            else this.failAt('trailing comma not allowed without surrounding parentheses', after, seps[k - 1].from);
            return;
          }
          throw new Skip(list[0]?.from ?? 0);
        }
        const asIndex = p.findIndex((it) => it.name === 'as');
        const nameItems = asIndex < 0 ? p : p.slice(0, asIndex);
        const names: string[] = [];
        for (const it of nameItems) {
          if (it.name === '.') continue;
          if (it.name !== 'VariableName') throw new Skip(it.from);
          names.push(this.identifier(it.from, it.to));
        }
        if (names.length === 0) throw new Skip(p[0].from);
        let asname: string | null = null;
        let to = nameItems[nameItems.length - 1].to;
        if (asIndex >= 0) {
          const a = p[asIndex + 1];
          if (a === undefined || a.name !== 'VariableName') throw new Skip(p[asIndex].from);
          asname = this.identifier(a.from, a.to);
          to = a.to;
        }
        out.push({ kind: 'alias', name: names.join('.'), asname, ...this.span(p[0].from, to) });
      });
      return out;
    };
    if (its[0].name === 'import') {
      return { kind: 'Import', names: aliases(its.slice(1), true), ...span };
    }
    // from ... import ...
    const importIndex = its.findIndex((it) => it.name === 'import');
    if (importIndex < 0) throw new Skip(its[0].from);
    let level = 0;
    const modParts: string[] = [];
    for (const it of its.slice(1, importIndex)) {
      if (it.name === '.' && modParts.length === 0) level += 1;
      else if (it.name === 'Ellipsis') level += 3;
      else if (it.name === 'VariableName') modParts.push(this.identifier(it.from, it.to));
      else if (it.name !== '.') throw new Skip(it.from);
    }
    let rest = its.slice(importIndex + 1);
    let names: A.Alias[];
    if (rest.length === 1 && rest[0].name === '*') {
      names = [{ kind: 'alias', name: '*', asname: null, ...this.span(rest[0].from, rest[0].to) }];
    } else {
      if (rest.length > 0 && rest[0].name === '(') {
        if (rest[rest.length - 1].name !== ')') throw new Skip(rest[0].from);
        rest = rest.slice(1, -1);
        if (rest.length > 0 && rest[rest.length - 1].name === ',') rest = rest.slice(0, -1);
      }
      names = aliases(rest, false);
    }
    return { kind: 'ImportFrom', module: modParts.length > 0 ? modParts.join('.') : null, names, level, ...span };
  }

  private ifStmt(its: Item[]): A.Stmt {
    // if test Body (elif test Body)* (else Body)?
    const clauses: { kw: Item; test: A.Expr; body: A.Stmt[] }[] = [];
    let i = 0;
    let orelse: A.Stmt[] = [];
    while (i < its.length) {
      const kw = its[i];
      if (kw.name === 'if' || kw.name === 'elif') {
        const testItem = its[i + 1];
        if (testItem === undefined) throw new Skip(kw.from);
        if (testItem.name === 'Body') {
          // `elif:` (lezer allows a missing condition)
          this.failAt('invalid syntax', this.unit.tokenAt(testItem.from));
          throw new Skip(testItem.from);
        }
        const test = this.expr(this.node(testItem));
        const body = this.body(its[i + 2]);
        clauses.push({ kw, test, body });
        i += 3;
      } else if (kw.name === 'else') {
        orelse = this.body(its[i + 1]);
        i += 2;
      } else {
        throw new Skip(kw.from);
      }
    }
    let result: A.If | null = null;
    for (let k = clauses.length - 1; k >= 0; k--) {
      const c = clauses[k];
      const rest: A.Stmt[] = result !== null ? [result] : orelse;
      const end = this.endOf(rest.length > 0 ? rest : c.body);
      result = { kind: 'If', test: c.test, body: c.body, orelse: rest, ...this.startOf(c.kw.from), ...end };
    }
    if (result === null) throw new Skip(its[0].from);
    return result;
  }

  private matchStmt(its: Item[], header: { from: number; to: number }): A.Stmt {
    return matchStatement(
      {
        unit: this.unit,
        regionExpr: (from, to, allowStar) => this.regionExpr(from, to, allowStar),
        body: (it) => this.body(it),
        strings: (from, to) => this.strings(from, to),
        items: (n) => this.items(n),
        kids: (n) => this.kids(n),
        tokensIn: (from, to) => this.tokensIn(from, to),
        identifier: (from, to) => this.identifier(from, to),
        fail: (message, from, to) => this.fail(message, from, to),
        failAt: (message, t) => this.failAt(message, t),
      },
      its,
      header,
    );
  }

  private whileStmt(its: Item[]): A.Stmt {
    if (its.length < 3) throw new Skip(its[0].from);
    const test = this.expr(this.node(its[1]));
    const body = this.body(its[2]);
    const orelse = its.length >= 5 && its[3].name === 'else' ? this.body(its[4]) : [];
    return { kind: 'While', test, body, orelse, ...this.startOf(its[0].from), ...this.endOf(orelse.length > 0 ? orelse : body) };
  }

  private forStmt(its: Item[]): A.Stmt {
    let i = 0;
    let isAsync = false;
    if (its[0].name === 'async') {
      isAsync = true;
      i = 1;
    }
    const start = its[0].from;
    const inIndex = its.findIndex((it, k) => k > i && it.name === 'in');
    const bodyIndex = its.findIndex((it) => it.name === 'Body');
    if (inIndex < 0) {
      // invalid_for_target: CPython checks what follows `for` even without `in`
      const target = its.slice(i + 1).filter((it) => it.node !== null && !it.node.type.isError && it.name !== 'Body');
      if (target.length > 0 && !this.unit.errorIn(target[0].from, target[target.length - 1].to)) {
        try {
          this.checkForTarget(this.exprList(target).expr);
        } catch (e) {
          if (!(e instanceof Skip)) throw e;
        }
      }
      throw new Skip(start);
    }
    if (bodyIndex < 0 || bodyIndex < inIndex) throw new Skip(start);
    const targetItems = its.slice(i + 1, inIndex);
    const tl = this.exprList(targetItems);
    if (!this.unit.errorIn(targetItems[0].from, its[inIndex].to)) this.checkForTarget(tl.expr);
    setContext(tl.expr, 'Store');
    const iter = this.exprList(its.slice(inIndex + 1, bodyIndex)).expr;
    const body = this.body(its[bodyIndex]);
    const orelse = its[bodyIndex + 1]?.name === 'else' ? this.body(its[bodyIndex + 2]) : [];
    return { kind: 'For', target: tl.expr, iter, body, orelse, isAsync, ...this.startOf(start), ...this.endOf(orelse.length > 0 ? orelse : body) };
  }

  private tryStmt(its: Item[]): A.Stmt {
    const start = its[0].from;
    const body = this.body(its[1]);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    // Whether the clauses are except* ones (PEP 654): the first clause says, another kind is an error.
    let isStar: boolean | null = null;
    let i = 2;
    while (i < its.length) {
      const kw = its[i];
      if (kw.name === 'except') {
        let j = i + 1;
        const star = its[j]?.name === '*' ? its[j] : null;
        if (star) j++;
        if (isStar === null) isStar = star !== null;
        else if (isStar !== (star !== null)) {
          // invalid_try_stmt: the first clause of the other kind, `except*` or `except`.
          this.fail("cannot have both 'except' and 'except*' on the same 'try'", kw.from, star ? star.to : kw.to);
        }
        if (star && (its[j] === undefined || its[j].name === 'Body')) {
          // invalid_except_star_stmt_indent's sibling: `except*:` names no type (the error is at the colon).
          this.failAt('expected one or more exception types', this.unit.tokenAfter(star.to));
        }
        let type: A.Expr | null = null;
        let name: string | null = null;
        if (its[j] !== undefined && its[j].name !== 'Body') {
          type = this.expr(this.node(its[j]));
          j++;
          if (its[j]?.name === 'as' || its[j]?.name === ',') {
            const sep = its[j];
            const n = its[j + 1];
            if (n === undefined || n.name !== 'VariableName') throw new Skip(sep.from);
            if (sep.name === ',') {
              // Python 2's `except E, e:`
              const colon = this.unit.tokenAfter(n.to);
              this.fail('multiple exception types must be parenthesized', its[j - 1].from, colon?.start ?? n.to);
            }
            name = this.identifier(n.from, n.to);
            j += 2;
          }
        }
        const hbody = this.body(its[j]);
        handlers.push({ kind: 'ExceptHandler', type, name, body: hbody, ...this.startOf(kw.from), ...this.endOf(hbody) });
        i = j + 1;
      } else if (kw.name === 'else') {
        orelse = this.body(its[i + 1]);
        i += 2;
      } else if (kw.name === 'finally') {
        finalbody = this.body(its[i + 1]);
        i += 2;
      } else {
        throw new Skip(kw.from);
      }
    }
    const last = finalbody.length > 0 ? finalbody : orelse.length > 0 ? orelse : handlers.length > 0 ? handlers[handlers.length - 1].body : body;
    return { kind: 'Try', body, handlers, orelse, finalbody, isStar: isStar === true, ...this.startOf(start), ...this.endOf(last) };
  }

  private withStmt(its: Item[]): A.Stmt {
    let i = 0;
    let isAsync = false;
    if (its[0].name === 'async') {
      isAsync = true;
      i = 1;
    }
    const start = its[0].from;
    const region = this.region('with', its[i + 1]);
    const items = this.withItems(region.from, region.to);
    const body = this.body(its[i + 2]);
    return { kind: 'With', items, body, isAsync, ...this.startOf(start), ...this.endOf(body) };
  }

  /** The text hidden behind the placeholder at `it` (see Unit.rewrite). */
  private region(kind: RegionKind, it: Item | undefined): { from: number; to: number } {
    const r = it === undefined ? undefined : this.unit.regions.find((x) => x.kind === kind && x.from === it.from);
    if (r === undefined) throw new Skip(it?.from ?? 0);
    return r;
  }

  /** Parses [from, to) as an expression (a unit of its own); reports its error here. */
  private regionExpr(from: number, to: number, allowStar = false): A.Expr {
    const before = this.unit.tokens[this.unit.tokenIndexAt(from) - 1];
    const unit = expressionUnit(this.session, from, to, 'region', before?.level ?? 0);
    const conv = new ExpressionConverter(unit);
    const e = conv.wrappedExpression(allowStar);
    const err = finalCandidate(unit, snippetParser(this.session));
    if (err !== null) {
      this.unit.candidates.push(err);
      throw new Skip(err.key);
    }
    if (e === null) throw new Skip(from);
    // the converted expression's own offsets are needed by the checks made here
    this.adopt(conv, e);
    return e;
  }

  private withItems(from: number, to: number): A.WithItem[] {
    const toks = this.tokensIn(from, to);
    if (toks.length === 0) throw new Skip(from);
    const first = toks[0];
    const last = toks[toks.length - 1];
    const close = this.matchingClose(toks);
    // `with (a as b, c as d):` -- CPython tries the parenthesized form first
    if (first.text === '(' && close > 0 && close < toks.length - 1) {
      // something after the parentheses: if they hold `as` items, the parenthesized form got
      // furthest (up to that token)
      const inner = toks.slice(1, close);
      if (this.splitTokens(inner, ',').parts.some((p) => this.splitTokens(p, 'as').parts.length >= 2)) {
        this.failAt('invalid syntax', toks[close + 1]);
        throw new Skip(toks[close + 1].start);
      }
    }
    if (first.text === '(' && (close === toks.length - 1 || close < 0)) {
      const inner = close < 0 ? toks.slice(1) : toks.slice(1, -1);
      const { parts } = this.splitTokens(inner, ',');
      if (parts.length > 1 && parts[parts.length - 1].length === 0) parts.pop();
      const hasAs = parts.some((p) => this.splitTokens(p, 'as').parts.length >= 2);
      if ((hasAs || parts.length > 1 || close < 0) && parts.every((p) => p.length > 0)) {
        return parts.map((p) => this.withItem(p, last));
      }
    }
    const { parts, seps } = this.splitTokens(toks, ',');
    const out: A.WithItem[] = [];
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (p.length === 0) {
        this.failAt('invalid syntax', this.unit.tokenAfter(k > 0 ? seps[k - 1].end : from));
        throw new Skip(from);
      }
      out.push(this.withItem(p, this.unit.tokenAfter(to)));
    }
    return out;
  }

  private withItem(toks: Token[], after: Token | undefined): A.WithItem {
    const { parts, seps } = this.splitTokens(toks, 'as');
    if (parts[0].length === 0) {
      this.failAt('invalid syntax', seps[0]);
      throw new Skip(toks[0].start);
    }
    const e = parts[0];
    const contextExpr = this.regionExpr(e[0].start, e[e.length - 1].end);
    if (parts.length === 1) return { contextExpr, optionalVars: null };
    // everything after the first `as` is the target (errors in it are found by parsing it)
    const t = toks.filter((x) => x.start > seps[0].start);
    if (t.length === 0) {
      this.failAt('invalid syntax', this.unit.tokenAfter(seps[0].end) ?? after);
      throw new Skip(seps[0].start);
    }
    // a star_target: `*a` parses (the compiler rejects it)
    const target = this.regionExpr(t[0].start, t[t.length - 1].end, true);
    const bad = invalidTarget(target, 'star');
    if (bad !== null) this.failOnExpr(`cannot assign to ${exprName(bad)}`, bad);
    setContext(target, 'Store');
    return { contextExpr, optionalVars: target };
  }

  private decorated(its: Item[]): A.Stmt {
    const decorators: A.Expr[] = [];
    for (const it of its.slice(0, -1)) {
      if (it.name !== 'Decorator') throw new Skip(it.from);
      const d = this.items(this.node(it));
      const region = this.region('decorator', d[1]);
      const toks = this.tokensIn(region.from, region.to);
      const { seps } = this.splitTokens(toks, ',');
      if (seps.length > 0) {
        this.failAt('invalid syntax', seps[0]);
        throw new Skip(seps[0].start);
      }
      decorators.push(this.regionExpr(region.from, region.to));
    }
    const def = its[its.length - 1];
    const inner = this.items(this.node(def));
    if (def.name === 'FunctionDefinition') return this.funcDef(inner, decorators);
    if (def.name === 'ClassDefinition') return this.classDef(inner, decorators);
    throw new Skip(def.from);
  }

  private funcDef(its: Item[], decoratorList: A.Expr[]): A.Stmt {
    let i = 0;
    let isAsync = false;
    if (its[0].name === 'async') {
      isAsync = true;
      i = 1;
    }
    const start = its[0].from;
    const nameItem = its[i + 1];
    if (nameItem === undefined || nameItem.name !== 'VariableName') throw new Skip(start);
    let j = i + 2;
    if (its[j]?.name === 'TypeParamList') {
      this.session.noteUnsupported('type parameter lists (Python 3.12)', its[j].from, its[j].to);
      j++;
    }
    const paramList = its[j];
    if (paramList === undefined || paramList.name !== 'ParamList') throw new Skip(start);
    const args = this.parameters(this.node(paramList), false);
    j++;
    let returns: A.Expr | null = null;
    if (its[j]?.name === 'TypeDef') {
      const k = this.kids(this.node(its[j]));
      if (k.length === 0) throw new Skip(its[j].from);
      returns = this.expr(k[k.length - 1]);
      j++;
    }
    const body = this.body(its[j]);
    return {
      kind: 'FunctionDef',
      name: this.identifier(nameItem.from, nameItem.to),
      args,
      body,
      decoratorList,
      isAsync,
      returns,
      ...this.startOf(start),
      ...this.endOf(body),
    };
  }

  private classDef(its: Item[], decoratorList: A.Expr[]): A.Stmt {
    const start = its[0].from;
    const nameItem = its[1];
    if (nameItem === undefined || nameItem.name !== 'VariableName') throw new Skip(start);
    let j = 2;
    if (its[j]?.name === 'TypeParamList') {
      this.session.noteUnsupported('type parameter lists (Python 3.12)', its[j].from, its[j].to);
      j++;
    }
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (its[j]?.name === 'ArgList') {
      const a = this.callArgs(this.node(its[j]));
      bases = a.args;
      keywords = a.keywords;
      j++;
    }
    const body = this.body(its[j]);
    return {
      kind: 'ClassDef',
      name: this.identifier(nameItem.from, nameItem.to),
      bases,
      keywords,
      body,
      decoratorList,
      ...this.startOf(start),
      ...this.endOf(body),
    };
  }
}
