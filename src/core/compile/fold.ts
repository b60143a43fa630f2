// The part of CPython's AST optimiser (Python/ast_opt.c) that changes which objects exist:
// folding `-5`, `2 ** 10`, `'a' * 3`, `'abc'[0]` into constants. A folded constant is a new object, not
// one the parser made, so the parser arena holds no reference to it.

import type * as A from '../syntax/ast';
import { importsFutureAnnotations } from './annotations';

type Folded = A.Constant & { folded: true };

const MAX_INT_BITS = 128;
const MAX_STR_SIZE = 4096;

export function foldConstants(module: A.Module): A.Module {
  // astfold_arg / astfold_stmt: string annotations (PEP 563) keep the text that was written.
  const keep = importsFutureAnnotations(module.body) ? ANNOTATION_FIELDS : NO_FIELDS;
  return { kind: 'Module', body: module.body.map((s) => mapNode(s, keep) as A.Stmt) };
}

const ANNOTATION_FIELDS = new Set(['annotation', 'returns']);
const NO_FIELDS = new Set<string>();

/** Rebuilds a node with every nested expression folded (except the fields in `keep`). */
function mapNode(node: unknown, keep: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => mapNode(n, keep));
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return node;
  const src = node as Record<string, unknown>;
  if (src.kind === 'Constant') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) out[k] = keep.has(k) ? v : mapNode(v, keep);
  if (out.kind === 'UnaryOp') return foldUnary(out as unknown as A.UnaryOp);
  if (out.kind === 'BinOp') return foldBinary(out as unknown as A.BinOp);
  if (out.kind === 'Compare') return foldIn(out as unknown as A.Compare);
  if (out.kind === 'Subscript') return foldSubscript(out as unknown as A.Subscript);
  if (out.kind === 'For') {
    const f = out as unknown as A.For;
    return { ...f, iter: foldIter(f.iter) };
  }
  if (out.kind === 'ListComp' || out.kind === 'SetComp' || out.kind === 'DictComp' || out.kind === 'GeneratorExp') {
    const c = out as unknown as A.ListComp;
    return { ...c, generators: c.generators.map((g) => ({ ...g, iter: foldIter(g.iter) })) };
  }
  return out;
}

/**
 * fold_iter (ast_opt.c), for what a `for` or a comprehension iterates over and the right side of `in`:
 * a list display becomes a tuple display (a constant tuple when its items are constants), a set
 * display of constants a constant frozenset.
 */
function foldIter(e: A.Expr): A.Expr {
  if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) return { ...e, kind: 'Tuple' };
  if (e.kind === 'Set' && e.elts.every(isConstant)) return { ...e, frozen: true };
  return e;
}

/** A constant once ast_opt.c folded it: a literal, or a tuple (even empty) of such (fold_tuple). */
function isConstant(e: A.Expr): boolean {
  return e.kind === 'Constant' || (e.kind === 'Tuple' && e.elts.every(isConstant));
}

/** `x in [1, 2]` tests against a constant tuple, `x in {1, 2}` a frozenset (fold_compare in ast_opt.c). */
function foldIn(e: A.Compare): A.Expr {
  const last = e.ops.length - 1;
  if (e.ops[last] !== 'In' && e.ops[last] !== 'NotIn') return e;
  const comparators = [...e.comparators];
  comparators[last] = foldIter(comparators[last]);
  return { ...e, comparators };
}

function constant(span: A.Span, value: A.ConstantValue): Folded {
  return { kind: 'Constant', value, line: span.line, col: span.col, endLine: span.endLine, endCol: span.endCol, folded: true };
}

function foldUnary(e: A.UnaryOp): A.Expr {
  if (e.operand.kind !== 'Constant') return e;
  const v = e.operand.value;
  if (v.type === 'int' || v.type === 'bool') {
    const n = v.type === 'int' ? v.value : v.value ? 1n : 0n;
    if (e.op === 'USub') return constant(e, { type: 'int', value: -n });
    if (e.op === 'UAdd') return constant(e, { type: 'int', value: n });
    if (e.op === 'Invert') return constant(e, { type: 'int', value: -n - 1n });
  }
  if (v.type === 'float') {
    if (e.op === 'USub') return constant(e, { type: 'float', value: -v.value });
    if (e.op === 'UAdd') return constant(e, { type: 'float', value: v.value });
  }
  if (v.type === 'complex' && e.op === 'USub') return e;
  return e;
}

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}

