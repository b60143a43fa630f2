// Decides, for every scope, where each name lives: fast local, cell, free variable, global or
// name lookup — the job of CPython's Python/symtable.c.

import type * as A from '../syntax/ast';
import { importsFutureAnnotations } from './annotations';
import { visitPattern } from '../syntax/pattern-visit';
import { forEachChildExpr } from '../syntax/checks';

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';
export type NameScope = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit' | 'name';

export type ScopeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export class Scope {
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  /** Names that children capture from this scope. */
  readonly captured = new Set<string>();
  readonly free = new Set<string>();
  readonly resolved = new Map<string, NameScope>();
  /** Names bound only by `x: int` (no value) so far: not in `order` unless code uses them. */
  private readonly annotatedOnly = new Set<string>();
  /** Names in binding order (the order CPython lists co_varnames). */
  readonly order: string[] = [];
  isGenerator = false;
  /** An `async def` body: its code is CO_COROUTINE (an async generator when it also yields). */
  isCoroutine = false;
  /** True when the class body uses `__class__`/super (gets a `__class__` cell). */
  needsClassCell = false;
  constructor(public kind: ScopeKind, public name: string, public parent: Scope | null) {}

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }
  note(name: string): void {
    if (!this.order.includes(name)) this.order.push(name);
  }
  bind(name: string): void {
    this.bound.add(name);
    this.annotatedOnly.delete(name);
    this.note(name);
  }
  use(name: string): void {
    this.used.add(name);
    // A name only annotated so far gets its co_varnames place at its first use.
    if (this.annotatedOnly.delete(name)) this.note(name);
  }
  /** `x: int` without a value: a local of the scope, in co_varnames only if some code uses it. */
  bindAnnotated(name: string): void {
    if (!this.bound.has(name)) this.annotatedOnly.add(name);
    this.bound.add(name);
  }
  scopeOf(name: string): NameScope {
    return this.resolved.get(name) ?? (this.kind === 'module' || this.kind === 'class' ? 'name' : 'global-implicit');
  }
}

export class SymbolTable {
  readonly scopes = new Map<ScopeNode, Scope>();

  static build(module: A.Module): SymbolTable {
    const table = new SymbolTable();
    table.stringAnnotations = importsFutureAnnotations(module.body);
    const top = new Scope('module', '<module>', null);
    table.scopes.set(module, top);
    table.visitBody(module.body, top);
    table.resolve(top, new Set());
    return table;
  }

  /** Under `from __future__ import annotations` annotations are strings: they use no names. */
  private stringAnnotations = false;

  /** symtable_visit_annotation: an evaluated annotation uses its names in the scope that evaluates it. */
  private visitAnnotation(e: A.Expr | null | undefined, scope: Scope): void {
    if (e && !this.stringAnnotations) this.visitExpr(e, scope);
  }

