// The SyntaxErrors CPython raises after parsing: first those of the symbol table pass
// (Python/symtable.c: global/nonlocal misuse, duplicate parameters, import * in a function,
// yield in a comprehension), then those of the compiler (Python/compile.c: return/break/
// continue/yield/await in the wrong place, misplaced starred expressions, repeated keyword
// arguments), each in the order CPython finds them.

import type * as A from './ast';
import { checkMatchCase, PatternCheckError } from './pattern-checks';
import { visitPattern } from './pattern-visit';

class Found extends Error {
  constructor(readonly diag: A.SourceDiagnostic) {
    super(diag.message);
  }
}

function at(message: string, span: A.Span): never {
  throw new Found({ kind: 'SyntaxError', message, line: span.line, col: span.col, endLine: span.endLine, endCol: span.endCol, detail: { compiler: true } });
}

// ---- symbol table ------------------------------------------------------------------------

const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_IMPORT = 128;
const DEF_ANNOT = 256;
const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

type BlockType = 'module' | 'function' | 'class';

class Scope {
  readonly symbols = new Map<string, number>();
  readonly directives = new Map<string, A.Span>();
  readonly children: Scope[] = [];
  constructor(
    readonly type: BlockType,
    readonly parent: Scope | null,
    /** 'list comprehension' etc. for comprehension scopes. */
    readonly comprehension: string | null = null,
  ) {
    parent?.children.push(this);
  }
}

class SymbolTable {
  readonly top = new Scope('module', null);
  private cur = this.top;
  /** Visiting the target of a comprehension's `for`. */
  private compIterTarget = false;

  private addDef(name: string, flag: number, span: A.Span): void {
    const old = this.cur.symbols.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) at(`duplicate argument '${name}' in function definition`, span);
    this.cur.symbols.set(name, old | flag);
  }

  private enter(type: BlockType, comprehension: string | null = null): Scope {
    const s = new Scope(type, this.cur, comprehension);
    this.cur = s;
    return s;
  }

  private exit(): void {
    if (this.cur.parent !== null) this.cur = this.cur.parent;
  }

  module(m: A.Module): void {
    this.stmts(m.body);
  }

  private stmts(list: readonly A.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private exprs(list: readonly (A.Expr | null)[]): void {
    for (const e of list) if (e !== null) this.expr(e);
  }

  private annotations(args: A.Arguments, returns: A.Expr | null | undefined): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation) this.expr(a.annotation);
    if (returns) this.expr(returns);
  }

  private params(args: A.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
    if (args.kwarg) this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kwDefaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decoratorList);
        this.enter('function');
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      case 'ClassDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decoratorList);
        this.enter('class');
        this.stmts(s.body);
        this.exit();
        break;
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const cur = this.cur.symbols.get(s.target.id) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            at(`annotated name '${s.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars) this.expr(item.optionalVars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') at('import * only allowed at module level', a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const global = s.kind === 'Global';
        for (const name of s.names) {
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const what = global ? 'global' : 'nonlocal';
            if (cur & DEF_PARAM) at(`name '${name}' is parameter and ${what}`, s);
            if (cur & USE) at(`name '${name}' is used prior to ${what} declaration`, s);
            if (cur & DEF_ANNOT) at(`annotated name '${name}' can't be ${what}`, s);
            at(`name '${name}' is assigned to before ${what} declaration`, s);
          }
          this.addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          visitPattern(c.pattern, { expr: (e) => this.expr(e), bind: (name, span) => this.addDef(name, DEF_LOCAL, span) });
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private comprehension(what: string, generators: readonly A.Comprehension[], elts: readonly A.Expr[]): void {
    const first = generators[0];
    this.expr(first.iter);
    this.enter('function', what);
    generators.forEach((g, k) => {
      this.compIterTarget = true;
      this.expr(g.target);
      this.compIterTarget = false;
      if (k > 0) this.expr(g.iter);
      this.exprs(g.ifs);
    });
    this.exprs(elts);
    this.exit();
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL | (this.compIterTarget ? DEF_COMP_ITER : 0), e);
        break;
      case 'NamedExpr': {
        this.expr(e.value);
        if (this.cur.comprehension !== null) {
          // the target binds in the nearest enclosing non-comprehension scope
          let s: Scope = this.cur;
          while (s.comprehension !== null && s.parent !== null) {
            if ((s.symbols.get(e.target.id) ?? 0) & DEF_COMP_ITER) {
              at(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e.target);
            }
            s = s.parent;
          }
          if (s.type === 'class') at('assignment expression within a comprehension cannot be used in a class body', e.target);
          const old = s.symbols.get(e.target.id) ?? 0;
          s.symbols.set(e.target.id, old | DEF_LOCAL);
          this.cur.symbols.set(e.target.id, (this.cur.symbols.get(e.target.id) ?? 0) | USE);
        } else {
          this.expr(e.target);
        }
        break;
      }
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kwDefaults);
        this.enter('function');
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case 'ListComp':
        this.comprehension('list comprehension', e.generators, [e.elt]);
        break;
      case 'SetComp':
        this.comprehension('set comprehension', e.generators, [e.elt]);
        break;
      case 'GeneratorExp':
        this.comprehension('generator expression', e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.comprehension('dict comprehension', e.generators, [e.key, e.value]);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (this.cur.comprehension !== null) at(`'yield' inside ${this.cur.comprehension}`, e);
        if (e.value) this.expr(e.value);
        break;
      default:
        forEachChildExpr(e, (c) => this.expr(c));
    }
  }

  /** analyze_block / analyze_name: nonlocal and global declarations that cannot be resolved. */
  analyze(scope: Scope = this.top, bound: Set<string> | null = null): void {
    const local = new Set<string>();
    const newbound = new Set<string>();
    if (scope.type === 'class' && bound !== null) for (const b of bound) newbound.add(b);
    for (const [name, flags] of scope.symbols) {
      const where = (): A.Span => scope.directives.get(name) ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
      if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) at(`name '${name}' is nonlocal and global`, where());
        bound?.delete(name);
        continue;
      }
      if (flags & DEF_NONLOCAL) {
        if (bound === null) at('nonlocal declaration not allowed at module level', where());
        if (!bound.has(name)) at(`no binding for nonlocal '${name}' found`, where());
        continue;
      }
      if (flags & DEF_BOUND) local.add(name);
    }
    if (scope.type !== 'class') {
      if (scope.type === 'function') for (const l of local) newbound.add(l);
      if (bound !== null) for (const b of bound) newbound.add(b);
    }
    for (const child of scope.children) this.analyze(child, new Set(newbound));
  }
}

