// The SyntaxErrors CPython 3.11's compiler raises for the patterns of a match statement
// (Python/compile.c, compiler_pattern and its helpers): unreachable cases, names bound twice or
// differently by alternatives, misplaced stars, duplicate mapping keys. The walk follows the
// compiler's order, and so does the error's position: the compiler reports at the pattern it
// entered last (SET_LOC), which is not always the pattern at fault.

import type * as A from './ast';
import { floatRepr } from '../runtime/text/float-repr';
import { bytesRepr, strRepr } from '../runtime/text/str-repr';

export class PatternCheckError extends Error {
  constructor(
    message: string,
    readonly at: A.Span,
  ) {
    super(message);
  }
}

/** `case _:` (with or without a guard) as the compiler recognises it (WILDCARD_CHECK). */
export function isWildcard(p: A.Pattern): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

/** Checks the cases of `m` the compiler compiles (a trailing `case _` has no pattern code). */
export function checkMatchCase(m: A.Match, index: number): void {
  const c = m.cases[index];
  const last = m.cases.length - 1;
  if (index === last && last > 0 && isWildcard(c.pattern)) return;
  const checker = new Checker(c.pattern, c.guard !== null || index === last);
  checker.pattern(c.pattern);
}

class Checker {
  private loc: A.Span;
  private stores: string[] = [];

  constructor(
    first: A.Pattern,
    private allowIrrefutable: boolean,
  ) {
    this.loc = first;
  }

  private error(message: string): never {
    throw new PatternCheckError(message, this.loc);
  }

  pattern(p: A.Pattern): void {
    this.loc = p;
    switch (p.kind) {
      case 'MatchValue':
        if (!isValueExpr(p.value)) this.error('patterns may only match literals and attribute lookups');
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        return this.sequence(p);
      case 'MatchMapping':
        return this.mapping(p);
      case 'MatchClass':
        return this.cls(p);
      case 'MatchStar':
        return this.store(p.name);
      case 'MatchAs':
        if (p.pattern === null) {
          if (!this.allowIrrefutable) {
            if (p.name !== null) this.error(`name capture '${p.name}' makes remaining patterns unreachable`);
            this.error('wildcard makes remaining patterns unreachable');
          }
          return this.store(p.name);
        }
        this.pattern(p.pattern);
        return this.store(p.name);
      case 'MatchOr':
        return this.or(p);
    }
  }

  /** A sub-pattern: irrefutable ones are fine inside others. */
  private sub(p: A.Pattern): void {
    const saved = this.allowIrrefutable;
    this.allowIrrefutable = true;
    this.pattern(p);
    this.allowIrrefutable = saved;
  }

  private store(name: string | null): void {
    if (name === null) return;
    if (name === '__debug__') this.error('cannot assign to __debug__');
    if (this.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`);
    this.stores.push(name);
  }

  private sequence(p: A.MatchSequence): void {
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    p.patterns.forEach((x, i) => {
      if (x.kind === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern');
        starWildcard = x.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        return;
      }
      onlyWildcard &&= isWildcard(x);
    });
    if (onlyWildcard) return;
    // with `*_` the compiler subscripts and skips the wildcards; otherwise it unpacks everything
    for (const x of p.patterns) {
      if (starWildcard && (isWildcard(x) || x.kind === 'MatchStar')) continue;
      this.sub(x);
    }
  }

  private mapping(p: A.MatchMapping): void {
    const seen: A.ConstantValue[] = [];
    for (const key of p.keys) {
      const value = constantOf(key);
      if (value !== null) {
        if (seen.some((s) => sameKey(s, value))) this.error(`mapping pattern checks duplicate key (${constantRepr(value)})`);
        seen.push(value);
      } else if (key.kind !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups');
      }
    }
    for (const x of p.patterns) this.sub(x);
    this.store(p.rest);
  }

  private cls(p: A.MatchClass): void {
    p.kwdAttrs.forEach((attr, i) => {
      this.loc = p.kwdPatterns[i];
      if (attr === '__debug__') this.error('cannot assign to __debug__');
      for (let j = i + 1; j < p.kwdAttrs.length; j++) {
        if (p.kwdAttrs[j] === attr) {
          this.loc = p.kwdPatterns[j];
          this.error(`attribute name repeated in class pattern: ${attr}`);
        }
      }
    });
    this.loc = p;
    for (const x of [...p.patterns, ...p.kwdPatterns]) if (!isWildcard(x)) this.sub(x);
  }

  private or(p: A.MatchOr): void {
    const outer = this.stores;
    const allow = this.allowIrrefutable;
    let control: string[] | null = null;
    p.patterns.forEach((alt, i) => {
      this.loc = alt;
      this.stores = [];
      this.allowIrrefutable = i === p.patterns.length - 1 && allow;
      this.pattern(alt);
      if (control === null) control = this.stores;
      else if (this.stores.length !== control.length || control.some((n) => !this.stores.includes(n))) {
        this.error('alternative patterns bind different names');
      }
    });
    this.stores = outer;
    this.allowIrrefutable = allow;
    for (const name of control ?? []) {
      if (this.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`);
      this.stores.push(name);
    }
  }
}

