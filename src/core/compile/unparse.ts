// Expressions back to source text, as CPython's Python/ast_unparse.c writes them: what an annotation
// becomes under `from __future__ import annotations` (PEP 563). Spacing and quotes are normalised
// (`Dict[str,  int]` → `'Dict[str, int]'`), parentheses only where precedence needs them.

import type * as A from '../syntax/ast';
import { strRepr, bytesRepr } from '../runtime/text/str-repr';
import { floatRepr } from '../runtime/text/float-repr';

// ast_unparse.c's precedence levels, lowest first.
const enum P { Tuple, Test, Or, And, Not, Cmp, BOr, BXor, BAnd, Shift, Arith, Term, Factor, Power, Await, Atom }

const BIN: Record<A.Operator, [string, P]> = {
  Add: ['+', P.Arith], Sub: ['-', P.Arith], Mult: ['*', P.Term], MatMult: ['@', P.Term], Div: ['/', P.Term],
  Mod: ['%', P.Term], FloorDiv: ['//', P.Term], Pow: ['**', P.Power], LShift: ['<<', P.Shift], RShift: ['>>', P.Shift],
  BitOr: ['|', P.BOr], BitXor: ['^', P.BXor], BitAnd: ['&', P.BAnd],
};
const CMP: Record<A.CmpOp, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** The text of `e` as ast_unparse.c's expr_as_unicode gives it (the annotation's string). */
export function unparse(e: A.Expr): string {
  return expr(e, P.Test);
}

function wrap(text: string, own: P, outer: P): string {
  return outer > own ? `(${text})` : text;
}

function constant(v: A.ConstantValue): string {
  switch (v.type) {
    case 'None': return 'None';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return Number.isFinite(v.value) ? floatRepr(v.value) : v.value > 0 ? '1e309' : v.value < 0 ? '-1e309' : '(1e309-1e309)';
    case 'complex': {
      // complex_repr: parts without a trailing '.0', the imaginary part signed after a real one.
      const part = (x: number): string => floatRepr(x).replace(/\.0$/, '');
      if (!v.real) return `${part(v.imag)}j`;
      return `(${part(v.real)}${v.imag < 0 || Object.is(v.imag, -0) ? '' : '+'}${part(v.imag)}j)`;
    }
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'Ellipsis': return '...';
  }
}

function args(a: A.Arguments): string {
  const out: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    out.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault], P.Test)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) out.push('/');
  });
  if (a.vararg) out.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length) out.push('*');
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kwDefaults[i];
    out.push(d ? `${k.arg}=${expr(d, P.Test)}` : k.arg);
  });
  if (a.kwarg) out.push(`**${a.kwarg.arg}`);
  return out.join(', ');
}

function comprehensions(gens: A.Comprehension[]): string {
  return gens.map((g) => ` ${g.isAsync ? 'async ' : ''}for ${expr(g.target, P.Tuple)} in ${expr(g.iter, P.Test + 1)}${g.ifs.map((i) => ` if ${expr(i, P.Test + 1)}`).join('')}`).join('');
}

function fstringBody(values: A.Expr[]): string {
  return values.map((v) => {
    if (v.kind === 'Constant' && v.value.type === 'str') return v.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    if (v.kind !== 'FormattedValue') return '';
    let inner = expr(v.value, P.Test + 1);
    if (inner.startsWith('{')) inner = ` ${inner}`;
    const conv = v.conversion > 0 ? `!${String.fromCharCode(v.conversion)}` : '';
    const spec = v.formatSpec ? `:${fstringBody(v.formatSpec.values)}` : '';
    return `{${inner}${conv}${spec}}`;
  }).join('');
}

function slice(s: A.Expr): string {
  if (s.kind === 'Slice') {
    return `${s.lower ? expr(s.lower, P.Test) : ''}:${s.upper ? expr(s.upper, P.Test) : ''}${s.step ? `:${expr(s.step, P.Test)}` : ''}`;
  }
  if (s.kind === 'Tuple' && s.elts.length) {
    const items = s.elts.map(slice);
    return items.length === 1 ? `${items[0]},` : items.join(', ');
  }
  return expr(s, P.Tuple);
}

