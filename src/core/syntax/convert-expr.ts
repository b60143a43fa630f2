// Expressions: lezer's expression nodes → the Expr nodes of ast.ts, with CPython's checks of
// what lezer's grammar accepts and Python's does not (operands of `not`, starred items,
// argument order, parameter lists, ...). Also the converter for expression units (with-items,
// decorators, f-string replacement fields), which hold nothing but an expression.

import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import { BIN_OPS, ConverterBase, Skip, type Item } from './convert-base';
import { concatenateStrings, type StringHost } from './fstrings';
import { decodeNumber, EscapeDecodeError, LiteralError } from './literals';
import { expressionUnit, type Candidate, type Session } from './session';
import { finalCandidate, type SnippetParser } from './syntax-errors';
import { exprName, setContext } from './targets';
import { KEYWORDS, type Token } from './tokenizer';

/** Error from parsing an f-string replacement field (reported as a string error). */
class FieldError extends Error {
  constructor(readonly candidate: Candidate) {
    super(candidate.diag.message);
  }
}

const CMP_OPS: Record<string, A.CmpOp> = {
  '==': 'Eq',
  '!=': 'NotEq',
  '<': 'Lt',
  '<=': 'LtE',
  '>': 'Gt',
  '>=': 'GtE',
};

export class ExpressionConverter extends ConverterBase {
  /** For expression units: the expression inside the wrapping parentheses. */
  wrappedExpression(allowStar = false): A.Expr | null {
    const top = this.unit.tree.topNode;
    const stmt = this.kids(top)[0];
    if (stmt === undefined || stmt.name !== 'ExpressionStatement') return null;
    const w = this.kids(stmt)[0];
    if (w === undefined) return null;
    try {
      if (w.name === 'ParenthesizedExpression') {
        const its = this.items(w);
        if (its.length === 4 && its[1].name === '*') {
          const starred = this.starred(its[1], its[2]);
          if (!allowStar) this.failOnExpr('cannot use starred expression here', starred);
          return starred;
        }
        if (its.length !== 3) return null;
        return this.expr(this.node(its[1]));
      }
      if (w.name === 'TupleExpression' || w.name === 'ComprehensionExpression') return this.expr(w);
    } catch (e) {
      if (e instanceof Skip) return null;
      throw e;
    }
    return null;
  }