  get(node: ScopeNode): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error('internal: no scope for node');
    return s;
  }

  private visitBody(body: A.Stmt[], scope: Scope): void {
    for (const s of body) this.visitStmt(s, scope);
  }

  private visitArgs(args: A.Arguments, outer: Scope, inner: Scope): void {
    for (const d of args.defaults) this.visitExpr(d, outer);
    for (const d of args.kwDefaults) if (d) this.visitExpr(d, outer);
    const all = [...args.posonlyargs, ...args.args];
    for (const a of all) inner.params.push(a.arg);
    for (const a of args.kwonlyargs) inner.params.push(a.arg);
    if (args.vararg) inner.params.push(args.vararg.arg);
    if (args.kwarg) inner.params.push(args.kwarg.arg);
    // Keyword-only parameters come after positional ones, then *args, then **kwargs (co_varnames order).
    const ordered = [...all.map((a) => a.arg), ...args.kwonlyargs.map((a) => a.arg)];
    if (args.vararg) ordered.push(args.vararg.arg);
    if (args.kwarg) ordered.push(args.kwarg.arg);
    inner.params.length = 0;
    inner.params.push(...ordered);
    for (const p of ordered) inner.bind(p);
  }

  private newScope(node: ScopeNode, kind: ScopeKind, name: string, parent: Scope): Scope {
    const s = new Scope(kind, name, parent);
    parent.children.push(s);
    this.scopes.set(node, s);
    return s;
  }

  private visitStmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'FunctionDef': {
        for (const d of s.decoratorList) this.visitExpr(d, scope);
        const a = s.args;
        for (const arg of [...a.args, ...a.posonlyargs, a.vararg, ...a.kwonlyargs, a.kwarg]) this.visitAnnotation(arg?.annotation, scope);
        this.visitAnnotation(s.returns, scope);
        const inner = this.newScope(s, 'function', s.name, scope);
        inner.isCoroutine = s.isAsync;
        this.visitArgs(s.args, scope, inner);
        this.visitBody(s.body, inner);
        scope.bind(s.name);
        break;
      }
      case 'ClassDef': {
        for (const d of s.decoratorList) this.visitExpr(d, scope);
        for (const b of s.bases) this.visitExpr(b, scope);
        for (const k of s.keywords) this.visitExpr(k.value, scope);
        const inner = this.newScope(s, 'class', s.name, scope);
        this.visitBody(s.body, inner);
        scope.bind(s.name);
        break;
      }
      case 'Return':
        if (s.value) this.visitExpr(s.value, scope);
        break;
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t, scope);
        break;
      case 'Assign':
        this.visitExpr(s.value, scope);
        for (const t of s.targets) this.visitExpr(t, scope);
        break;
      case 'AugAssign':
        this.visitExpr(s.value, scope);
        this.visitExpr(s.target, scope);
        if (s.target.kind === 'Name') scope.use(s.target.id);
        break;
      case 'AnnAssign':
        if (s.value) this.visitExpr(s.value, scope);
        if (!s.value && s.target.kind === 'Name' && s.simple) scope.bindAnnotated(s.target.id);
        else this.visitExpr(s.target, scope);
        this.visitAnnotation(s.annotation, scope);
        break;
      case 'For':
        this.visitExpr(s.iter, scope);
        this.visitExpr(s.target, scope);
        this.visitBody(s.body, scope);
        this.visitBody(s.orelse, scope);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test, scope);
        this.visitBody(s.body, scope);
        this.visitBody(s.orelse, scope);
        break;
      case 'With':
        for (const item of s.items) {
          this.visitExpr(item.contextExpr, scope);
          if (item.optionalVars) this.visitExpr(item.optionalVars, scope);
        }
        this.visitBody(s.body, scope);
        break;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc, scope);
        if (s.cause) this.visitExpr(s.cause, scope);
        break;
      case 'Try':
        this.visitBody(s.body, scope);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type, scope);
          if (h.name) scope.bind(h.name);
          this.visitBody(h.body, scope);
        }
        this.visitBody(s.orelse, scope);
        this.visitBody(s.finalbody, scope);
        break;
      case 'Assert':
        this.visitExpr(s.test, scope);
        if (s.msg) this.visitExpr(s.msg, scope);
        break;
      case 'Import':
        for (const a of s.names) scope.bind(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of s.names) if (a.name !== '*') scope.bind(a.asname ?? a.name);
        break;
      // Misuse of global/nonlocal is reported by the parser's checks (syntax/checks.ts).
      case 'Global':
        for (const n of s.names) scope.globals.add(n);
        break;
      case 'Nonlocal':
        for (const n of s.names) scope.nonlocals.add(n);
        break;
      case 'Expr':
        this.visitExpr(s.value, scope);
        break;
      case 'Match':
        this.visitExpr(s.subject, scope);
        for (const c of s.cases) {
          visitPattern(c.pattern, { expr: (e) => this.visitExpr(e, scope), bind: (name) => scope.bind(name) });
          if (c.guard) this.visitExpr(c.guard, scope);
          this.visitBody(c.body, scope);
        }
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private visitComprehension(
    node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    elts: A.Expr[],
    scope: Scope,
  ): void {
    // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
    const [first, ...rest] = node.generators;
    this.visitExpr(first.iter, scope);
    const inner = this.newScope(node, 'comprehension', comprehensionName(node), scope);
    inner.params.push('.0');
    inner.bind('.0');
    if (node.kind === 'GeneratorExp') inner.isGenerator = true;
    // An `async for` (or an await, visitExpr) makes it asynchronous: a coroutine, or for a generator
    // expression an async generator (symtable_handle_comprehension).
    if (node.generators.some((g) => g.isAsync)) inner.isCoroutine = true;
    this.visitExpr(first.target, inner);
    for (const cond of first.ifs) this.visitExpr(cond, inner);
    for (const g of rest) {
      this.visitExpr(g.iter, inner);
      this.visitExpr(g.target, inner);
      for (const cond of g.ifs) this.visitExpr(cond, inner);
    }
    for (const e of elts) this.visitExpr(e, inner);
    // Awaiting an asynchronous list, set or dict comprehension makes the comprehension around it asynchronous too.
    if (inner.isCoroutine && node.kind !== 'GeneratorExp' && scope.kind === 'comprehension') scope.isCoroutine = true;
  }

  private visitExpr(e: A.Expr, scope: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') scope.use(e.id);
        else scope.bind(e.id);
        if (e.id === 'super' && e.ctx === 'Load') this.markSuper(scope);
        break;
      case 'NamedExpr': {
        this.visitExpr(e.value, scope);
        // The walrus binds in the nearest enclosing non-comprehension scope.
        let target = scope;
        while (target.kind === 'comprehension' && target.parent) target = target.parent;
        target.bind(e.target.id);
        if (target !== scope) {
          scope.nonlocals.add(e.target.id);
          if (target.kind === 'module') {
            scope.nonlocals.delete(e.target.id);
            scope.globals.add(e.target.id);
          }
        }
        break;
      }
      case 'Lambda': {
        const inner = this.newScope(e, 'lambda', '<lambda>', scope);
        this.visitArgs(e.args, scope, inner);
        this.visitExpr(e.body, inner);
        break;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, [e.elt], scope);
        break;
      case 'DictComp':
        this.visitComprehension(e, [e.key, e.value], scope);
        break;
      case 'Await':
        // An await in a comprehension makes it a coroutine (an async function's scope is one already).
        if (scope.kind === 'comprehension') scope.isCoroutine = true;
        this.visitExpr(e.value, scope);
        break;
      case 'Yield':
      case 'YieldFrom':
        scope.isGenerator = true;
        if (e.value) this.visitExpr(e.value, scope);
        break;
      default:
        forEachChildExpr(e, (child) => this.visitExpr(child, scope));
    }
  }

  private markSuper(scope: Scope): void {
    // A method using super() gets an implicit `__class__` free variable.
    if (!scope.isFunctionLike) return;
    scope.use('__class__');
    for (let s: Scope | null = scope.parent; s; s = s.parent) {
      if (s.kind === 'class') {
        s.needsClassCell = true;
        return;
      }
    }
  }

  /** Second pass: resolve each name to its scope, top-down, like symtable.c's analyze_block. */
  private resolve(scope: Scope, enclosingFunctionNames: Set<string>): void {
    for (const n of scope.globals) scope.resolved.set(n, 'global-explicit');
    const names = new Set([...scope.bound, ...scope.used, ...scope.nonlocals]);
    for (const n of names) {
      if (scope.globals.has(n)) continue;
      if (scope.nonlocals.has(n)) {
        scope.resolved.set(n, 'free');
        scope.free.add(n);
        continue;
      }
      if (scope.bound.has(n)) {
        scope.resolved.set(n, scope.isFunctionLike ? 'local' : 'name');
        continue;
      }
      if (n === '__class__' && scope.isFunctionLike && this.hasEnclosingClass(scope)) {
        scope.resolved.set(n, 'free');
        scope.free.add(n);
        continue;
      }
      if (enclosingFunctionNames.has(n)) {
        scope.resolved.set(n, 'free');
        scope.free.add(n);
        continue;
      }
      scope.resolved.set(n, scope.isFunctionLike ? 'global-implicit' : 'name');
    }
    // Names visible to children: this function's locals, plus what it can see from outside.
    let visible = enclosingFunctionNames;
    if (scope.isFunctionLike) {
      visible = new Set(enclosingFunctionNames);
      for (const n of scope.bound) if (!scope.globals.has(n)) visible.add(n);
      for (const n of scope.globals) visible.delete(n);
    }
    for (const child of scope.children) {
      this.resolve(child, visible);
      for (const n of child.free) this.captureFrom(scope, n);
    }
  }

  private hasEnclosingClass(scope: Scope): boolean {
    for (let s = scope.parent; s; s = s.parent) if (s.kind === 'class') return true;
    return false;
  }

  /** A child captures `name`: it becomes a cell here if bound here, else passes through as free. */
  private captureFrom(scope: Scope, name: string): void {
    if (scope.kind === 'class') {
      if (name === '__class__') {
        scope.needsClassCell = true;
        return;
      }
      // Class scopes are skipped by closures, but a free name passes through them.
      scope.free.add(name);
      if (!scope.bound.has(name)) scope.resolved.set(name, 'free');
      return;
    }
    if (scope.kind === 'module') return;
    const current = scope.resolved.get(name);
    if (current === 'local' || current === 'cell') {
      scope.resolved.set(name, 'cell');
      scope.captured.add(name);
    } else if (current === undefined || current === 'global-implicit') {
      scope.resolved.set(name, 'free');
      scope.free.add(name);
    }
  }
}

export function comprehensionName(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): string {
  switch (node.kind) {
    case 'ListComp':
      return '<listcomp>';
    case 'SetComp':
      return '<setcomp>';
    case 'DictComp':
      return '<dictcomp>';
    case 'GeneratorExp':
      return '<genexpr>';
  }
}