function expr(e: A.Expr, level: P): string {
  switch (e.kind) {
    case 'Constant': return constant(e.value);
    case 'Name': return e.id;
    case 'Attribute': {
      const base = expr(e.value, P.Atom);
      // `1 .real`: an int's text needs a space before the dot.
      const spaced = e.value.kind === 'Constant' && e.value.value.type === 'int' ? `${base} ` : base;
      return `${spaced}.${e.attr}`;
    }
    case 'Subscript': return `${expr(e.value, P.Atom)}[${slice(e.slice)}]`;
    case 'Slice': return slice(e);
    case 'Starred': return `*${expr(e.value, P.BOr)}`;
    case 'Tuple': {
      if (!e.elts.length) return '()';
      const body = e.elts.map((x) => expr(x, P.Test)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return wrap(body, P.Tuple, level);
    }
    case 'List': return `[${e.elts.map((x) => expr(x, P.Test)).join(', ')}]`;
    case 'Set': return e.elts.length ? `{${e.elts.map((x) => expr(x, P.Test)).join(', ')}}` : '{*()}';
    case 'Dict': return `{${e.keys.map((k, i) => (k ? `${expr(k, P.Test)}: ${expr(e.values[i], P.Test)}` : `**${expr(e.values[i], P.BOr)}`)).join(', ')}}`;
    case 'BinOp': {
      const [sym, own] = BIN[e.op];
      const rightAssoc = e.op === 'Pow';
      return wrap(`${expr(e.left, rightAssoc ? own + 1 : own)} ${sym} ${expr(e.right, rightAssoc ? own : own + 1)}`, own, level);
    }
    case 'UnaryOp': {
      if (e.op === 'Not') return wrap(`not ${expr(e.operand, P.Not)}`, P.Not, level);
      const sym = e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-';
      return wrap(`${sym}${expr(e.operand, P.Factor)}`, P.Factor, level);
    }
    case 'BoolOp': {
      const own = e.op === 'And' ? P.And : P.Or;
      return wrap(e.values.map((v) => expr(v, own + 1)).join(e.op === 'And' ? ' and ' : ' or '), own, level);
    }
    case 'Compare': {
      const parts = [expr(e.left, P.Cmp + 1)];
      e.ops.forEach((op, i) => parts.push(`${CMP[op]} ${expr(e.comparators[i], P.Cmp + 1)}`));
      return wrap(parts.join(' '), P.Cmp, level);
    }
    case 'IfExp':
      return wrap(`${expr(e.body, P.Test + 1)} if ${expr(e.test, P.Test + 1)} else ${expr(e.orelse, P.Test)}`, P.Test, level);
    case 'Lambda': {
      const a = args(e.args);
      return wrap(`lambda${a ? ` ${a}` : ''}: ${expr(e.body, P.Test)}`, P.Test, level);
    }
    case 'NamedExpr': return wrap(`${e.target.id} := ${expr(e.value, P.Atom)}`, P.Tuple, level);
    case 'Call': {
      const items = [...e.args.map((a) => expr(a, P.Test)), ...e.keywords.map((k) => (k.arg ? `${k.arg}=${expr(k.value, P.Test)}` : `**${expr(k.value, P.Test)}`))];
      // A lone generator argument keeps only its own parentheses.
      if (e.args.length === 1 && !e.keywords.length && e.args[0].kind === 'GeneratorExp') return `${expr(e.func, P.Atom)}${items[0]}`;
      return `${expr(e.func, P.Atom)}(${items.join(', ')})`;
    }
    case 'ListComp': return `[${expr(e.elt, P.Test)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, P.Test)}${comprehensions(e.generators)}}`;
    case 'DictComp': return `{${expr(e.key, P.Test)}: ${expr(e.value, P.Test)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, P.Test)}${comprehensions(e.generators)})`;
    case 'Yield': return `(yield${e.value ? ` ${expr(e.value, P.Tuple)}` : ''})`;
    case 'YieldFrom': return `(yield from ${expr(e.value, P.Test)})`;
    case 'Await': return wrap(`await ${expr(e.value, P.Atom)}`, P.Await, level);
    case 'JoinedStr': return `f${strRepr(fstringBody(e.values))}`;
    case 'FormattedValue': return `f${strRepr(fstringBody([e]))}`;
  }
}
