// Formats our syntax tree the way CPython 3.11's ast.dump(tree) formats its own (annotated
// fields, optional None fields left out), so that tests can compare against python3 output.
// `positions` lists "Kind@line:col-endLine:endCol" for every node that has a location, in the
// same order as scripts/regenerate-ast-fixtures.mjs lists CPython's.

import type * as A from '../../../src/core/syntax/ast';
import { isPrintable } from '../../../src/core/syntax/tokenizer';

type Field = [name: string, value: Dumpable, optional?: boolean];
type Dumpable = Node | Dumpable[] | string | number | bigint | boolean | null | Raw;

class Raw {
  constructor(readonly text: string) {}
}
class Node {
  constructor(
    readonly cls: string,
    readonly fields: Field[],
    readonly span: A.Span | null,
  ) {}
}

export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (!isPrintable(ch)) {
      if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

export function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a float. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expText] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  const decpt = exp + 1;
  if (decpt > 16 || decpt < -3) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

function constantRepr(v: A.ConstantValue): string {
  switch (v.type) {
    case 'None':
      return 'None';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return pyFloatRepr(v.value);
    case 'complex': {
      const r = pyFloatRepr(v.imag);
      return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
    }
    case 'str':
      return pyStrRepr(v.value);
    case 'bytes':
      return pyBytesRepr(v.value);
    case 'Ellipsis':
      return 'Ellipsis';
  }
}

const op = (name: string): Node => new Node(name, [], null);

function args(a: A.Arguments): Node {
  return new Node(
    'arguments',
    [
      ['posonlyargs', a.posonlyargs.map(arg)],
      ['args', a.args.map(arg)],
      ['vararg', a.vararg ? arg(a.vararg) : null, true],
      ['kwonlyargs', a.kwonlyargs.map(arg)],
      ['kw_defaults', a.kwDefaults.map((d) => (d ? expr(d) : new Raw('None')))],
      ['kwarg', a.kwarg ? arg(a.kwarg) : null, true],
      ['defaults', a.defaults.map(expr)],
    ],
    null,
  );
}

function arg(a: A.Arg): Node {
  return new Node('arg', [['arg', a.arg], ['annotation', a.annotation ? expr(a.annotation) : null, true]], a);
}

function keyword(k: A.Keyword): Node {
  return new Node('keyword', [['arg', k.arg, true], ['value', expr(k.value)]], k);
}

function comprehension(c: A.Comprehension): Node {
  return new Node('comprehension', [['target', expr(c.target)], ['iter', expr(c.iter)], ['ifs', c.ifs.map(expr)], ['is_async', c.isAsync ? 1 : 0]], null);
}