function foldBinary(e: A.BinOp): A.Expr {
  if (e.left.kind !== 'Constant' || e.right.kind !== 'Constant') return e;
  const l = e.left.value;
  const r = e.right.value;
  if (l.type === 'int' && r.type === 'int') {
    const a = l.value;
    const b = r.value;
    let out: bigint | null = null;
    switch (e.op) {
      case 'Add': out = a + b; break;
      case 'Sub': out = a - b; break;
      case 'Mult':
        if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_BITS) return e;
        out = a * b;
        break;
      case 'Pow':
        if (b < 0n || (a !== 0n && a !== 1n && a !== -1n && BigInt(bitLength(a)) * b > BigInt(MAX_INT_BITS))) return e;
        out = a ** b;
        break;
      case 'LShift':
        if (b < 0n || (a !== 0n && BigInt(bitLength(a)) + b > BigInt(MAX_INT_BITS))) return e;
        out = a << b;
        break;
      case 'RShift':
        if (b < 0n) return e;
        out = a >> b;
        break;
      case 'BitAnd': out = a & b; break;
      case 'BitOr': out = a | b; break;
      case 'BitXor': out = a ^ b; break;
      case 'FloorDiv':
      case 'Mod': {
        if (b === 0n) return e;
        let q = a / b;
        if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) q -= 1n;
        out = e.op === 'FloorDiv' ? q : a - q * b;
        break;
      }
      case 'Div': {
        // long_true_divide is correctly rounded: so is one IEEE division of two exactly representable ints.
        const exact = 2n ** 53n;
        if (b === 0n || a > exact || a < -exact || b > exact || b < -exact) return e;
        return constant(e, { type: 'float', value: Number(a) / Number(b) });
      }
      default:
        return e;
    }
    return constant(e, { type: 'int', value: out });
  }
  if (l.type === 'str' && r.type === 'str' && e.op === 'Add') {
    if (l.value.length + r.value.length > MAX_STR_SIZE) return e;
    return constant(e, { type: 'str', value: l.value + r.value });
  }
  if (l.type === 'str' && r.type === 'int' && e.op === 'Mult') {
    if (r.value < 0n || BigInt(l.value.length) * r.value > BigInt(MAX_STR_SIZE)) return e;
    return constant(e, { type: 'str', value: l.value.repeat(Number(r.value)) });
  }
  const isNum = (v: A.ConstantValue) => v.type === 'int' || v.type === 'float';
  if (isNum(l) && isNum(r) && (l.type === 'float' || r.type === 'float')) {
    const a = l.type === 'int' ? Number(l.value) : (l as { value: number }).value;
    const b = r.type === 'int' ? Number(r.value) : (r as { value: number }).value;
    switch (e.op) {
      case 'Add': return constant(e, { type: 'float', value: a + b });
      case 'Sub': return constant(e, { type: 'float', value: a - b });
      case 'Mult': return constant(e, { type: 'float', value: a * b });
      case 'Div':
        if (b === 0) return e;
        return constant(e, { type: 'float', value: a / b });
      default:
        return e;
    }
  }
  if ((e.op === 'Add' || e.op === 'Sub') && r.type === 'complex' && (isNum(l) || l.type === 'complex')) {
    // `1 + 2j`: complex arithmetic on (real, imag) pairs, as complex_add / complex_sub do
    const [a, b] = l.type === 'complex' ? [l.real ?? 0, l.imag] : [l.type === 'int' ? Number(l.value) : (l as { value: number }).value, 0];
    const [c, d] = [r.real ?? 0, r.imag];
    return constant(e, e.op === 'Add' ? { type: 'complex', real: a + c, imag: b + d } : { type: 'complex', real: a - c, imag: b - d });
  }
  return e;
}

/**
 * fold_subscr: a constant str or bytes indexed by a constant int (bool) is the item (a one-character str is
 * then a code constant like any other: interned). An index out of range is left for the IndexError at run time.
 */
function foldSubscript(e: A.Subscript): A.Expr {
  if (e.ctx !== 'Load' || e.value.kind !== 'Constant' || e.slice.kind !== 'Constant') return e;
  const v = e.value.value;
  const k = e.slice.value;
  if (k.type !== 'int' && k.type !== 'bool') return e;
  const i = k.type === 'int' ? k.value : k.value ? 1n : 0n;
  if (v.type === 'str') {
    const chars = Array.from(v.value);
    const at = i < 0n ? BigInt(chars.length) + i : i;
    if (at < 0n || at >= BigInt(chars.length)) return e;
    return constant(e, { type: 'str', value: chars[Number(at)] });
  }
  if (v.type === 'bytes') {
    const at = i < 0n ? BigInt(v.value.length) + i : i;
    if (at < 0n || at >= BigInt(v.value.length)) return e;
    return constant(e, { type: 'int', value: BigInt(v.value[Number(at)]) });
  }
  return e;
}