  /** A def's or a lambda's parameter list, with CPython's checks of its shape. */
  protected parameters(list: SyntaxNode, lambda: boolean): A.Arguments {
    // (an empty error node here is lezer's complaint about a trailing comma, see Unit.benign)
    let its = this.items(list, true).filter((it) => !(it.name === '⚠' && it.from === it.to));
    if (!lambda) {
      if (its[0]?.name !== '(' || its[its.length - 1]?.name !== ')') throw new Skip(this.unit.from(list));
      its = its.slice(1, -1);
    }
    const result: A.Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
    if (its.length === 0) return result;
    const { parts, seps } = this.split(its, (it) => it.name === ',');
    if (parts.length > 1 && parts[parts.length - 1].length === 0) parts.pop();
    let seenDefault = false;
    let seenSlash = false;
    let seenStar: Item | null = null;
    let seenKwarg = false;
    const errorFree = !this.unit.errorIn(this.unit.from(list), this.unit.to(list));
    const report = (message: string, it: Item): void => {
      if (errorFree) this.fail(message, it.from, it.to);
    };
    const makeArg = (p: Item[], at: number): { arg: A.Arg; def: A.Expr | null; nameItem: Item } => {
      const nameItem = p[at];
      if (nameItem === undefined || nameItem.name !== 'VariableName') throw new Skip(p[0]?.from ?? 0);
      let k = at + 1;
      let annotation: A.Expr | null = null;
      let to = nameItem.to;
      if (p[k]?.name === 'TypeDef') {
        const tk = this.kids(this.node(p[k]));
        annotation = this.expr(tk[tk.length - 1]);
        to = p[k].to;
        k++;
      }
      let def: A.Expr | null = null;
      if (p[k]?.name === 'AssignOp') {
        def = this.expr(this.node(p[k + 1]));
        k += 2;
      }
      if (k < p.length) {
        if (p[k].name === '⚠' && this.text(p[k].from, p[k].to) === '/') this.failAt('invalid syntax', this.unit.tokenAt(p[k].from));
        throw new Skip(p[k].from);
      }
      const arg: A.Arg = { kind: 'arg', arg: this.identifier(nameItem.from, nameItem.to), ...this.span(nameItem.from, to) };
      if (!lambda) arg.annotation = annotation;
      return { arg, def, nameItem };
    };
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (p.length === 0) throw new Skip(seps[k]?.from ?? this.unit.from(list));
      const head = p[0];
      if (head.name === '/' || (head.name === '⚠' && this.text(head.from, head.to) === '/')) {
        if (p.length > 1) {
          this.failAt('invalid syntax', this.unit.tokenAt(p[1].from));
          throw new Skip(p[1].from);
        }
        if (seenSlash) report('/ may appear only once', head);
        else if (seenStar !== null) report('/ must be ahead of *', head);
        else if (result.args.length === 0) report('at least one argument must precede /', head);
        seenSlash = true;
        result.posonlyargs.push(...result.args);
        result.args = [];
        continue;
      }
      if (seenKwarg) {
        report('arguments cannot follow var-keyword argument', head.name === 'VariableName' ? head : head);
        continue;
      }
      if (head.name === '*') {
        if (seenStar !== null) {
          report('* argument may appear only once', head);
          continue;
        }
        seenStar = head;
        if (p.length > 1) {
          const { arg, def } = makeArg(p, 1);
          if (def !== null) {
            const eq = p.find((it) => it.name === 'AssignOp');
            if (eq !== undefined) report('var-positional argument cannot have default value', eq);
          }
          result.vararg = arg;
        } else {
          // a bare `*` needs named arguments after it
          const next = parts[k + 1];
          if (next === undefined || next[0]?.name === '**') {
            if (!lambda) report('named arguments must follow bare *', head);
            else if (errorFree) {
              // invalid_lambda_star_etc reports at the last token it read: ':' or '**'
              const t = next === undefined ? this.unit.tokenAfter(seps[k]?.to ?? head.to) : this.unit.tokenAt(next[0].from);
              this.failAt('named arguments must follow bare *', t);
            }
          }
        }
        continue;
      }
      if (head.name === '**') {
        const { arg, def } = makeArg(p, 1);
        if (def !== null) {
          const eq = p.find((it) => it.name === 'AssignOp');
          if (eq !== undefined) report('var-keyword argument cannot have default value', eq);
        }
        result.kwarg = arg;
        seenKwarg = true;
        continue;
      }
      const { arg, def, nameItem } = makeArg(p, 0);
      if (seenStar !== null) {
        result.kwonlyargs.push(arg);
        result.kwDefaults.push(def);
      } else {
        if (def !== null) {
          seenDefault = true;
          result.defaults.push(def);
        } else if (seenDefault) {
          report('non-default argument follows default argument', { ...nameItem, to: p[p.length - 1].to });
        }
        result.args.push(arg);
      }
    }
    return result;
  }

  expr(n: SyntaxNode): A.Expr {
    this.check(n);
    const from = this.unit.from(n);
    const to = this.unit.to(n);
    const e = this.exprInner(n, from, to);
    if (!this.offsets.has(e)) this.offsets.set(e, { from, to });
    return e;
  }

  protected exprInner(n: SyntaxNode, from: number, to: number): A.Expr {
    const span = this.span(from, to);
    switch (n.name) {
      case 'VariableName':
        return { kind: 'Name', id: this.identifier(from, to), ctx: 'Load', ...span };
      case 'Number':
        return { kind: 'Constant', value: decodeNumber(this.text(from, to)), ...span };
      case 'String':
      case 'ContinuedString':
      case 'FormatString':
        return this.strings(from, to);
      case 'Boolean':
        return { kind: 'Constant', value: { type: 'bool', value: this.text(from, to) === 'True' }, ...span };
      case 'None':
        return { kind: 'Constant', value: { type: 'None' }, ...span };
      case 'Ellipsis':
        return { kind: 'Constant', value: { type: 'Ellipsis' }, ...span };
      case 'ParenthesizedExpression':
        return this.paren(n, from, to);
      case 'TupleExpression': {
        const its = this.items(n).slice(1, -1);
        const elts = its.length === 0 ? [] : this.exprList(its).elts;
        return { kind: 'Tuple', elts, ctx: 'Load', ...span };
      }
      case 'ArrayExpression': {
        const its = this.items(n).slice(1, -1);
        const elts = its.length === 0 ? [] : this.exprList(its).elts;
        return { kind: 'List', elts, ctx: 'Load', ...span };
      }
      case 'SetExpression': {
        const its = this.items(n).slice(1, -1);
        return { kind: 'Set', elts: this.exprList(its).elts, ...span };
      }
      case 'DictionaryExpression':
        return this.dict(n, span);
      case 'ComprehensionExpression':
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
        return this.comprehension(n, this.items(n).slice(1, -1), span);
      case 'CallExpression':
        return this.call(n, span);
      case 'MemberExpression':
        return this.member(n, span);
      case 'UnaryExpression':
        return this.unary(n, span);
      case 'BinaryExpression':
        return this.binary(n, span);
      case 'ConditionalExpression': {
        const k = this.kids(n);
        if (k.length !== 5) throw new Skip(from);
        return { kind: 'IfExp', test: this.expr(k[2]), body: this.expr(k[0]), orelse: this.expr(k[4]), ...span };
      }
      case 'LambdaExpression': {
        const k = this.kids(n);
        const params = k.find((c) => c.name === 'ParamList');
        const body = k[k.length - 1];
        if (params === undefined || k[k.length - 2]?.name !== ':') throw new Skip(from);
        return { kind: 'Lambda', args: this.parameters(params, true), body: this.expr(body), ...span };
      }
      case 'NamedExpression': {
        const k = this.kids(n);
        if (k.length !== 3) throw new Skip(from);
        const target = this.expr(k[0]);
        const value = this.expr(k[2]);
        if (target.kind !== 'Name') {
          this.failOnExpr(`cannot use assignment expressions with ${exprName(target)}`, target);
          throw new Skip(from);
        }
        target.ctx = 'Store';
        return { kind: 'NamedExpr', target, value, ...span };
      }
      case 'YieldExpression':
        return this.yieldExpr(n);
      case 'AwaitExpression': {
        const k = this.kids(n);
        return { kind: 'Await', value: this.expr(k[k.length - 1]), ...span };
      }
      default:
        throw new Skip(from);
    }
  }

  protected paren(n: SyntaxNode, from: number, to: number): A.Expr {
    const its = this.items(n);
    if (its.length === 4 && its[1].name === '*') {
      const s = this.starred(its[1], its[2]);
      this.failOnExpr('cannot use starred expression here', s);
      return s;
    }
    if (its.length !== 3 || its[0].name !== '(' || its[2].name !== ')') throw new Skip(from);
    const inner = this.expr(this.node(its[1]));
    if (!this.parens.has(inner)) this.parens.set(inner, { from, to });
    return inner;
  }

  protected yieldExpr(n: SyntaxNode): A.Expr {
    const from = this.unit.from(n);
    const its = this.items(n).filter((it) => it.name !== '⚠');
    const to = its[its.length - 1].to;
    const span = this.span(from, to);
    if (its[1]?.name === 'from') {
      return this.record({ kind: 'YieldFrom', value: this.expr(this.node(its[2])), ...span }, from, to);
    }
    const rest = its.slice(1);
    return this.record({ kind: 'Yield', value: rest.length === 0 ? null : this.exprList(rest).expr, ...span }, from, to);
  }

  protected dict(n: SyntaxNode, span: A.Span): A.Expr {
    const its = this.items(n).slice(1, -1);
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    const { parts } = this.split(its, (it) => it.name === ',');
    if (parts.length > 1 && parts[parts.length - 1].length === 0) parts.pop();
    for (const p of parts) {
      if (p.length === 0) {
        if (parts.length === 1) break;
        throw new Skip(its[0]?.from ?? 0);
      }
      if (p[0].name === '**' && p.length === 2) {
        keys.push(null);
        values.push(this.expr(this.node(p[1])));
      } else if (p.length === 3 && p[1].name === ':') {
        keys.push(this.expr(this.node(p[0])));
        values.push(this.expr(this.node(p[2])));
      } else {
        throw new Skip(p[0].from);
      }
    }
    return { kind: 'Dict', keys, values, ...span };
  }

  protected comprehension(n: SyntaxNode, its: Item[], span: A.Span): A.Expr {
    const forIndex = its.findIndex((it) => it.name === 'for' || it.name === 'async');
    if (forIndex < 0) throw new Skip(this.unit.from(n));
    const head = its.slice(0, forIndex);
    const generators = this.compClauses(its, forIndex);
    if (n.name === 'DictionaryComprehensionExpression') {
      if (head[0]?.name === '**') {
        this.fail('dict unpacking cannot be used in dict comprehension', head[0].from, head[0].to);
        throw new Skip(head[0].from);
      }
      if (head.length !== 3 || head[1].name !== ':') throw new Skip(this.unit.from(n));
      return { kind: 'DictComp', key: this.expr(this.node(head[0])), value: this.expr(this.node(head[2])), generators, ...span };
    }
    if (head[0]?.name === '*') {
      const s = this.starred(head[0], head[1]);
      this.failOnExpr('iterable unpacking cannot be used in comprehension', s);
      throw new Skip(head[0].from);
    }
    if (head.length !== 1) throw new Skip(this.unit.from(n));
    const elt = this.expr(this.node(head[0]));
    const kind = n.name === 'ArrayComprehensionExpression' ? 'ListComp' : n.name === 'SetComprehensionExpression' ? 'SetComp' : 'GeneratorExp';
    return { kind, elt, generators, ...span };
  }

  /** The `for ... in ... if ...` clauses starting at its[i]. */
  protected compClauses(its: readonly Item[], start: number): A.Comprehension[] {
    const out: A.Comprehension[] = [];
    let i = start;
    while (i < its.length) {
      let isAsync = false;
      if (its[i].name === 'async') {
        isAsync = true;
        i++;
      }
      if (its[i]?.name !== 'for') throw new Skip(its[i]?.from ?? 0);
      const inIndex = its.findIndex((it, k) => k > i && it.name === 'in');
      if (inIndex < 0) throw new Skip(its[i].from);
      const targetItems = its.slice(i + 1, inIndex);
      const tl = this.exprList(targetItems);
      if (!this.unit.errorIn(its[i].from, its[inIndex].to)) this.checkForTarget(tl.expr);
      setContext(tl.expr, 'Store');
      const iter = this.expr(this.node(its[inIndex + 1]));
      i = inIndex + 2;
      const ifs: A.Expr[] = [];
      while (its[i]?.name === 'if') {
        ifs.push(this.expr(this.node(its[i + 1])));
        i += 2;
      }
      out.push({ target: tl.expr, iter, ifs, isAsync });
    }
    return out;
  }

  protected call(n: SyntaxNode, span: A.Span): A.Expr {
    const k = this.kids(n);
    if (k.length !== 2 || k[1].name !== 'ArgList') throw new Skip(this.unit.from(n));
    const func = this.expr(k[0]);
    const { args, keywords } = this.callArgs(k[1]);
    return { kind: 'Call', func, args, keywords, ...span };
  }

  protected callArgs(list: SyntaxNode): { args: A.Expr[]; keywords: A.Keyword[] } {
    const all = this.items(list);
    if (all[0]?.name !== '(') throw new Skip(this.unit.from(list));
    const open = all[0];
    const closed = all[all.length - 1].name === ')';
    if (!closed) {
      // no closing parenthesis: the arguments are still converted (errors inside them may come first)
      const its = all.slice(1).filter((it) => !it.name.startsWith('⚠'));
      const last = its[its.length - 1] ?? open;
      this.callArgsOf(its, open, last, false);
      throw new Skip(this.unit.to(list));
    }
    return this.callArgsOf(all.slice(1, -1), open, all[all.length - 1], true);
  }

  protected callArgsOf(its: Item[], open: Item, close: Item, closed: boolean): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    // commas split arguments, except in a comprehension's target (`f(x for k, v in d)`)
    let inTarget = false;
    const { parts } = this.split(its, (it) => {
      if (it.name === 'for') inTarget = true;
      else if (it.name === 'in') inTarget = false;
      return it.name === ',' && !inTarget;
    });
    const trailingComma = parts.length > 1 && parts[parts.length - 1].length === 0;
    if (trailingComma) parts.pop();
    if (parts.length === 1 && parts[0].length === 0) return { args, keywords };
    const errorFree = closed && !this.unit.errorIn(open.from, close.to);
    let state = 0; // 0: positional, 1: after a keyword, 2: after **mapping
    let reported = false;
    const positionalAfterKeyword = (): void => {
      if (reported || !errorFree) return;
      reported = true;
      const msg = keywords.some((kw) => kw.arg === null)
        ? 'positional argument follows keyword argument unpacking'
        : 'positional argument follows keyword argument';
      this.failAt(msg, this.unit.tokenAt(close.from));
    };
    for (const p of parts) {
      if (p.length === 0) throw new Skip(open.from);
      const head = p[0];
      if (head.name === '*') {
        if (state === 2 && !reported && errorFree) {
          reported = true;
          this.fail('iterable argument unpacking follows keyword argument unpacking', head.from, head.to);
        }
        args.push(this.starred(head, p[1]));
        if (p.length > 2) throw new Skip(p[2].from);
        continue;
      }
      if (head.name === '**') {
        const value = this.expr(this.node(p[1]));
        keywords.push({ kind: 'keyword', arg: null, value, ...this.span(head.from, p[1].to) });
        state = 2;
        if (p.length > 2) throw new Skip(p[2].from);
        continue;
      }
      if (p.length >= 3 && head.name === 'VariableName' && p[1].name === 'AssignOp') {
        const opText = this.text(p[1].from, p[1].to);
        if (opText === '=') {
          if (p.length > 3) {
            // f(a=x for x in y)
            if (errorFree) this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", head.from, p[1].to);
            throw new Skip(p[3].from);
          }
          const value = this.expr(this.node(p[2]));
          keywords.push({ kind: 'keyword', arg: this.identifier(head.from, head.to), value, ...this.span(head.from, p[2].to) });
          if (state === 0) state = 1;
          continue;
        }
        // a walrus argument
        const target = this.expr(head.node ?? this.node(head));
        if (target.kind === 'Name') target.ctx = 'Store';
        const value = this.expr(this.node(p[2]));
        const named: A.NamedExpr = { kind: 'NamedExpr', target: target as A.Name, value, ...this.span(head.from, p[2].to) };
        this.offsets.set(named, { from: head.from, to: p[2].to });
        const rest = p.slice(3);
        if (state > 0) positionalAfterKeyword();
        args.push(rest.length > 0 ? this.genexpArg(named, p, 3, parts.length === 1 && !trailingComma, open, close) : named);
        continue;
      }
      const e = this.expr(this.node(head));
      if (state > 0) positionalAfterKeyword();
      if (p.length > 1) {
        args.push(this.genexpArg(e, p, 1, parts.length === 1 && !trailingComma, open, close));
      } else {
        args.push(e);
      }
    }
    return { args, keywords };
  }

  /** `f(x for x in y)`: the generator expression argument. */
  protected genexpArg(elt: A.Expr, p: Item[], at: number, sole: boolean, open: Item, close: Item): A.Expr {
    const generators = this.compClauses(p, at);
    if (!sole) {
      // CPython's rule reads the arguments after it too
      this.fail('Generator expression must be parenthesized', p[0].from, p[p.length - 1].to, p[0].from, 'SyntaxError', close.from);
      throw new Skip(p[0].from);
    }
    const g: A.GeneratorExp = { kind: 'GeneratorExp', elt, generators, ...this.span(open.from, close.to) };
    return this.record(g, open.from, close.to);
  }

  protected member(n: SyntaxNode, span: A.Span): A.Expr {
    const its = this.items(n);
    const value = this.expr(this.node(its[0]));
    if (its[1]?.name === '.') {
      const prop = its[2];
      if (prop === undefined || prop.name !== 'PropertyName') throw new Skip(its[1].from);
      if (KEYWORDS.has(this.text(prop.from, prop.to))) {
        // lezer takes any word after a dot; CPython's NAME token is never a keyword
        this.failAt('invalid syntax', this.unit.tokenAt(prop.from));
        throw new Skip(prop.from);
      }
      return { kind: 'Attribute', value, attr: this.identifier(prop.from, prop.to), ctx: 'Load', ...span };
    }
    if (its[1]?.name !== '[' || its[its.length - 1].name !== ']') throw new Skip(this.unit.from(n));
    const inner = its.slice(2, -1);
    return { kind: 'Subscript', value, slice: this.slices(inner, its[1]), ctx: 'Load', ...span };
  }

  protected slices(its: Item[], open: Item): A.Expr {
    if (its.length === 0) throw new Skip(open.to);
    const { parts } = this.split(its, (it) => it.name === ',');
    const trailing = parts.length > 1 && parts[parts.length - 1].length === 0;
    if (trailing) parts.pop();
    const elts = parts.map((p) => this.slice(p));
    if (parts.length === 1 && !trailing) return elts[0];
    const from = its[0].from;
    const to = its[its.length - 1].to;
    return this.record({ kind: 'Tuple', elts, ctx: 'Load', ...this.span(from, to) }, from, to);
  }

  protected slice(p: Item[]): A.Expr {
    if (p.length === 0) throw new Skip(0);
    if (!p.some((it) => it.name === ':')) {
      if (p.length !== 1) throw new Skip(p[0].from);
      return this.expr(this.node(p[0]));
    }
    const bounds: (A.Expr | null)[] = [null, null, null];
    let slot = 0;
    for (const it of p) {
      if (it.name === ':') {
        slot++;
        if (slot > 2) throw new Skip(it.from);
        continue;
      }
      if (bounds[slot] !== null) throw new Skip(it.from);
      bounds[slot] = this.expr(this.node(it));
    }
    const from = p[0].from;
    const to = p[p.length - 1].to;
    return this.record({ kind: 'Slice', lower: bounds[0], upper: bounds[1], step: bounds[2], ...this.span(from, to) }, from, to);
  }

  protected unary(n: SyntaxNode, span: A.Span): A.Expr {
    const k = this.kids(n);
    const opNode = k[0];
    if (opNode === undefined || k.length !== 2) throw new Skip(this.unit.from(n));
    if (opNode.name === 'not') return this.boolExpr(n);
    const t = this.text(this.unit.from(opNode), this.unit.to(opNode));
    const op = t === '-' ? 'USub' : t === '+' ? 'UAdd' : t === '~' ? 'Invert' : null;
    if (op === null) throw new Skip(this.unit.from(opNode));
    return { kind: 'UnaryOp', op, operand: this.expr(k[1]), ...span };
  }

  protected binary(n: SyntaxNode, span: A.Span): A.Expr {
    const k = this.kids(n);
    if (k.length < 3) throw new Skip(this.unit.from(n));
    const opNode = k[1];
    switch (opNode.name) {
      case 'and':
      case 'or':
        return this.boolExpr(n);
      case 'ArithOp':
      case 'BitOp': {
        const t = this.text(this.unit.from(opNode), this.unit.to(opNode));
        const op = BIN_OPS[t];
        if (op === undefined || k.length !== 3) throw new Skip(this.unit.from(opNode));
        return { kind: 'BinOp', left: this.expr(k[0]), op, right: this.expr(k[2]), ...span };
      }
      default:
        return this.compare(n, span);
    }
  }

  protected compareOp(n: SyntaxNode): { op: A.CmpOp; right: SyntaxNode } | null {
    if (n.name !== 'BinaryExpression') return null;
    const k = this.kids(n);
    const a = k[1];
    if (a === undefined) return null;
    if (a.name === 'CompareOp') {
      const t = this.text(this.unit.from(a), this.unit.to(a));
      const op = CMP_OPS[t];
      if (op === undefined) {
        // `<>` is only accepted with `from __future__ import barry_as_FLUFL`
        this.failAt('invalid syntax', this.unit.tokenAt(this.unit.from(a)));
        throw new Skip(this.unit.from(a));
      }
      return k.length === 3 ? { op, right: k[2] } : null;
    }
    if (a.name === 'in' && k.length === 3) return { op: 'In', right: k[2] };
    if (a.name === 'not' && k[2]?.name === 'in' && k.length === 4) return { op: 'NotIn', right: k[3] };
    if (a.name === 'is') {
      if (k[2]?.name === 'not' && k.length === 4) return { op: 'IsNot', right: k[3] };
      if (k.length === 3) return { op: 'Is', right: k[2] };
    }
    return null;
  }

  protected compare(n: SyntaxNode, span: A.Span): A.Expr {
    const ops: A.CmpOp[] = [];
    const rights: SyntaxNode[] = [];
    let cur: SyntaxNode = n;
    for (;;) {
      const c = this.compareOp(cur);
      if (c === null) break;
      ops.unshift(c.op);
      rights.unshift(c.right);
      const left = cur.firstChild;
      if (left === null) throw new Skip(this.unit.from(cur));
      cur = left;
    }
    if (ops.length === 0) throw new Skip(this.unit.from(n));
    for (const r of [cur, ...rights]) {
      if (r.name === 'UnaryExpression' && r.firstChild?.name === 'not' && !this.unit.errorIn(this.unit.from(r), this.unit.to(r))) {
        // `a == not b`: `not` cannot be an operand of a comparison
        this.failAt('invalid syntax', this.unit.tokenAt(this.unit.from(r)));
        throw new Skip(this.unit.from(r));
      }
    }
    const left = this.expr(cur);
    const comparators = rights.map((r) => this.expr(r));
    return { kind: 'Compare', left, ops, comparators, ...span };
  }

  /**
   * `and`, `or` and `not`. Lezer's grammar lets `not` take in everything to its right
   * (`not a and b` becomes `not (a and b)`), so the operands and operators are re-read in
   * source order and grouped with Python's precedence: or < and < not.
   */
  protected boolExpr(n: SyntaxNode): A.Expr {
    type Part = { op: 'and' | 'or' | 'not'; from: number } | { node: SyntaxNode; from: number; to: number };
    const seq: Part[] = [];
    const collect = (x: SyntaxNode): void => {
      const k = this.kids(x);
      if (x.name === 'BinaryExpression' && k.length === 3 && (k[1].name === 'and' || k[1].name === 'or')) {
        collect(k[0]);
        seq.push({ op: k[1].name, from: this.unit.from(k[1]) });
        collect(k[2]);
      } else if (x.name === 'UnaryExpression' && k.length === 2 && k[0].name === 'not') {
        seq.push({ op: 'not', from: this.unit.from(k[0]) });
        collect(k[1]);
      } else {
        this.check(x);
        seq.push({ node: x, from: this.unit.from(x), to: this.unit.to(x) });
      }
    };
    collect(n);
    let i = 0;
    type R = { e: A.Expr; from: number; to: number };
    const parseNot = (): R => {
      const p = seq[i];
      if (p === undefined) throw new Skip(this.unit.to(n));
      if ('op' in p) {
        if (p.op !== 'not') throw new Skip(p.from);
        i++;
        const operand = parseNot();
        const e: A.UnaryOp = { kind: 'UnaryOp', op: 'Not', operand: operand.e, ...this.span(p.from, operand.to) };
        this.offsets.set(e, { from: p.from, to: operand.to });
        return { e, from: p.from, to: operand.to };
      }
      i++;
      return { e: this.expr(p.node), from: p.from, to: p.to };
    };
    const parseLevel = (op: 'and' | 'or', sub: () => R): R => {
      const first = sub();
      const values = [first];
      for (;;) {
        const p = seq[i];
        if (p === undefined || !('op' in p) || p.op !== op) break;
        i++;
        values.push(sub());
      }
      if (values.length === 1) return first;
      const last = values[values.length - 1];
      const e: A.BoolOp = { kind: 'BoolOp', op: op === 'and' ? 'And' : 'Or', values: values.map((v) => v.e), ...this.span(first.from, last.to) };
      this.offsets.set(e, { from: first.from, to: last.to });
      return { e, from: first.from, to: last.to };
    };
    const r = parseLevel('or', () => parseLevel('and', parseNot));
    if (i !== seq.length) throw new Skip(this.unit.from(n));
    return r.e;
  }

  protected strings(from: number, to: number): A.Expr {
    // the STRING tokens that follow each other from `from` (lezer may have swallowed more)
    const toks: Token[] = [];
    for (const t of this.tokensIn(from, to)) {
      if (t.type !== 'STRING') break;
      toks.push(t);
    }
    if (toks.length === 0) throw new Skip(from);
    const host: StringHost = {
      span: (a, b) => this.span(a, b),
      parseFieldExpr: (a, b) => this.fieldExpr(a, b),
      invalidEscape: (offset, escapeOffset, sequence) => this.session.invalidEscapes.set(offset, { escapeOffset, sequence }),
    };
    try {
      return concatenateStrings(host, toks);
    } catch (e) {
      const key = toks[0].start;
      if (e instanceof FieldError) {
        this.unit.candidates.push({ ...e.candidate, key });
      } else if (e instanceof LiteralError) {
        if (e.unsupported) {
          const at = e.tokenSpan ?? { start: from, end: to };
          this.session.noteUnsupported(e.message.replace(/^not modelled by CPython Lens: /, ''), at.start, at.end);
          return { kind: 'Constant', value: { type: 'str', value: '' }, ...this.span(from, to) };
        }
        if (e.where === 'token') {
          const at = e.tokenSpan ?? { start: from, end: to };
          this.fail(e.message, at.start, at.end, key);
        } else {
          const after = this.unit.tokenAfter(toks[toks.length - 1].end);
          if (after !== undefined) {
            const diag = this.session.tokenDiag('SyntaxError', e.message, after);
            if (e instanceof EscapeDecodeError && e.tokenSpan) diag.detail = { ...diag.detail, literalSpan: this.session.span(e.tokenSpan.start, e.tokenSpan.end) };
            this.unit.candidates.push({ key, rank: 0, diag });
          }
        }
      } else {
        throw e;
      }
      throw new Skip(from);
    }
  }

  /** An f-string replacement field's expression, parsed like CPython 3.11 does: "(" + text + ")". */
  protected fieldExpr(from: number, to: number): A.Expr {
    const unit = expressionUnit(this.session, from, to, 'fstring');
    const conv = new ExpressionConverter(unit);
    const e = conv.wrappedExpression();
    const err = finalCandidate(unit, snippetParser(this.session));
    if (err !== null) {
      const fromTokenizer = unit.tokenizerError !== null && err.diag === unit.tokenizerError.diag;
      const message = fromTokenizer ? err.diag.message : `f-string: ${err.diag.message}`;
      throw new FieldError({ ...err, diag: { ...err.diag, message } });
    }
    if (e === null) throw new FieldError({ key: from, rank: 0, diag: this.session.diag('SyntaxError', 'f-string: invalid syntax', from, to) });
    return e;
  }
}

/** Parses a piece of the module as an expression (for error messages that name it). */
export function snippetParser(session: Session): SnippetParser {
  return (from, to) => {
    try {
      return new ExpressionConverter(expressionUnit(session, from, to, 'region')).wrappedExpression();
    } catch {
      return null;
    }
  };
}