function expr(e: A.Expr): Node {
  const f = (cls: string, fields: Field[]): Node => new Node(cls, fields, e);
  switch (e.kind) {
    case 'BoolOp':
      return f('BoolOp', [['op', op(e.op)], ['values', e.values.map(expr)]]);
    case 'NamedExpr':
      return f('NamedExpr', [['target', expr(e.target)], ['value', expr(e.value)]]);
    case 'BinOp':
      return f('BinOp', [['left', expr(e.left)], ['op', op(e.op)], ['right', expr(e.right)]]);
    case 'UnaryOp':
      return f('UnaryOp', [['op', op(e.op)], ['operand', expr(e.operand)]]);
    case 'Lambda':
      return f('Lambda', [['args', args(e.args)], ['body', expr(e.body)]]);
    case 'IfExp':
      return f('IfExp', [['test', expr(e.test)], ['body', expr(e.body)], ['orelse', expr(e.orelse)]]);
    case 'Dict':
      return f('Dict', [['keys', e.keys.map((k) => (k ? expr(k) : new Raw('None')))], ['values', e.values.map(expr)]]);
    case 'Set':
      return f('Set', [['elts', e.elts.map(expr)]]);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      return f(e.kind, [['elt', expr(e.elt)], ['generators', e.generators.map(comprehension)]]);
    case 'DictComp':
      return f('DictComp', [['key', expr(e.key)], ['value', expr(e.value)], ['generators', e.generators.map(comprehension)]]);
    case 'Await':
      return f('Await', [['value', expr(e.value)]]);
    case 'Yield':
      return f('Yield', [['value', e.value ? expr(e.value) : null, true]]);
    case 'YieldFrom':
      return f('YieldFrom', [['value', expr(e.value)]]);
    case 'Compare':
      return f('Compare', [['left', expr(e.left)], ['ops', e.ops.map(op)], ['comparators', e.comparators.map(expr)]]);
    case 'Call':
      return f('Call', [['func', expr(e.func)], ['args', e.args.map(expr)], ['keywords', e.keywords.map(keyword)]]);
    case 'FormattedValue':
      return f('FormattedValue', [['value', expr(e.value)], ['conversion', e.conversion], ['format_spec', e.formatSpec ? expr(e.formatSpec) : null, true]]);
    case 'JoinedStr':
      return f('JoinedStr', [['values', e.values.map(expr)]]);
    case 'Constant':
      return f('Constant', [['value', new Raw(constantRepr(e.value))]]);
    case 'Attribute':
      return f('Attribute', [['value', expr(e.value)], ['attr', e.attr], ['ctx', op(e.ctx)]]);
    case 'Subscript':
      return f('Subscript', [['value', expr(e.value)], ['slice', expr(e.slice)], ['ctx', op(e.ctx)]]);
    case 'Starred':
      return f('Starred', [['value', expr(e.value)], ['ctx', op(e.ctx)]]);
    case 'Name':
      return f('Name', [['id', e.id], ['ctx', op(e.ctx)]]);
    case 'List':
      return f('List', [['elts', e.elts.map(expr)], ['ctx', op(e.ctx)]]);
    case 'Tuple':
      return f('Tuple', [['elts', e.elts.map(expr)], ['ctx', op(e.ctx)]]);
    case 'Slice':
      return f('Slice', [['lower', e.lower ? expr(e.lower) : null, true], ['upper', e.upper ? expr(e.upper) : null, true], ['step', e.step ? expr(e.step) : null, true]]);
  }
}

function stmt(s: A.Stmt): Node {
  const f = (cls: string, fields: Field[]): Node => new Node(cls, fields, s);
  const body = (b: A.Stmt[]): Node[] => b.map(stmt);
  switch (s.kind) {
    case 'FunctionDef':
      return f(s.isAsync ? 'AsyncFunctionDef' : 'FunctionDef', [
        ['name', s.name],
        ['args', args(s.args)],
        ['body', body(s.body)],
        ['decorator_list', s.decoratorList.map(expr)],
        ['returns', s.returns ? expr(s.returns) : null, true],
      ]);
    case 'ClassDef':
      return f('ClassDef', [['name', s.name], ['bases', s.bases.map(expr)], ['keywords', s.keywords.map(keyword)], ['body', body(s.body)], ['decorator_list', s.decoratorList.map(expr)]]);
    case 'Return':
      return f('Return', [['value', s.value ? expr(s.value) : null, true]]);
    case 'Delete':
      return f('Delete', [['targets', s.targets.map(expr)]]);
    case 'Assign':
      return f('Assign', [['targets', s.targets.map(expr)], ['value', expr(s.value)]]);
    case 'AugAssign':
      return f('AugAssign', [['target', expr(s.target)], ['op', op(s.op)], ['value', expr(s.value)]]);
    case 'AnnAssign':
      return f('AnnAssign', [['target', expr(s.target)], ['annotation', expr(s.annotation)], ['value', s.value ? expr(s.value) : null, true], ['simple', s.simple ? 1 : 0]]);
    case 'For':
      return f(s.isAsync ? 'AsyncFor' : 'For', [['target', expr(s.target)], ['iter', expr(s.iter)], ['body', body(s.body)], ['orelse', body(s.orelse)]]);
    case 'While':
      return f('While', [['test', expr(s.test)], ['body', body(s.body)], ['orelse', body(s.orelse)]]);
    case 'If':
      return f('If', [['test', expr(s.test)], ['body', body(s.body)], ['orelse', body(s.orelse)]]);
    case 'With':
      return f(s.isAsync ? 'AsyncWith' : 'With', [
        ['items', s.items.map((i) => new Node('withitem', [['context_expr', expr(i.contextExpr)], ['optional_vars', i.optionalVars ? expr(i.optionalVars) : null, true]], null))],
        ['body', body(s.body)],
      ]);
    case 'Raise':
      return f('Raise', [['exc', s.exc ? expr(s.exc) : null, true], ['cause', s.cause ? expr(s.cause) : null, true]]);
    case 'Try':
      return f('Try', [
        ['body', body(s.body)],
        ['handlers', s.handlers.map((h) => new Node('ExceptHandler', [['type', h.type ? expr(h.type) : null, true], ['name', h.name, true], ['body', body(h.body)]], h))],
        ['orelse', body(s.orelse)],
        ['finalbody', body(s.finalbody)],
      ]);
    case 'Assert':
      return f('Assert', [['test', expr(s.test)], ['msg', s.msg ? expr(s.msg) : null, true]]);
    case 'Import':
      return f('Import', [['names', s.names.map(alias)]]);
    case 'ImportFrom':
      return f('ImportFrom', [['module', s.module, true], ['names', s.names.map(alias)], ['level', s.level]]);
    case 'Global':
    case 'Nonlocal':
      return f(s.kind, [['names', s.names]]);
    case 'Expr':
      return f('Expr', [['value', expr(s.value)]]);
    case 'Pass':
    case 'Break':
    case 'Continue':
      return f(s.kind, []);
    case 'Match':
      return f('Match', [
        ['subject', expr(s.subject)],
        ['cases', s.cases.map((c) => new Node('match_case', [['pattern', pattern(c.pattern)], ['guard', c.guard ? expr(c.guard) : null, true], ['body', body(c.body)]], null))],
      ]);
  }
}