/** Calls `f` on each direct sub-expression of `e` (in CPython's evaluation order). */
export function forEachChildExpr(e: A.Expr, f: (c: A.Expr) => void): void {
  switch (e.kind) {
    case 'BoolOp':
      e.values.forEach(f);
      break;
    case 'NamedExpr':
      f(e.value);
      f(e.target);
      break;
    case 'BinOp':
      f(e.left);
      f(e.right);
      break;
    case 'UnaryOp':
      f(e.operand);
      break;
    case 'Lambda':
      e.args.defaults.forEach(f);
      for (const d of e.args.kwDefaults) if (d) f(d);
      f(e.body);
      break;
    case 'IfExp':
      f(e.test);
      f(e.body);
      f(e.orelse);
      break;
    case 'Dict':
      e.keys.forEach((k, i) => {
        if (k) f(k);
        f(e.values[i]);
      });
      break;
    case 'Set':
      e.elts.forEach(f);
      break;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      for (const g of e.generators) {
        f(g.iter);
        f(g.target);
        g.ifs.forEach(f);
      }
      f(e.elt);
      break;
    case 'DictComp':
      for (const g of e.generators) {
        f(g.iter);
        f(g.target);
        g.ifs.forEach(f);
      }
      f(e.key);
      f(e.value);
      break;
    case 'Yield':
      if (e.value) f(e.value);
      break;
    case 'YieldFrom':
    case 'Await':
      f(e.value);
      break;
    case 'Compare':
      f(e.left);
      e.comparators.forEach(f);
      break;
    case 'Call':
      f(e.func);
      e.args.forEach(f);
      for (const k of e.keywords) f(k.value);
      break;
    case 'FormattedValue':
      f(e.value);
      if (e.formatSpec) f(e.formatSpec);
      break;
    case 'JoinedStr':
      e.values.forEach(f);
      break;
    case 'Attribute':
      f(e.value);
      break;
    case 'Subscript':
      f(e.value);
      f(e.slice);
      break;
    case 'Starred':
      f(e.value);
      break;
    case 'List':
    case 'Tuple':
      e.elts.forEach(f);
      break;
    case 'Slice':
      if (e.lower) f(e.lower);
      if (e.upper) f(e.upper);
      if (e.step) f(e.step);
      break;
    case 'Constant':
    case 'Name':
      break;
  }
}

// ---- compiler ----------------------------------------------------------------------------

interface Ctx {
  /** 'module' | 'class' | 'function' | 'lambda' | 'comprehension' */
  scope: 'module' | 'class' | 'function' | 'lambda';
  async: boolean;
  loops: number;
}

class CompileChecks {
  private ctx: Ctx = { scope: 'module', async: false, loops: 0 };

  private within(ctx: Ctx, f: () => void): void {
    const saved = this.ctx;
    this.ctx = ctx;
    try {
      f();
    } finally {
      this.ctx = saved;
    }
  }