/** MATCH_VALUE_EXPR after constant folding: a constant or an attribute lookup. */
function isValueExpr(e: A.Expr): boolean {
  return e.kind === 'Attribute' || constantOf(e) !== null;
}

/** The constant a literal pattern's expression folds to (`-1`, `1 + 2j`), or null. */
export function constantOf(e: A.Expr): A.ConstantValue | null {
  if (e.kind === 'Constant') return e.value;
  if (e.kind === 'UnaryOp' && e.op === 'USub') {
    const v = constantOf(e.operand);
    if (v === null) return null;
    if (v.type === 'int') return { type: 'int', value: -v.value };
    if (v.type === 'float') return { type: 'float', value: -v.value };
    if (v.type === 'complex') return { type: 'complex', real: -(v.real ?? 0), imag: -v.imag };
    return null;
  }
  if (e.kind === 'BinOp' && (e.op === 'Add' || e.op === 'Sub')) {
    const l = constantOf(e.left);
    const r = constantOf(e.right);
    if (l === null || r === null || r.type !== 'complex') return null;
    const real = l.type === 'int' ? Number(l.value) : l.type === 'float' ? l.value : null;
    if (real === null) return null;
    const sign = e.op === 'Add' ? 1 : -1;
    // (real + 0j) ± (r.real + imag j), as complex arithmetic computes it
    return { type: 'complex', real: real + sign * (r.real ?? 0), imag: e.op === 'Add' ? 0 + r.imag : 0 - r.imag };
  }
  return null;
}

/** Whether two keys are equal as set members (1 == 1.0 == True, 0j == 0). */
function sameKey(a: A.ConstantValue, b: A.ConstantValue): boolean {
  const num = (v: A.ConstantValue): [number, number] | null => {
    if (v.type === 'int') return [Number(v.value), 0];
    if (v.type === 'bool') return [v.value ? 1 : 0, 0];
    if (v.type === 'float') return [v.value, 0];
    if (v.type === 'complex') return [v.real ?? 0, v.imag];
    return null;
  };
  const x = num(a);
  const y = num(b);
  if (x !== null && y !== null) {
    if (a.type === 'int' && b.type === 'int') return a.value === b.value;
    return x[0] === y[0] && x[1] === y[1];
  }
  if (a.type === 'str' && b.type === 'str') return a.value === b.value;
  if (a.type === 'bytes' && b.type === 'bytes') return a.value.length === b.value.length && a.value.every((c, i) => c === b.value[i]);
  return a.type === b.type && (a.type === 'None' || a.type === 'Ellipsis');
}

function constantRepr(v: A.ConstantValue): string {
  switch (v.type) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return floatRepr(v.value);
    case 'str':
      return strRepr(v.value);
    case 'bytes':
      return bytesRepr(v.value);
    case 'complex': {
      const part = (x: number): string => {
        const r = floatRepr(x);
        return r.endsWith('.0') ? r.slice(0, -2) : r;
      };
      if ((v.real ?? 0) === 0 && !Object.is(v.real ?? 0, -0)) return `${part(v.imag)}j`;
      const im = v.imag < 0 || Object.is(v.imag, -0) ? `-${part(-v.imag)}` : `+${part(v.imag)}`;
      return `(${part(v.real ?? 0)}${im}j)`;
    }
  }
}