function pattern(p: A.Pattern): Node {
  const f = (cls: string, fields: Field[]): Node => new Node(cls, fields, p);
  switch (p.kind) {
    case 'MatchValue':
      return f('MatchValue', [['value', expr(p.value)]]);
    case 'MatchSingleton':
      return f('MatchSingleton', [['value', new Raw(constantRepr(p.value))]]);
    case 'MatchSequence':
      return f('MatchSequence', [['patterns', p.patterns.map(pattern)]]);
    case 'MatchMapping':
      return f('MatchMapping', [['keys', p.keys.map(expr)], ['patterns', p.patterns.map(pattern)], ['rest', p.rest, true]]);
    case 'MatchClass':
      return f('MatchClass', [['cls', expr(p.cls)], ['patterns', p.patterns.map(pattern)], ['kwd_attrs', p.kwdAttrs], ['kwd_patterns', p.kwdPatterns.map(pattern)]]);
    case 'MatchStar':
      return f('MatchStar', [['name', p.name, true]]);
    case 'MatchAs':
      return f('MatchAs', [['pattern', p.pattern ? pattern(p.pattern) : null, true], ['name', p.name, true]]);
    case 'MatchOr':
      return f('MatchOr', [['patterns', p.patterns.map(pattern)]]);
  }
}

function alias(a: A.Alias): Node {
  return new Node('alias', [['name', a.name], ['asname', a.asname, true]], a);
}

function format(v: Dumpable): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Node) {
    const parts: string[] = [];
    for (const [name, value, optional] of v.fields) {
      if (optional === true && value === null) continue;
      parts.push(`${name}=${format(value)}`);
    }
    return `${v.cls}(${parts.join(', ')})`;
  }
  if (Array.isArray(v)) return `[${v.map(format).join(', ')}]`;
  if (typeof v === 'string') return pyStrRepr(v);
  if (v === null) return 'None';
  return String(v);
}

function moduleNode(m: A.Module): Node {
  return new Node('Module', [['body', m.body.map(stmt)], ['type_ignores', []]], null);
}

/** ast.dump(tree) for our tree. */
export function astDump(m: A.Module): string {
  return format(moduleNode(m));
}

/** "Kind@line:col-endLine:endCol" for every located node, depth-first in field order. */
export function astPositions(m: A.Module): string {
  const out: string[] = [];
  const walk = (v: Dumpable): void => {
    if (v instanceof Node) {
      if (v.span !== null) out.push(`${v.cls}@${v.span.line}:${v.span.col}-${v.span.endLine}:${v.span.endCol}`);
      for (const [, value] of v.fields) walk(value);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x);
    }
  };
  walk(moduleNode(m));
  return out.join(' ');
}