  stmts(list: readonly A.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        s.decoratorList.forEach((d) => this.expr(d));
        this.arguments(s.args, s);
        this.within({ scope: 'function', async: s.isAsync, loops: 0 }, () => this.stmts(s.body));
        break;
      case 'ClassDef':
        this.within({ scope: 'class', async: false, loops: 0 }, () => this.stmts(s.body));
        s.decoratorList.forEach((d) => this.expr(d));
        s.bases.forEach((b) => this.expr(b, true));
        this.keywords(s.keywords);
        break;
      case 'Return':
        if (this.ctx.scope !== 'function') at("'return' outside function", s);
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        s.targets.forEach((t) => this.target(t));
        break;
      case 'Assign':
        this.expr(s.value);
        s.targets.forEach((t) => this.target(t));
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        this.target(s.target);
        this.expr(s.annotation);
        break;
      case 'For':
        if (s.isAsync && !this.ctx.async) at("'async for' outside async function", s);
        this.expr(s.iter);
        this.target(s.target);
        this.loop(() => this.stmts(s.body));
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.loop(() => this.stmts(s.body));
        this.stmts(s.orelse);
        break;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        if (s.isAsync && !this.ctx.async) at("'async with' outside async function", s);
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars) this.target(item.optionalVars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        s.cases.forEach((c, i) => {
          try {
            checkMatchCase(s, i);
          } catch (e) {
            if (e instanceof PatternCheckError) at(e.message, e.at);
            throw e;
          }
          visitPattern(c.pattern, { expr: (e) => this.expr(e), bind: () => undefined });
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        });
        break;
      case 'Break':
        if (this.ctx.loops === 0) at("'break' outside loop", s);
        break;
      case 'Continue':
        if (this.ctx.loops === 0) at("'continue' not properly in loop", s);
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        break;
    }
  }

  private loop(f: () => void): void {
    this.ctx.loops++;
    try {
      f();
    } finally {
      this.ctx.loops--;
    }
  }

  private arguments(args: A.Arguments, where: A.Span): void {
    args.defaults.forEach((d) => this.expr(d));
    for (const d of args.kwDefaults) if (d) this.expr(d);
    for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
      if (a.arg === '__debug__') at('cannot assign to __debug__', where);
      if (a.annotation) this.expr(a.annotation);
    }
  }

  private keywords(keywords: readonly A.Keyword[]): void {
    this.keywordsCheck(keywords);
    for (const k of keywords) this.expr(k.value);
  }

  /** An assignment target (Store or Del context). */
  private target(t: A.Expr): void {
    switch (t.kind) {
      case 'Starred':
        at('starred assignment target must be in a list or tuple', t);
        break;
      case 'List':
      case 'Tuple': {
        if (t.ctx === 'Store') {
          const stars = t.elts.filter((e) => e.kind === 'Starred');
          if (stars.length > 1) at('multiple starred expressions in assignment', t);
        }
        for (const e of t.elts) {
          if (e.kind === 'Starred') this.target(e.value);
          else this.target(e);
        }
        break;
      }
      case 'Name':
        if (t.id === '__debug__') at(t.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', t);
        break;
      case 'Attribute':
        this.expr(t.value);
        if (t.attr === '__debug__') at(t.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', t);
        break;
      default:
        this.expr(t);
    }
  }

  private expr(e: A.Expr, starOk = false): void {
    switch (e.kind) {
      case 'Starred':
        if (!starOk) at(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here", e);
        this.expr(e.value);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x, true);
        return;
      case 'Call':
        this.expr(e.func);
        this.keywordsCheck(e.keywords);
        for (const a of e.args) this.expr(a, true);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (this.ctx.scope !== 'function' && this.ctx.scope !== 'lambda') at("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        return;
      case 'Await':
        if (this.ctx.scope !== 'function' && this.ctx.scope !== 'lambda') at("'await' outside function", e);
        if (!this.ctx.async) at("'await' outside async function", e);
        this.expr(e.value);
        return;
      case 'Lambda':
        this.arguments(e.args, e);
        this.within({ scope: 'lambda', async: false, loops: 0 }, () => this.expr(e.body));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        if (e.kind !== 'GeneratorExp' && e.generators.some((g) => g.isAsync) && !this.ctx.async) {
          at('asynchronous comprehension outside of an asynchronous function', e);
        }
        const [first, ...rest] = e.generators;
        this.expr(first.iter);
        // a comprehension is a function of its own; await is allowed where its owner allows it
        this.within({ ...this.ctx, scope: this.ctx.scope === 'module' || this.ctx.scope === 'class' ? this.ctx.scope : 'function', loops: 0 }, () => {
          this.target(first.target);
          first.ifs.forEach((x) => this.expr(x));
          for (const g of rest) {
            this.expr(g.iter);
            this.target(g.target);
            g.ifs.forEach((x) => this.expr(x));
          }
          if (e.kind === 'DictComp') {
            this.expr(e.key);
            this.expr(e.value);
          } else {
            this.expr(e.elt);
          }
        });
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.target(e.target);
        return;
      default:
        forEachChildExpr(e, (c) => this.expr(c));
    }
  }

  private keywordsCheck(keywords: readonly A.Keyword[]): void {
    keywords.forEach((k, i) => {
      if (k.arg === null) return;
      if (k.arg === '__debug__') at('cannot assign to __debug__', k);
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === k.arg) at(`keyword argument repeated: ${k.arg}`, keywords[j]);
      }
    });
  }
}

/** The first error CPython's symbol table or compiler reports for this module, or null. */
export function semanticError(m: A.Module): A.SourceDiagnostic | null {
  try {
    const st = new SymbolTable();
    st.module(m);
    st.analyze();
    new CompileChecks().stmts(m.body);
    return null;
  } catch (e) {
    if (e instanceof Found) return e.diag;
    throw e;
  }
}
