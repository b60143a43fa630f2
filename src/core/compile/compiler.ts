// Syntax tree → code objects, following CPython 3.11's Python/compile.c instruction by
// instruction where it matters for reference counts (what sits on the value stack, when a
// name is bound or released).

import type * as A from '../syntax/ast';
import { Op, BinaryOps, CompareOps, CodeFlags, MakeFunctionFlags, INPLACE_OFFSET, type CodeUnit, type ConstSpec } from './bytecode';
import { CodeBuilder, Label } from './code-builder';
import { INHERITED_LINE } from './artificial-lines';
import { SymbolTable, Scope, comprehensionName, type ScopeNode } from './symtable';
import { unparse } from './unparse';
import { hasAnnotations, importsFutureAnnotations } from './annotations';
import { foldConstants } from './fold';
import { compileMatch, type PatternHost } from './patterns';
import type { CompilerPositions, CompilerRules } from '../versions';
import { mangle } from './mangle';
import { cleanDocstring, docstringOf } from './docstring';

export class CompileError extends Error {
  /** CPython's parser raises this one (the compiler's errors reach compile() of a string without their line). */
  byParser = false;
  constructor(message: string, public span: A.Span, public errorKind: 'SyntaxError' | 'Unsupported' = 'SyntaxError') {
    super(message);
  }
}

/** A block that `return`/`break`/`continue` must clean up when leaving (compile.c's fblocks). */
type FBlock = { handlerBase: number } & (
  | { kind: 'while'; continueLabel: Label; breakLabel: Label }
  | { kind: 'for'; continueLabel: Label; breakLabel: Label }
  | { kind: 'try-body' }
  | { kind: 'finally-try'; body: A.Stmt[] }
  | { kind: 'finally-end' }
  | { kind: 'with'; isAsync: boolean; at: A.Span }
  | { kind: 'handler-cleanup'; name: string | null }
  | { kind: 'exception-handler' }
  | { kind: 'exception-group-handler' });

interface Unit {
  scope: Scope;
  builder: CodeBuilder;
  fblocks: FBlock[];
  qualname: string;
  /** Local slot of each fast/cell/free name. */
  slots: Map<string, number>;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  isClass: boolean;
  /** symtable.c ste_nested: inside a function (or inside a scope that is): CO_NESTED. */
  nested: boolean;
  /** A class body's u_static_attributes: the X of every `self.X = …` stored in the functions inside it. */
  staticAttributes: Set<string> | null;
  /** u_private: the innermost enclosing class's name, which mangles `__names` (compile/mangle.ts). */
  privateName: string | null;
}

/**
 * `positions`: where the version places the instructions whose position changed (versions.ts).
 * `inlinedComprehensions`: 3.12+ (PEP 709), whose comprehensions' cells are also their enclosing code's.
 * `classBodyNames`: 3.13's `__firstlineno__` and `__static_attributes__` in class bodies.
 */
export function compileModule(module: A.Module, filename: string, rules: CompilerRules): CodeUnit {
  const folded = foldConstants(module);
  const table = SymbolTable.build(folded);
  return new Compiler(table, filename, rules).module(folded);
}

/** compile.c STACK_USE_GUIDELINE: longer displays are built in a list, item by item. */
const STACK_USE_GUIDELINE = 30;

/**
 * 3.12+ (symtable.c inline_comprehension): a cell variable of a list, set or dict comprehension is a cell
 * of the code the comprehension is inlined into, which makes it (MAKE_CELL) when it starts; the
 * comprehension makes its own on entry and puts the first one back after. The simulator still calls
 * comprehensions as functions: the enclosing code only gets that first, empty cell.
 */
function inlinedCells(scope: Scope): string[] {
  const out: string[] = [];
  const visit = (s: Scope): void => {
    for (const child of s.children) {
      if (child.kind !== 'comprehension' || child.name === '<genexpr>') continue;
      for (const [name, where] of child.resolved) {
        // A name only comprehensions inlined with it capture is no cell at all (inlinedOnlyCells).
        if (where === 'cell' && !out.includes(name) && capturedBeyondInlined(child, name)) out.push(name);
      }
      visit(child);
    }
  };
  visit(scope);
  return out;
}

/** An inlined comprehension (3.12+): a list, set or dict comprehension, not a generator expression. */
function isInlinedComprehension(scope: Scope): boolean {
  return scope.kind === 'comprehension' && scope.name !== '<genexpr>';
}

/**
 * Whether a scope other than an inlined comprehension captures `name` from `scope`, directly or through
 * inlined comprehensions (which share `scope`'s locals in 3.12+): then CPython makes a cell for it too.
 */
function capturedBeyondInlined(scope: Scope, name: string): boolean {
  return scope.children.some((child) => child.free.has(name) && (!isInlinedComprehension(child) || capturedBeyondInlined(child, name)));
}

/** eval() mode (Py_eval_input): `module` is one expression statement; its code returns the value. */
export function compileExpression(module: A.Module, filename: string, rules: CompilerRules): CodeUnit {
  const folded = foldConstants(module);
  const table = SymbolTable.build(folded);
  return new Compiler(table, filename, rules).expression(folded);
}

/**
 * 3.11's compiler_jump_if leaves the location of the comparison it compiled last as the current one
 * (a BoolOp's operands in order, a `not`'s operand): the instructions an assert emits next get it.
 */
function lastJumpComparison(test: A.Expr): A.Expr | null {
  switch (test.kind) {
    case 'Compare':
      return test;
    case 'UnaryOp':
      return test.op === 'Not' ? lastJumpComparison(test.operand) : null;
    case 'BoolOp':
      return test.values.reduce<A.Expr | null>((last, v) => lastJumpComparison(v) ?? last, null);
    default:
      return null;
  }
}

class Compiler {
  private unit!: Unit;
  /** `from __future__ import annotations` (PEP 563): annotations are compiled to their source text. */
  private futureAnnotations = false;
  private readonly stack: Unit[] = [];
  private readonly positions: CompilerPositions;
  private readonly inlinedComprehensions: boolean;
  private readonly classBodyNames: boolean;
  private readonly cleanDocstrings: boolean;
  constructor(private table: SymbolTable, private filename: string, rules: CompilerRules) {
    this.positions = rules.positions;
    this.inlinedComprehensions = rules.inlinedComprehensions;
    this.classBodyNames = rules.classBodyNames;
    this.cleanDocstrings = rules.cleanDocstrings;
  }

  /** A body's docstring as the version stores it (3.13 strips its indentation), or null. */
  private docstring(body: readonly A.Stmt[]): string | null {
    const doc = docstringOf(body);
    return doc !== null && this.cleanDocstrings ? cleanDocstring(doc) : doc;
  }

  /** compiler_body: a module's or class's docstring is stored as `__doc__` before its statements run (true when there is one). */
  private storeDocstring(body: readonly A.Stmt[]): boolean {
    const doc = this.docstring(body);
    if (doc === null) return false;
    this.at(body[0]);
    this.loadConst({ type: 'str', value: doc }, true);
    this.storeName('__doc__');
    return true;
  }

  /** The start of module-level code (a module, or eval's expression): its cells, then RESUME. */
  private enterModuleCode(m: A.Module): CodeBuilder {
    this.enter(m, '<module>');
    const b = this.unit.builder;
    b.position = { line: 0, col: 0, endLine: 1, endCol: 0 };
    // 3.12+: the cells of comprehensions inlined at module level (inlinedCells).
    for (const cell of this.unit.cellvars) b.emit(Op.MAKE_CELL, this.unit.slots.get(cell) as number);
    b.emit(Op.RESUME, 0);
    return b;
  }

  module(m: A.Module): CodeUnit {
    this.futureAnnotations = importsFutureAnnotations(m.body);
    const b = this.enterModuleCode(m);
    // compiler_body: every annotated module gets __annotations__, at the first statement's line.
    if (hasAnnotations(m.body)) {
      this.at(m.body[0]);
      b.emit(Op.SETUP_ANNOTATIONS);
    }
    this.body(this.storeDocstring(m.body) ? m.body.slice(1) : m.body);
    if (b.reachable) {
      b.markImplicitReturn();
      // The implicit `return None` has no location: each way into it gives it its line (duplicate_exits_without_lineno).
      if (m.body.length) this.atNoLocation();
      this.loadConst({ type: 'None' });
      b.emit(Op.RETURN_VALUE);
    }
    return this.leave('<module>', 1, 0, 0, 0, 0);
  }

  expression(m: A.Module): CodeUnit {
    const b = this.enterModuleCode(m);
    this.expr((m.body[0] as A.ExprStmt).value);
    b.emit(Op.RETURN_VALUE);
    return this.leave('<module>', 1, 0, 0, 0, 0);
  }

  // ---- units -----------------------------------------------------------------
  private enter(node: ScopeNode, qualname: string): void {
    const scope = this.table.get(node);
    const varnames = [...scope.params];
    for (const name of scope.order) {
      const where = scope.resolved.get(name);
      if (scope.isFunctionLike && (where === 'local' || where === 'cell') && !varnames.includes(name)) varnames.push(name);
    }
    const cellvars = [...scope.resolved.entries()].filter(([, w]) => w === 'cell').map(([n]) => n).sort();
    if (scope.kind === 'class' && scope.needsClassCell) cellvars.push('__class__');
    const freevars = [...scope.free].sort();
    if (this.inlinedComprehensions && scope.kind !== 'comprehension') {
      // A name the enclosing code already has keeps its own slot (CPython would make it a cell there too).
      for (const name of inlinedCells(scope)) {
        if (!varnames.includes(name) && !cellvars.includes(name) && !freevars.includes(name)) cellvars.push(name);
      }
    }
    const slots = new Map<string, number>();
    varnames.forEach((n, i) => slots.set(n, i));
    cellvars.forEach((n, i) => {
      if (!slots.has(n)) slots.set(n, varnames.length + i);
    });
    freevars.forEach((n, i) => slots.set(n, varnames.length + cellvars.length + i));
    const parent = this.unit as Unit | undefined;
    const nested = parent !== undefined && (parent.nested || parent.scope.isFunctionLike);
    if (this.unit) this.stack.push(this.unit);
    const isClass = scope.kind === 'class';
    this.unit = {
      scope, builder: this.newBuilder(), fblocks: [], qualname, slots, varnames, cellvars, freevars, isClass, nested,
      staticAttributes: isClass ? new Set() : null,
      privateName: isClass ? (node as A.ClassDef).name : parent?.privateName ?? null,
    };
  }

  private leave(name: string, firstLine: number, argcount: number, posonly: number, kwonly: number, flags: number): CodeUnit {
    const u = this.unit;
    const unit = u.builder.finish({
      name,
      qualname: u.qualname,
      filename: this.filename,
      firstLine,
      argcount,
      posonlyargcount: posonly,
      kwonlyargcount: kwonly,
      flags: flags | (u.scope.isFunctionLike ? CodeFlags.optimized | CodeFlags.newlocals : 0) | (u.scope.isCoroutine ? (u.scope.isGenerator ? CodeFlags.asyncGenerator : CodeFlags.coroutine) : u.scope.isGenerator ? CodeFlags.generator : 0) | (u.nested ? CodeFlags.nested : 0),
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
      inlinedOnlyCells: this.inlinedComprehensions && u.scope.kind !== 'module'
        ? u.cellvars.filter((n) => u.scope.captured.has(n) && !capturedBeyondInlined(u.scope, n)).map((n) => u.slots.get(n) as number)
        : [],
    });
    this.unit = this.stack.pop() as Unit;
    return unit;
  }

  private newBuilder(): CodeBuilder {
    const builder = new CodeBuilder();
    builder.copiesArtificialPerJump = this.positions.handlerCleanupLine === 'per-jump';
    return builder;
  }

  private get b(): CodeBuilder {
    return this.unit.builder;
  }

  private at(node: A.Span): void {
    this.b.position = { line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol };
  }

  /**
   * What follows has no location (CPython's NO_LOCATION, ADDOP_NOLINE: a loop's jump back, POP_BLOCK): it
   * takes the line of the instruction run before it, so it neither starts a line nor leaves one for a trace function.
   */
  private atNoLocation(): void {
    this.b.position = { line: INHERITED_LINE, col: -1, endLine: INHERITED_LINE, endCol: -1 };
  }

  /**
   * At `node` (an attribute, or the call of a method), except that when the attribute's name ends on
   * another line than the node starts, the location starts at the name (update_start_location_to_match_attr):
   * a traceback then shows the line of `.name`.
   */
  private atAttribute(attr: A.Attribute, node: A.Span = attr): void {
    this.at(node);
    if (node.line === attr.endLine) return;
    const p = { ...this.b.position, line: attr.endLine };
    p.col = attr.attr.length <= attr.endCol ? attr.endCol - attr.attr.length : -1;
    if (p.col < 0) p.endCol = -1;
    p.endLine = Math.max(p.line, p.endLine);
    if (p.line === p.endLine) p.endCol = Math.max(p.col, p.endCol);
    this.b.position = p;
  }

  private loadConst(spec: ConstSpec, fromSource = false): void {
    this.b.emit(Op.LOAD_CONST, this.b.addConst(spec, fromSource));
  }

  /** The prologue of a function body: cells, free variables, generator start, RESUME. */
  private prologue(): void {
    const u = this.unit;
    for (const cell of u.cellvars) this.b.emit(Op.MAKE_CELL, u.slots.get(cell) as number);
    if (u.freevars.length) this.b.emit(Op.COPY_FREE_VARS, u.freevars.length);
    if (u.scope.isGenerator || u.scope.isCoroutine) {
      this.b.emit(Op.RETURN_GENERATOR);
      this.b.emit(Op.POP_TOP);
    }
    this.b.emit(Op.RESUME, 0);
  }

  private qualnameFor(name: string): string {
    const u = this.unit;
    if (u.scope.kind === 'module') return name;
    if (u.scope.kind === 'class') return `${u.qualname}.${name}`;
    return `${u.qualname}.<locals>.${name}`;
  }

  // ---- statements ----------------------------------------------------------------
  private body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    this.at(s);
    const b = this.b;
    switch (s.kind) {
      case 'Expr':
        if (s.value.kind === 'Constant') {
          b.emit(Op.NOP);
          return;
        }
        this.expr(s.value);
        this.at(s);
        b.emit(Op.POP_TOP);
        return;
      case 'Assign':
        return this.assign(s);
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'Pass':
        b.emit(Op.NOP);
        return;
      case 'Delete':
        for (const t of s.targets) this.del(t);
        return;
      case 'If':
        return this.ifStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'Break':
        return this.breakOrContinue(s, 'break');
      case 'Continue':
        return this.breakOrContinue(s, 'continue');
      case 'Return':
        return this.returnStmt(s);
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        this.at(s);
        b.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
        return;
      case 'Try':
        // SETUP_FINALLY becomes a NOP at the `try` line (a line event of its own), kept unless the body starts on that line.
        if (s.body.length && s.body[0].line !== s.line) b.emit(Op.NOP);
        if (s.finalbody.length) return this.tryFinally(s);
        return s.isStar ? this.tryStar(s) : this.tryExcept(s);
      case 'With':
        return this.withStmt(s, 0);
      case 'Assert': {
        const end = new Label();
        this.jumpIf(s.test, true, end);
        const where = this.positions.assertRaise;
        const raiseAt = where === 'test' ? s.test : where === 'last-comparison' ? (lastJumpComparison(s.test) ?? s) : s;
        // 3.11 also builds the AssertionError at the leaked comparison's location.
        this.at(where === 'last-comparison' ? raiseAt : s);
        b.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.at(where === 'last-comparison' ? raiseAt : s);
          b.emit(Op.CALL, 0);
        }
        this.at(raiseAt);
        b.emit(Op.RAISE_VARARGS, 1);
        b.bind(end);
        return;
      }
      case 'Import':
        for (const alias of s.names) {
          this.loadConst({ type: 'int', value: 0n });
          this.loadConst({ type: 'None' });
          b.emit(Op.IMPORT_NAME, b.addName(alias.name));
          if (alias.asname) {
            const parts = alias.name.split('.');
            for (const part of parts.slice(1)) {
              b.emit(Op.IMPORT_FROM, b.addName(part));
              b.emit(Op.SWAP, 2);
              b.emit(Op.POP_TOP);
            }
            this.storeName(alias.asname);
          } else {
            this.storeName(alias.name.split('.')[0]);
          }
        }
        return;
      case 'ImportFrom': {
        this.loadConst({ type: 'int', value: BigInt(s.level) });
        this.loadConst({ type: 'tuple', items: s.names.map((a) => ({ type: 'str', value: a.name })) });
        b.emit(Op.IMPORT_NAME, b.addName(s.module ?? ''));
        if (s.names.length === 1 && s.names[0].name === '*') {
          b.emit(Op.IMPORT_STAR);
          return;
        }
        for (const alias of s.names) {
          b.emit(Op.IMPORT_FROM, b.addName(alias.name));
          this.storeName(alias.asname ?? alias.name);
        }
        b.emit(Op.POP_TOP);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        // Declarations: no instruction (no line event either).
        return;
      case 'Match':
        return compileMatch(this.patternHost(), s);
    }
  }

  private patternHost(): PatternHost {
    return {
      b: this.b,
      at: (node) => this.at(node),
      expr: (e) => this.expr(e),
      storeName: (name) => this.storeName(name),
      loadConst: (spec) => this.loadConst(spec),
      jumpIf: (test, whenTrue, label) => this.jumpIf(test, whenTrue, label),
      body: (stmts) => this.body(stmts),
    };
  }

  private assign(s: A.Assign): void {
    const b = this.b;
    const [target] = s.targets;
    // `a, b = b, a` swaps on the stack without building a tuple (3.11's compiler_assign fast path);
    // not for `a, b = 1, 2`, whose value the AST optimiser has folded into one constant.
    if (
      s.targets.length === 1 && target.kind === 'Tuple' && s.value.kind === 'Tuple' &&
      foldedConstant(s.value) === null &&
      target.elts.length === s.value.elts.length && target.elts.length >= 2 && target.elts.length <= 3 &&
      !target.elts.some((e) => e.kind === 'Starred') && !s.value.elts.some((e) => e.kind === 'Starred')
    ) {
      for (const e of s.value.elts) this.expr(e);
      this.at(s);
      if (target.elts.length === 2) b.emit(Op.SWAP, 2);
      else b.emit(Op.SWAP, 3);
      for (const t of target.elts) this.store(t);
      return;
    }
    this.expr(s.value);
    s.targets.forEach((t, i) => {
      if (i < s.targets.length - 1) {
        this.at(s);
        b.emit(Op.COPY, 1);
      }
      this.store(t);
    });
  }

  /**
   * compiler_annassign: the value is stored first; a simple name's annotation is evaluated into
   * `__annotations__` only at module and class level (a function's annotated locals never evaluate theirs).
   */
  private annAssign(s: A.AnnAssign): void {
    const b = this.b;
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.store(t);
    }
    const evaluates = this.unit.scope.kind === 'module' || this.unit.scope.kind === 'class';
    if (t.kind === 'Name' && s.simple) {
      if (!evaluates) return;
      this.annotation(s.annotation);
      this.at(s);
      b.emit(Op.LOAD_NAME, b.addName('__annotations__'));
      this.loadConst({ type: 'str', value: t.id });
      b.emit(Op.STORE_SUBSCR);
      return;
    }
    // check_ann_expr / check_ann_subscr: an unassigned complex target's parts are still evaluated.
    if (!s.value && (t.kind === 'Attribute' || t.kind === 'Subscript')) {
      this.expr(t.value);
      b.emit(Op.POP_TOP);
      if (t.kind === 'Subscript') {
        const parts = t.slice.kind === 'Tuple' ? t.slice.elts : [t.slice];
        for (const part of parts) {
          for (const e of part.kind === 'Slice' ? [part.lower, part.upper, part.step] : [part]) {
            if (!e) continue;
            this.expr(e);
            b.emit(Op.POP_TOP);
          }
        }
      }
    }
    // check_annotation: evaluated and dropped, except under the future import.
    if (evaluates && !this.futureAnnotations) {
      this.expr(s.annotation);
      b.emit(Op.POP_TOP);
    }
  }

  /** An annotation's value: the expression, or its text under `from __future__ import annotations`. */
  private annotation(e: A.Expr): void {
    if (this.futureAnnotations) this.loadConst({ type: 'str', value: unparse(e) });
    else this.expr(e);
  }

  /**
   * compiler_visit_annotations: (name, value) pairs in one tuple for MAKE_FUNCTION — `args` before
   * `posonlyargs` as CPython visits them, then *args, keyword-only, **kwargs, `return`.
   */
  private annotations(args: A.Arguments, returns: A.Expr | null | undefined): number {
    const pairs: [string, A.Expr][] = [];
    for (const a of [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg]) {
      if (a?.annotation) pairs.push([a.arg, a.annotation]);
    }
    if (returns) pairs.push(['return', returns]);
    if (!pairs.length) return 0;
    if (this.futureAnnotations) {
      this.loadConst({ type: 'tuple', items: pairs.flatMap(([name, e]) => [{ type: 'str', value: name }, { type: 'str', value: unparse(e) }] as ConstSpec[]) });
      return MakeFunctionFlags.annotations;
    }
    for (const [name, e] of pairs) {
      this.loadConst({ type: 'str', value: name });
      this.expr(e);
    }
    this.b.emit(Op.BUILD_TUPLE, pairs.length * 2);
    return MakeFunctionFlags.annotations;
  }

  private augAssign(s: A.AugAssign): void {
    const b = this.b;
    const op = BinaryOps.indexOf(s.op) + INPLACE_OFFSET;
    const t = s.target;
    // compiler_augassign: the target's loads and stores at the target, the operation at the statement.
    if (t.kind === 'Name') {
      this.at(t);
      this.loadName(t.id);
      this.expr(s.value);
      this.at(s);
      b.emit(Op.BINARY_OP, op);
      this.at(t);
      this.storeName(t.id);
    } else if (t.kind === 'Attribute') {
      this.expr(t.value);
      this.at(t);
      b.emit(Op.COPY, 1);
      this.atAttribute(t);
      b.emit(Op.LOAD_ATTR, b.addName(this.mangled(t.attr)));
      this.expr(s.value);
      this.at(s);
      b.emit(Op.BINARY_OP, op);
      this.atAttribute(t);
      b.emit(Op.SWAP, 2);
      b.emit(Op.STORE_ATTR, b.addName(this.mangled(t.attr)));
    } else if (t.kind === 'Subscript') {
      this.at(t);
      this.expr(t.value);
      this.expr(t.slice);
      b.emit(Op.COPY, 2);
      b.emit(Op.COPY, 2);
      b.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      this.at(s);
      b.emit(Op.BINARY_OP, op);
      this.at(t);
      b.emit(Op.SWAP, 3);
      b.emit(Op.SWAP, 2);
      b.emit(Op.STORE_SUBSCR);
    } else {
      throw Object.assign(new CompileError(`'${describeTarget(t)}' is an illegal expression for augmented assignment`, t), { byParser: true });
    }
  }

  private ifStmt(s: A.If): void {
    const end = new Label();
    const orelse = s.orelse.length ? new Label() : end;
    this.jumpIf(s.test, false, orelse);
    this.body(s.body);
    if (s.orelse.length) {
      if (this.b.reachable) this.b.emitJump(Op.JUMP_FORWARD, end);
      this.b.bind(orelse);
      this.body(s.orelse);
    }
    this.b.bind(end);
  }

  private whileStmt(s: A.While): void {
    const b = this.b;
    const loop = new Label();
    const body = new Label();
    const orelse = new Label();
    const end = new Label();
    b.bind(loop);
    this.jumpIf(s.test, false, orelse);
    b.bind(body);
    this.unit.fblocks.push({ kind: 'while', continueLabel: loop, breakLabel: end, handlerBase: b.handlerDepth });
    this.body(s.body);
    this.unit.fblocks.pop();
    if (b.reachable) {
      this.atNoLocation();
      b.emitJump(Op.JUMP_BACKWARD, loop);
      // CPython tests again at the end of the body, whose failing test also leads out (compiler_while).
      if (foldedConstant(s.test) === null) b.addHiddenEdge(orelse);
    }
    b.bind(orelse);
    this.body(s.orelse);
    b.bind(end);
  }

  private forStmt(s: A.For): void {
    if (s.isAsync) return this.asyncForStmt(s);
    const b = this.b;
    const start = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.expr(s.iter);
    const iterAt = this.positions.forIter === 'iterable' ? s.iter : s;
    this.at(iterAt);
    b.emit(Op.GET_ITER);
    b.bind(start);
    this.at(iterAt);
    b.emitJump(Op.FOR_ITER, cleanup);
    this.store(s.target);
    this.unit.fblocks.push({ kind: 'for', continueLabel: start, breakLabel: end, handlerBase: b.handlerDepth });
    this.body(s.body);
    this.unit.fblocks.pop();
    if (b.reachable) {
      this.atNoLocation();
      b.emitJump(Op.JUMP_BACKWARD, start);
    }
    b.bind(cleanup);
    this.body(s.orelse);
    b.bind(end);
  }

  /**
   * compiler_async_for: __aiter__ once, then each turn awaits __anext__() under a handler that
   * END_ASYNC_FOR turns into the loop's end on StopAsyncIteration (the `else` runs then).
   */
  private asyncForStmt(s: A.For): void {
    const b = this.b;
    const start = new Label();
    const except = new Label();
    const end = new Label();
    this.expr(s.iter);
    this.at(s);
    b.emit(Op.GET_AITER);
    b.bind(start);
    this.at(s);
    this.unit.fblocks.push({ kind: 'for', continueLabel: start, breakLabel: end, handlerBase: b.handlerDepth });
    b.pushHandler(except, false);
    b.emit(Op.GET_ANEXT);
    this.loadConst({ type: 'None' });
    this.yieldFromLoop(3);
    b.popHandler();
    this.store(s.target);
    this.body(s.body);
    this.unit.fblocks.pop();
    if (b.reachable) {
      this.at(s);
      b.emitJump(Op.JUMP_BACKWARD, start);
    }
    b.bind(except);
    this.at(s.iter);
    b.emit(Op.END_ASYNC_FOR);
    this.body(s.orelse);
    b.bind(end);
  }

  private breakOrContinue(s: A.Break | A.Continue, what: 'break' | 'continue'): void {
    const blocks = this.unit.fblocks;
    let i = blocks.length - 1;
    while (i >= 0 && blocks[i].kind !== 'while' && blocks[i].kind !== 'for') i--;
    if (i < 0) throw new CompileError(what === 'break' ? "'break' outside loop" : "'continue' not properly in loop", s);
    const loop = blocks[i] as FBlock & { kind: 'for' | 'while'; continueLabel: Label; breakLabel: Label };
    // compiler_break / compiler_continue: "Emit instruction with line number" (kept when what follows has another).
    this.at(s);
    if (this.unwindsElsewhere(i + 1)) this.b.emit(Op.NOP);
    const restore = this.unwindTo(i + 1, false, s);
    if (what === 'break') this.unwindBlock(loop, false, s);
    if (this.unwoundLocated) this.at(s);
    this.b.emitJump(what === 'break' ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD, what === 'break' ? loop.breakLabel : loop.continueLabel);
    restore();
  }

  private returnStmt(s: A.Return): void {
    const scope = this.unit.scope;
    if (!scope.isFunctionLike) throw new CompileError("'return' outside function", s);
    // symtable_visit_stmt: an async generator can only return None (its end is StopAsyncIteration).
    if (s.value && scope.isCoroutine && scope.isGenerator) throw new CompileError("'return' with value in async generator", s);
    const preserve = s.value !== null;
    if (s.value) this.expr(s.value);
    // compiler_return: a NOP gives the statement its line before a `finally` or a `with` exit runs.
    else if (this.unwindsElsewhere(0)) this.b.emit(Op.NOP);
    // An error while unwinding is at the returned value, the last thing compiled.
    const restore = this.unwindTo(0, preserve, s, s.value ?? s);
    const located = this.unwoundLocated;
    if (!s.value) {
      if (located) this.at(s);
      this.loadConst({ type: 'None' });
    }
    if (located) this.at(s);
    this.b.emit(Op.RETURN_VALUE);
    restore();
  }

  /**
   * Emits the cleanup of every fblock above `depth`, innermost first (compiler_unwind_fblock_stack).
   * Each cleanup runs outside the handlers its block set up (CPython's POP_BLOCKs); the returned
   * function restores the handlers once the caller emitted its jump or return.
   */
  private unwindTo(depth: number, preserveTos: boolean, at: A.Span, errorAt: A.Span = at): () => void {
    const blocks = this.unit.fblocks;
    const restoreHandlers = this.b.saveHandlers();
    this.unwoundLocated = true;
    for (let i = blocks.length - 1; i >= depth; i--) {
      const block = blocks[i];
      this.b.truncateHandlers(block.handlerBase);
      const saved = blocks.splice(i);
      this.unwindBlock(block, preserveTos, errorAt);
      blocks.push(...saved);
      // compiler_unwind_fblock: a `finally` body or a `with`'s __exit__ should seem to run after the statement
      // that leaves it: what follows is artificial (UNSET_LOC), the return or jump too.
      if (block.kind === 'finally-try' || block.kind === 'with') this.unwoundLocated = false;
      if (this.unwoundLocated) this.at(at);
      else this.atNoLocation();
    }
    return restoreHandlers;
  }

  /**
   * POP_EXCEPT_AND_RERAISE: the handler's own cleanup when it raises, reached only by that exception and
   * emitted without a location (no line: RERAISE puts back the line of the instruction that raised).
   */
  private popExceptAndReraise(): void {
    const b = this.b;
    b.beginArtificial();
    b.emit(Op.COPY, 3);
    b.emit(Op.POP_EXCEPT);
    b.emit(Op.RERAISE, 1);
    b.endArtificial();
  }

  /** Where a comprehension's append, jump back and return are (CompilerPositions.comprehensionTail). */
  private atComprehensionTail(e: A.Expr): void {
    if (this.positions.comprehensionTail === 'comprehension') this.at(e);
  }

  /** Whether leaving the fblocks above `depth` runs code at other lines (a `finally` body, a `with`'s __exit__). */
  private unwindsElsewhere(depth: number): boolean {
    return this.unit.fblocks.slice(depth).some((block) => block.kind === 'finally-try' || block.kind === 'with');
  }

  /** Whether the code unwindTo() emitted left the statement's location current (else none: see there). */
  private unwoundLocated = true;

  /** `errorAt`: where an error of the unwinding is reported (compiler_error's current location). */
  private unwindBlock(block: FBlock, preserveTos: boolean, errorAt: A.Span): void {
    const b = this.b;
    switch (block.kind) {
      case 'while':
        return;
      case 'for':
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
        return;
      case 'try-body':
        return;
      case 'finally-try':
        // With a return value parked under it when `preserveTos`.
        this.body(block.body);
        return;
      case 'finally-end':
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_EXCEPT);
        return;
      case 'with':
        // At the with statement (SET_LOC(c, info->fb_datum)).
        this.at(block.at);
        if (preserveTos) b.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (block.isAsync) this.awaitTop(2);
        b.emit(Op.POP_TOP);
        return;
      case 'handler-cleanup':
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_EXCEPT);
        if (block.name) {
          this.loadConst({ type: 'None' });
          this.storeName(block.name);
          this.deleteName(block.name);
        }
        return;
      case 'exception-handler':
        // Its POP_EXCEPT belongs to the handler-cleanup block inside it.
        return;
      case 'exception-group-handler':
        // compiler_unwind_fblock: leaving an except* clause early would skip the re-raise of what it did not handle.
        throw new CompileError("'break', 'continue' and 'return' cannot appear in an except* block", errorAt);
    }
  }

  /** Awaits the object on top of the stack (GET_AWAITABLE `where`: 0 await, 1 after __aenter__, 2 after __aexit__). */
  private awaitTop(where: 0 | 1 | 2): void {
    this.b.emit(Op.GET_AWAITABLE, where);
    this.loadConst({ type: 'None' });
    this.yieldFromLoop(3);
  }

  private callExitWithNones(): void {
    this.loadConst({ type: 'None' });
    this.loadConst({ type: 'None' });
    this.loadConst({ type: 'None' });
    this.b.emit(Op.CALL, 2);
  }

  private tryExcept(s: A.Try): void {
    const b = this.b;
    const except = new Label();
    const orelse = new Label();
    const end = new Label();
    const cleanup = new Label();
    this.unit.fblocks.push({ kind: 'try-body', handlerBase: b.handlerDepth });
    b.pushHandler(except, false);
    this.body(s.body);
    this.unit.fblocks.pop();
    b.popHandler();
    // POP_BLOCK (ADDOP_NOLINE): no line of its own.
    this.atNoLocation();
    b.emit(Op.NOP);
    if (b.reachable) b.emitJump(Op.JUMP_FORWARD, orelse);
    b.bind(except);
    const handlerBase = b.handlerDepth;
    b.pushHandler(cleanup, true);
    this.at(s.handlers[0] ?? s);
    b.emit(Op.PUSH_EXC_INFO);
    this.unit.fblocks.push({ kind: 'exception-handler', handlerBase });
    s.handlers.forEach((h, index) => {
      this.at(h);
      if (!h.type && index < s.handlers.length - 1) throw new CompileError("default 'except:' must be last", h);
      const next = new Label();
      if (h.type) {
        this.expr(h.type);
        this.at(h);
        b.emit(Op.CHECK_EXC_MATCH);
        b.emitJump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        this.storeName(h.name);
        const cleanupBody = new Label();
        b.pushHandler(cleanupBody, true);
        this.unit.fblocks.push({ kind: 'handler-cleanup', name: h.name, handlerBase });
        this.body(h.body);
        this.unit.fblocks.pop();
        b.popHandler();
        if (b.reachable) {
          b.popHandler();
          // compiler_try_except: the handler's end, `name = None; del name`, has no location (NO_LOCATION).
          b.beginArtificial();
          b.emit(Op.POP_EXCEPT);
          this.loadConst({ type: 'None' });
          this.storeName(h.name);
          this.deleteName(h.name);
          b.emitJump(Op.JUMP_FORWARD, end);
          b.endArtificial();
          b.pushHandler(cleanup, true);
        }
        b.bind(cleanupBody);
        // Reached only by an exception (no predecessor to take a line from): no line, the RERAISE included.
        b.beginArtificial();
        this.loadConst({ type: 'None' });
        this.storeName(h.name);
        this.deleteName(h.name);
        b.emit(Op.RERAISE, 1);
        b.endArtificial();
        this.at(h);
      } else {
        b.emit(Op.POP_TOP);
        this.unit.fblocks.push({ kind: 'handler-cleanup', name: null, handlerBase });
        this.body(h.body);
        this.unit.fblocks.pop();
        if (b.reachable) {
          b.popHandler();
          b.beginArtificial();
          b.emit(Op.POP_EXCEPT);
          b.emitJump(Op.JUMP_FORWARD, end);
          b.endArtificial();
          b.pushHandler(cleanup, true);
        }
      }
      b.bind(next);
    });
    this.unit.fblocks.pop();
    if (b.reachable) {
      // No handler matched: the exception goes on, at the line of the last `except` that tested it (artificial).
      b.beginArtificial();
      b.emit(Op.RERAISE, 0);
      b.endArtificial();
    }
    b.popHandler();
    b.bind(cleanup);
    this.popExceptAndReraise();
    b.bind(orelse);
    this.body(s.orelse);
    b.bind(end);
  }

  /**
   * try / except* (compiler_try_star_except): the handler keeps the caught exception and a list under the part
   * still unmatched; each clause's CHECK_EG_MATCH splits that part, runs the clause on what matched and adds
   * to the list what the clause raised (or re-raised); the last adds the unmatched rest; PREP_RERAISE_STAR
   * makes of the list what to raise, if anything.
   */
  private tryStar(s: A.Try): void {
    const b = this.b;
    const except = new Label();
    const orelse = new Label();
    const end = new Label();
    const cleanup = new Label();
    const reraiseStar = new Label();
    const reraise = new Label();
    this.unit.fblocks.push({ kind: 'try-body', handlerBase: b.handlerDepth });
    b.pushHandler(except, false);
    this.body(s.body);
    this.unit.fblocks.pop();
    b.popHandler();
    b.emit(Op.NOP);
    if (b.reachable) b.emitJump(Op.JUMP_FORWARD, orelse);
    b.bind(except);
    const handlerBase = b.handlerDepth;
    b.pushHandler(cleanup, true);
    this.at(s.handlers[0]);
    b.emit(Op.PUSH_EXC_INFO);
    this.unit.fblocks.push({ kind: 'exception-group-handler', handlerBase });
    s.handlers.forEach((h, index) => {
      this.at(h);
      const handled = new Label();
      const withError = new Label();
      const noMatch = new Label();
      const cleanupEnd = new Label();
      if (index === 0) {
        // [orig, exc] → [orig, [], exc]: the list of what the clauses raise, under the part still unmatched.
        b.emit(Op.COPY, 1);
        b.emit(Op.BUILD_LIST, 0);
        b.emit(Op.SWAP, 2);
      }
      this.expr(h.type as A.Expr);
      this.at(h);
      b.emit(Op.CHECK_EG_MATCH);
      b.emit(Op.COPY, 1);
      b.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
      if (h.name) this.storeName(h.name);
      else b.emit(Op.POP_TOP);
      b.pushHandler(cleanupEnd, true);
      this.unit.fblocks.push({ kind: 'handler-cleanup', name: h.name, handlerBase });
      this.body(h.body);
      this.unit.fblocks.pop();
      b.popHandler();
      if (b.reachable) {
        if (h.name) {
          b.beginArtificial();
          this.loadConst({ type: 'None' });
          this.storeName(h.name);
          this.deleteName(h.name);
          b.endArtificial();
        }
        b.emitJump(Op.JUMP_FORWARD, handled);
      }
      // The clause raised: its exception joins the list (under the rest and the lasti), then the next clause.
      b.bind(cleanupEnd);
      b.beginArtificial();
      if (h.name) {
        this.loadConst({ type: 'None' });
        this.storeName(h.name);
        this.deleteName(h.name);
      }
      b.emit(Op.LIST_APPEND, 3);
      b.emit(Op.POP_TOP);
      b.emitJump(Op.JUMP_FORWARD, withError);
      b.endArtificial();
      b.bind(handled);
      b.emit(Op.NOP);
      b.emitJump(Op.JUMP_FORWARD, withError);
      b.bind(noMatch);
      b.emit(Op.POP_TOP);
      b.bind(withError);
      if (index === s.handlers.length - 1) {
        // The unmatched rest (None when all of it was matched) joins the list too.
        b.emit(Op.LIST_APPEND, 1);
        b.emitJump(Op.JUMP_FORWARD, reraiseStar);
      }
    });
    this.unit.fblocks.pop();
    b.beginArtificial();
    b.bind(reraiseStar);
    b.emit(Op.PREP_RERAISE_STAR);
    b.emit(Op.COPY, 1);
    b.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    b.popHandler();
    b.emit(Op.POP_TOP);
    b.emit(Op.POP_EXCEPT);
    b.emitJump(Op.JUMP_FORWARD, end);
    b.bind(reraise);
    b.emit(Op.SWAP, 2);
    b.emit(Op.POP_EXCEPT);
    b.emit(Op.RERAISE, 0);
    b.endArtificial();
    b.bind(cleanup);
    b.emit(Op.COPY, 3);
    b.emit(Op.POP_EXCEPT);
    b.emit(Op.RERAISE, 1);
    b.bind(orelse);
    this.body(s.orelse);
    b.bind(end);
  }

  private tryFinally(s: A.Try): void {
    const b = this.b;
    const finallyExc = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.unit.fblocks.push({ kind: 'finally-try', body: s.finalbody, handlerBase: b.handlerDepth });
    b.pushHandler(finallyExc, false);
    if (s.handlers.length && s.isStar) this.tryStar({ ...s, finalbody: [] });
    else if (s.handlers.length) this.tryExcept({ ...s, finalbody: [] });
    else this.body(s.body);
    this.unit.fblocks.pop();
    b.popHandler();
    if (b.reachable) {
      this.atNoLocation();
      b.emit(Op.NOP);
      this.body(s.finalbody);
      if (b.reachable) b.emitJump(Op.JUMP_FORWARD, end);
    }
    b.bind(finallyExc);
    this.unit.fblocks.push({ kind: 'finally-end', handlerBase: b.handlerDepth });
    b.pushHandler(cleanup, true);
    b.emit(Op.PUSH_EXC_INFO);
    this.body(s.finalbody);
    this.unit.fblocks.pop();
    if (b.reachable) b.emit(Op.RERAISE, 0);
    b.popHandler();
    b.bind(cleanup);
    this.popExceptAndReraise();
    b.bind(end);
  }

  private withStmt(s: A.With, index: number): void {
    const b = this.b;
    const item = s.items[index];
    const withExc = new Label();
    const cleanup = new Label();
    const suppress = new Label();
    const end = new Label();
    this.expr(item.contextExpr);
    const withAt = this.positions.withItem === 'item' ? item.contextExpr : s;
    this.at(withAt);
    // `async with` awaits what __aenter__ and __aexit__ return (compiler_async_with).
    b.emit(s.isAsync ? Op.BEFORE_ASYNC_WITH : Op.BEFORE_WITH);
    if (s.isAsync) this.awaitTop(1);
    // The handler keeps `__exit__` (below the __enter__ result) on the stack.
    b.depth -= 1;
    this.unit.fblocks.push({ kind: 'with', isAsync: s.isAsync, at: withAt, handlerBase: b.handlerDepth });
    b.pushHandler(withExc, true);
    b.depth += 1;
    if (item.optionalVars) this.store(item.optionalVars);
    else b.emit(Op.POP_TOP);
    if (index + 1 < s.items.length) this.withStmt(s, index + 1);
    else this.body(s.body);
    this.unit.fblocks.pop();
    b.popHandler();
    if (b.reachable) {
      this.at(withAt);
      this.callExitWithNones();
      if (s.isAsync) this.awaitTop(2);
      b.emit(Op.POP_TOP);
      b.emitJump(Op.JUMP_FORWARD, end);
    }
    b.bind(withExc);
    this.at(withAt);
    b.pushHandler(cleanup, true);
    b.emit(Op.PUSH_EXC_INFO);
    b.emit(Op.WITH_EXCEPT_START);
    if (s.isAsync) this.awaitTop(2);
    b.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
    b.emit(Op.RERAISE, 2);
    b.bind(suppress);
    b.emit(Op.POP_TOP);
    b.popHandler();
    b.emit(Op.POP_EXCEPT);
    b.emit(Op.POP_TOP);
    b.emit(Op.POP_TOP);
    b.emitJump(Op.JUMP_FORWARD, end);
    b.bind(cleanup);
    this.popExceptAndReraise();
    b.bind(end);
  }

  private functionDef(s: A.FunctionDef): void {
    for (const d of s.decoratorList) this.expr(d);
    this.at(s);
    let flags = this.defaults(s.args);
    flags |= this.annotations(s.args, s.returns);
    this.at(s);
    const unit = this.functionBody(s, s.name, s.args, () => {
      // A leading string is the docstring (co_consts[0]).
      const doc = this.docstring(s.body);
      if (doc !== null) this.b.addConst({ type: 'str', value: doc }, true);
      else this.b.addConst({ type: 'None' }, false);
      // compiler_function: the body's statements after the docstring (which compiles to nothing).
      this.body(doc !== null ? s.body.slice(1) : s.body);
    });
    this.at(s);
    this.makeFunction(unit, flags);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  /** Emits default values; returns the MAKE_FUNCTION flags they need. */
  private defaults(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      const folded = args.defaults.map(foldedConstant);
      if (folded.every((x) => x !== null)) {
        // The flowgraph optimiser folds a BUILD_TUPLE of constants into one (fold_tuple_on_constants).
        this.loadConst({ type: 'tuple', items: folded as ConstSpec[] });
      } else {
        for (const d of args.defaults) this.expr(d);
        this.b.emit(Op.BUILD_TUPLE, args.defaults.length);
      }
      flags |= MakeFunctionFlags.defaults;
    }
    const kw = args.kwonlyargs.map((a, i) => [a.arg, args.kwDefaults[i]] as const).filter(([, d]) => d !== null);
    if (kw.length) {
      for (const [, d] of kw) this.expr(d as A.Expr);
      this.loadConst({ type: 'tuple', items: kw.map(([name]) => ({ type: 'str', value: name })) });
      this.b.emit(Op.BUILD_CONST_KEY_MAP, kw.length);
      flags |= MakeFunctionFlags.kwdefaults;
    }
    return flags;
  }

  private functionBody(node: A.FunctionDef | A.Lambda, name: string, args: A.Arguments, body: () => void): CodeUnit {
    this.enter(node, this.qualnameFor(name));
    // A decorated function's code starts at its first decorator (co_firstlineno, its RESUME's line).
    const firstLine = node.kind === 'FunctionDef' ? definitionLine(node) : node.line;
    this.b.position = { line: firstLine, col: node.col, endLine: node.endLine, endCol: node.endCol };
    this.prologue();
    body();
    if (this.b.reachable) {
      this.b.markImplicitReturn();
      // No location: the line of the way into it (duplicate_exits_without_lineno), the def's when the body is empty.
      this.atNoLocation();
      this.loadConst({ type: 'None' });
      this.b.emit(Op.RETURN_VALUE);
    }
    let flags = 0;
    if (args.vararg) flags |= CodeFlags.varargs;
    if (args.kwarg) flags |= CodeFlags.varkeywords;
    return this.leave(name, firstLine, args.posonlyargs.length + args.args.length, args.posonlyargs.length, args.kwonlyargs.length, flags);
  }

  /** Pushes the closure tuple (if any) and the code, then MAKE_FUNCTION. */
  private makeFunction(unit: CodeUnit, flags: number): void {
    const b = this.b;
    if (unit.freevars.length) {
      for (const name of unit.freevars) {
        const slot = this.unit.slots.get(name);
        if (slot === undefined) throw new Error(`internal: no cell for free variable ${name}`);
        b.emit(Op.LOAD_CLOSURE, slot);
      }
      b.emit(Op.BUILD_TUPLE, unit.freevars.length);
      flags |= MakeFunctionFlags.closure;
    }
    this.loadConst({ type: 'code', unit });
    b.emit(Op.MAKE_FUNCTION, flags);
  }

  /** Calls the decorators, innermost first, each at its own location (compiler_apply_decorators). */
  private applyDecorators(s: A.FunctionDef | A.ClassDef): void {
    for (let i = s.decoratorList.length - 1; i >= 0; i--) {
      this.at(s.decoratorList[i]);
      this.b.emit(Op.CALL, 0);
    }
    this.at(s);
  }

  private classDef(s: A.ClassDef): void {
    const b = this.b;
    for (const d of s.decoratorList) this.expr(d);
    this.at(s);
    b.emit(Op.PUSH_NULL);
    b.emit(Op.LOAD_BUILD_CLASS);
    this.enter(s, this.qualnameFor(s.name));
    // The body's code starts at its first decorator (co_firstlineno), as its first instructions do.
    const firstLine = definitionLine(s);
    this.b.position = { line: firstLine, col: s.col, endLine: s.endLine, endCol: s.endCol };
    const u = this.unit;
    for (const cell of u.cellvars) this.b.emit(Op.MAKE_CELL, u.slots.get(cell) as number);
    if (u.freevars.length) this.b.emit(Op.COPY_FREE_VARS, u.freevars.length);
    this.b.emit(Op.RESUME, 0);
    this.b.position = { line: firstLine, col: s.col, endLine: firstLine, endCol: s.col };
    this.loadName('__name__');
    this.storeName('__module__');
    this.loadConst({ type: 'str', value: u.qualname });
    this.storeName('__qualname__');
    if (this.classBodyNames) {
      const firstLine = s.decoratorList.length ? s.decoratorList[0].line : s.line;
      this.loadConst({ type: 'int', value: BigInt(firstLine) });
      this.storeName('__firstlineno__');
    }
    // compiler_body: SETUP_ANNOTATIONS before the docstring (after 3.13's __firstlineno__).
    if (hasAnnotations(s.body)) this.b.emit(Op.SETUP_ANNOTATIONS);
    // compiler_body: the docstring (stored as __doc__) is not one of the statements compiled after it.
    this.body(this.storeDocstring(s.body) ? s.body.slice(1) : s.body);
    if (this.classBodyNames) {
      // Known only now: the functions compiled in the body added their `self.X = …` names.
      const names = [...(u.staticAttributes as Set<string>)].sort();
      this.loadConst({ type: 'tuple', items: names.map((value) => ({ type: 'str', value })) });
      this.storeName('__static_attributes__');
    }
    if (u.cellvars.includes('__class__')) {
      this.b.emit(Op.LOAD_CLOSURE, u.slots.get('__class__') as number);
      this.b.emit(Op.COPY, 1);
      this.storeName('__classcell__');
    } else {
      this.loadConst({ type: 'None' });
    }
    this.b.emit(Op.RETURN_VALUE);
    const unit = this.leave(s.name, firstLine, 0, 0, 0, 0);
    this.at(s);
    this.makeFunction(unit, 0);
    this.loadConst({ type: 'str', value: s.name });
    for (const base of s.bases) this.expr(base);
    if (s.keywords.length) {
      for (const k of s.keywords) this.expr(k.value);
      this.at(s);
      b.emit(Op.KW_NAMES, b.addConst({ type: 'tuple', items: s.keywords.map((k) => ({ type: 'str', value: k.arg ?? '' })) }, false));
    }
    this.at(s);
    b.emit(Op.CALL, 2 + s.bases.length + s.keywords.length);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  // ---- names ---------------------------------------------------------------------
  /** A name as the code object stores it: mangled inside a class (fast locals keep the symtable's). */
  private mangled(name: string): string {
    return mangle(this.unit.privateName, name);
  }

  private nameOp(name: string, kind: 'load' | 'store' | 'delete'): void {
    const u = this.unit;
    const b = this.b;
    const where = u.scope.scopeOf(name);
    const pick = (load: number, store: number, del: number) => (kind === 'load' ? load : kind === 'store' ? store : del);
    if (where === 'local' && u.scope.isFunctionLike) {
      b.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), u.slots.get(name) as number);
    } else if (where === 'cell' || (where === 'free' && !u.isClass)) {
      b.emit(pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), u.slots.get(name) as number);
    } else if (where === 'free' && u.isClass) {
      if (kind === 'load') b.emit(Op.LOAD_CLASSDEREF, u.slots.get(name) as number);
      else b.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), b.addName(this.mangled(name)));
    } else if (where === 'global-explicit' || where === 'global-implicit') {
      if (kind === 'load') b.emit(Op.LOAD_GLOBAL, b.addName(this.mangled(name)) << 1);
      else b.emit(kind === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, b.addName(this.mangled(name)));
    } else {
      b.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), b.addName(this.mangled(name)));
    }
  }
  private loadName(name: string): void {
    this.nameOp(name, 'load');
  }
  private storeName(name: string): void {
    if (name === '__debug__') throw new CompileError('cannot assign to __debug__', this.b.position);
    this.nameOp(name, 'store');
  }
  private deleteName(name: string): void {
    this.nameOp(name, 'delete');
  }

  /** compiler_maybe_add_static_attribute_to_class: `self.X = …` names X for the innermost enclosing class. */
  private noteStaticAttribute(t: A.Attribute): void {
    if (t.value.kind !== 'Name' || t.value.id !== 'self') return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const attrs = this.stack[i].staticAttributes;
      if (attrs) {
        attrs.add(t.attr);
        return;
      }
    }
  }

  // ---- targets -------------------------------------------------------------------
  private store(t: A.Expr): void {
    const b = this.b;
    switch (t.kind) {
      case 'Name':
        this.at(t);
        this.storeName(t.id);
        return;
      case 'Attribute':
        this.noteStaticAttribute(t);
        this.expr(t.value);
        this.atAttribute(t);
        b.emit(Op.STORE_ATTR, b.addName(this.mangled(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.at(t);
        b.emit(Op.STORE_SUBSCR);
        return;
      case 'Tuple':
      case 'List': {
        this.at(t);
        const star = t.elts.findIndex((e) => e.kind === 'Starred');
        if (star >= 0) {
          if (t.elts.slice(star + 1).some((e) => e.kind === 'Starred')) throw new CompileError('multiple starred expressions in assignment', t);
          b.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        } else {
          b.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        }
        for (const e of t.elts) this.store(e.kind === 'Starred' ? e.value : e);
        return;
      }
      case 'Starred':
        throw new CompileError('starred assignment target must be in a list or tuple', t);
      default:
        throw new CompileError(`cannot assign to ${describeTarget(t)}`, t);
    }
  }

  private del(t: A.Expr): void {
    const b = this.b;
    this.at(t);
    switch (t.kind) {
      case 'Name':
        this.deleteName(t.id);
        return;
      case 'Attribute':
        this.expr(t.value);
        this.atAttribute(t);
        b.emit(Op.DELETE_ATTR, b.addName(this.mangled(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.at(t);
        b.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.del(e);
        return;
      default:
        throw new CompileError(`cannot delete ${describeTarget(t)}`, t);
    }
  }

  // ---- expressions ---------------------------------------------------------------
  /** Jumps to `label` when `test` is truthy (`whenTrue`) or falsy; otherwise falls through. */
  private jumpIf(test: A.Expr, whenTrue: boolean, label: Label): void {
    const b = this.b;
    if (test.kind === 'UnaryOp' && test.op === 'Not') return this.jumpIf(test.operand, !whenTrue, label);
    if (test.kind === 'BoolOp') {
      const isAnd = test.op === 'And';
      // and → jump if any false; or → jump if any true.
      if (isAnd !== whenTrue) {
        for (const v of test.values) this.jumpIf(v, whenTrue, label);
      } else {
        const skip = new Label();
        test.values.forEach((v, i) => {
          if (i < test.values.length - 1) this.jumpIf(v, !whenTrue, skip);
          else this.jumpIf(v, whenTrue, label);
        });
        b.bind(skip);
      }
      return;
    }
    if (test.kind === 'Compare' && test.ops.length === 1 && (test.ops[0] === 'Is' || test.ops[0] === 'IsNot') &&
      test.comparators[0].kind === 'Constant' && test.comparators[0].value.type === 'None') {
      this.expr(test.left);
      // The peephole turns LOAD_CONST None, IS_OP into a NOP at the None, kept when it is alone on its line.
      const none = test.comparators[0];
      if (none.line !== test.line && none.line !== test.left.line) {
        this.at(none);
        b.emit(Op.NOP);
      }
      this.at(test);
      const isNone = test.ops[0] === 'Is';
      b.emitJump(isNone === whenTrue ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, label);
      return;
    }
    this.expr(test);
    if (this.positions.conditionalJump === 'test' || test.kind === 'Compare') this.at(test);
    b.emitJump(whenTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  }

  /**
   * Compiles an expression at its own location, then restores the location that was current
   * (compiler_visit_expr): what the caller emits next is at the caller's node.
   */
  private expr(e: A.Expr): void {
    const saved = this.b.position;
    this.exprAt(e);
    this.b.position = saved;
  }

  private exprAt(e: A.Expr): void {
    const b = this.b;
    this.at(e);
    switch (e.kind) {
      case 'Constant':
        // Parsed and folded constants alike live in the parser's arena (ast_opt.c: make_const).
        this.loadConst(e.value, true);
        return;
      case 'Name':
        this.loadName(e.id);
        return;
      case 'Attribute':
        this.expr(e.value);
        this.atAttribute(e);
        b.emit(Op.LOAD_ATTR, b.addName(this.mangled(e.attr)));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.at(e);
        b.emit(Op.BINARY_SUBSCR);
        return;
      case 'Slice':
        this.sliceOperand(e.lower);
        this.sliceOperand(e.upper);
        if (e.step) this.expr(e.step);
        this.at(e);
        b.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.at(e);
        b.emit(Op.BINARY_OP, BinaryOps.indexOf(e.op));
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        this.at(e);
        b.emit({ Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE }[e.op]);
        return;
      case 'BoolOp': {
        const end = new Label();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) {
            this.at(e);
            b.emitJump(e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
          }
        });
        b.bind(end);
        return;
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.at(e);
        b.emitJump(Op.JUMP_FORWARD, end);
        b.bind(orelse);
        this.expr(e.orelse);
        b.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.at(e);
        b.emit(Op.COPY, 1);
        this.storeName(e.target.id);
        return;
      case 'Call':
        return this.call(e);
      case 'List':
      case 'Tuple':
      case 'Set':
        return this.collection(e);
      case 'Dict':
        return this.dict(e);
      case 'JoinedStr':
        for (const v of e.values) this.expr(v);
        this.at(e);
        if (e.values.length !== 1) b.emit(Op.BUILD_STRING, e.values.length);
        else if (e.values[0].kind === 'Constant') {
          // A lone constant part is already the string.
        }
        return;
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.formatSpec) {
          this.expr(e.formatSpec);
          flags |= 4;
        }
        this.at(this.positions.formattedValue === 'field' && e.field ? e.field : e);
        b.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'Lambda': {
        const flags = this.defaults(e.args);
        const unit = this.functionBody(e, '<lambda>', e.args, () => {
          this.b.addConst({ type: 'None' }, false);
          this.expr(e.body);
          this.at(e);
          this.b.emit(Op.RETURN_VALUE);
        });
        this.at(e);
        this.makeFunction(unit, flags);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'Yield':
        if (!this.unit.scope.isFunctionLike) throw new CompileError("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        else this.loadConst({ type: 'None' });
        this.at(e);
        // compiler_visit_expr1: an async generator's yields are wrapped, told apart from its awaits' yields.
        if (this.unit.scope.isCoroutine) b.emit(Op.ASYNC_GEN_WRAP);
        b.emit(Op.YIELD_VALUE);
        b.emit(Op.RESUME, 1);
        return;
      case 'YieldFrom': {
        if (!this.unit.scope.isFunctionLike) throw new CompileError("'yield' outside function", e);
        if (this.unit.scope.isCoroutine) throw new CompileError("'yield from' inside async function", e);
        this.expr(e.value);
        this.at(e);
        b.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst({ type: 'None' });
        this.yieldFromLoop(2);
        return;
      }
      case 'Await':
        if (!this.unit.scope.isCoroutine) throw new CompileError("'await' outside async function", e);
        // compiler_visit_expr1's Await_kind: the awaitable's iterator, then the same SEND loop as `yield from`.
        this.expr(e.value);
        this.at(e);
        b.emit(Op.GET_AWAITABLE, 0);
        this.loadConst({ type: 'None' });
        this.yieldFromLoop(3);
        return;
      case 'Starred':
        throw new CompileError("can't use starred expression here", e);
    }
  }

  /** SEND loop of `yield from` (RESUME 2) and `await` (RESUME 3): [receiver, value] → result (3.11's compiler_add_yield_from). */
  private yieldFromLoop(resume: 2 | 3): void {
    const b = this.b;
    const send = new Label();
    const exit = new Label();
    b.bind(send);
    b.emitJump(Op.SEND, exit);
    b.emit(Op.YIELD_VALUE);
    b.emit(Op.RESUME, resume);
    b.emitJump(Op.JUMP_NO_INTERRUPT, send);
    b.bind(exit);
  }

  private sliceOperand(e: A.Expr | null): void {
    if (e) this.expr(e);
    else this.loadConst({ type: 'None' });
  }

  private compare(e: A.Compare): void {
    const b = this.b;
    this.expr(e.left);
    const emitOp = (op: A.CmpOp) => {
      this.at(e);
      switch (op) {
        case 'Is':
        case 'IsNot':
          b.emit(Op.IS_OP, op === 'IsNot' ? 1 : 0);
          return;
        case 'In':
        case 'NotIn':
          b.emit(Op.CONTAINS_OP, op === 'NotIn' ? 1 : 0);
          return;
        default:
          b.emit(Op.COMPARE_OP, CompareOps.indexOf(op));
      }
    };
    if (e.ops.length === 1) {
      this.expr(e.comparators[0]);
      emitOp(e.ops[0]);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    e.ops.forEach((op, i) => {
      this.expr(e.comparators[i]);
      if (i < e.ops.length - 1) {
        this.at(e);
        b.emit(Op.SWAP, 2);
        b.emit(Op.COPY, 2);
        emitOp(op);
        b.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else {
        emitOp(op);
      }
    });
    b.emitJump(Op.JUMP_FORWARD, end);
    b.bind(cleanup);
    b.emit(Op.SWAP, 2);
    b.emit(Op.POP_TOP);
    b.bind(end);
  }

  private call(e: A.Call): void {
    const b = this.b;
    const starred = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
    const method = e.func.kind === 'Attribute' && !starred;
    if (method) {
      const f = e.func as A.Attribute;
      this.expr(f.value);
      this.atAttribute(f);
      b.emit(Op.LOAD_METHOD, b.addName(this.mangled(f.attr)));
    } else if (e.func.kind === 'Name' && ['global-explicit', 'global-implicit'].includes(this.unit.scope.scopeOf(e.func.id)) && this.unit.scope.isFunctionLike) {
      this.at(e.func);
      b.emit(Op.LOAD_GLOBAL, (b.addName(this.mangled(e.func.id)) << 1) | 1);
      this.at(e);
    } else {
      b.emit(Op.PUSH_NULL);
      this.expr(e.func);
    }
    if (starred) return this.callEx(e);
    for (const a of e.args) this.expr(a);
    for (const k of e.keywords) this.expr(k.value);
    if (method) this.atAttribute(e.func as A.Attribute, e);
    else this.at(e);
    if (e.keywords.length) {
      b.emit(Op.KW_NAMES, b.addConst({ type: 'tuple', items: e.keywords.map((k) => ({ type: 'str', value: k.arg as string })) }, false));
    }
    b.emit(Op.CALL, e.args.length + e.keywords.length);
  }

  private callEx(e: A.Call): void {
    const b = this.b;
    // Positional arguments: one tuple, built with LIST_EXTEND for *iterables.
    const args = e.args;
    const folded = args.map(foldedConstant);
    if (args.length === 1 && args[0].kind === 'Starred') {
      // CALL_FUNCTION_EX turns a non-tuple iterable into a tuple itself.
      this.expr(args[0].value);
    } else if (folded.every((x) => x !== null)) {
      // starunpack_helper folds 3+ constants; fold_tuple_on_constants the BUILD_TUPLE of fewer.
      this.loadConst({ type: 'tuple', items: folded as ConstSpec[] });
    } else if (!args.some((a) => a.kind === 'Starred') && args.length <= STACK_USE_GUIDELINE) {
      for (const a of args) this.expr(a);
      this.at(e);
      b.emit(Op.BUILD_TUPLE, args.length);
    } else {
      b.emit(Op.BUILD_LIST, 0);
      for (const a of args) {
        if (a.kind === 'Starred') {
          this.expr(a.value);
          b.emit(Op.LIST_EXTEND, 1);
        } else {
          this.expr(a);
          b.emit(Op.LIST_APPEND, 1);
        }
      }
      b.emit(Op.LIST_TO_TUPLE);
    }
    if (e.keywords.length) {
      b.emit(Op.BUILD_MAP, 0);
      for (const k of e.keywords) {
        if (k.arg === null) {
          this.expr(k.value);
          b.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst({ type: 'str', value: k.arg });
          this.expr(k.value);
          b.emit(Op.MAP_ADD, 1);
        }
      }
    }
    this.at(e);
    b.emit(Op.CALL_FUNCTION_EX, e.keywords.length ? 1 : 0);
  }

  private collection(e: A.ListExpr | A.TupleExpr | A.SetExpr): void {
    const b = this.b;
    const build = e.kind === 'List' ? Op.BUILD_LIST : e.kind === 'Tuple' ? Op.BUILD_TUPLE : Op.BUILD_SET;
    if ('ctx' in e && e.ctx !== 'Load') throw new CompileError('internal: store context in load', e);
    const folded = e.elts.map(foldedConstant);
    const allConstant = (items: (ConstSpec | null)[]): items is ConstSpec[] => items.every((x) => x !== null);
    if (e.kind === 'Set' && e.frozen && allConstant(folded)) {
      this.loadConst({ type: 'frozenset', items: folded }, true);
      return;
    }
    if (e.kind === 'Tuple' && e.elts.length > 0 && allConstant(folded)) {
      // The AST optimiser folds a tuple of constants into one constant (Python/ast_opt.c).
      this.loadConst({ type: 'tuple', items: folded }, true);
      return;
    }
    if (e.kind !== 'Tuple' && e.elts.length > 2 && allConstant(folded)) {
      // 3.11's starunpack_helper: a list/set display of 3+ constants (tuples of constants folded
      // first) extends an empty one from a constant tuple/frozenset, which then holds the items too.
      const items = folded;
      b.emit(e.kind === 'List' ? Op.BUILD_LIST : Op.BUILD_SET, 0);
      this.loadConst({ type: e.kind === 'List' ? 'tuple' : 'frozenset', items });
      this.at(e);
      b.emit(e.kind === 'List' ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
      return;
    }
    // starunpack_helper: a display longer than STACK_USE_GUIDELINE is built item by item from an empty one.
    const big = e.elts.length > STACK_USE_GUIDELINE;
    if (!big && !e.elts.some((x) => x.kind === 'Starred')) {
      for (const x of e.elts) this.expr(x);
      this.at(e);
      b.emit(build, e.elts.length);
      return;
    }
    b.emit(e.kind === 'Set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
    for (const x of e.elts) {
      if (x.kind === 'Starred') {
        this.expr(x.value);
        b.emit(e.kind === 'Set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        b.emit(e.kind === 'Set' ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    this.at(e);
    if (e.kind === 'Tuple') b.emit(Op.LIST_TO_TUPLE);
  }

  private dict(e: A.DictExpr): void {
    const b = this.b;
    if (e.keys.every((k) => k !== null)) {
      const keys = e.keys as A.Expr[];
      const constKeys = keys.length > 1 && keys.every((k) => k.kind === 'Constant');
      if (constKeys) {
        for (const v of e.values) this.expr(v);
        this.at(e);
        this.loadConst({ type: 'tuple', items: keys.map((k) => (k as A.Constant).value) });
        b.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
        return;
      }
      keys.forEach((k, i) => {
        this.expr(k);
        this.expr(e.values[i]);
      });
      this.at(e);
      b.emit(Op.BUILD_MAP, keys.length);
      return;
    }
    let pending = 0;
    let built = false;
    const flush = () => {
      if (pending || !built) {
        b.emit(Op.BUILD_MAP, pending);
        if (built) b.emit(Op.DICT_UPDATE, 1);
        built = true;
        pending = 0;
      }
    };
    e.keys.forEach((k, i) => {
      if (k === null) {
        flush();
        this.expr(e.values[i]);
        b.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        pending++;
      }
    });
    if (pending) flush();
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const b = this.b;
    const name = comprehensionName(e);
    this.enter(e, this.qualnameFor(name));
    this.at(e);
    this.prologue();
    const inner = this.b;
    if (e.kind !== 'GeneratorExp') {
      inner.emit(e.kind === 'ListComp' ? Op.BUILD_LIST : e.kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.comprehensionLevel(e, 0);
    this.atComprehensionTail(e);
    if (e.kind === 'GeneratorExp') this.loadConst({ type: 'None' });
    inner.emit(Op.RETURN_VALUE);
    // List, set and dict comprehensions are marked nested whatever their place: 3.12+ inlines them (PEP 709),
    // so no function object of theirs may count a deferred reference in 3.13t (the simulator still calls
    // them as 3.11 did). A generator expression keeps its function: a module-level one is deferred.
    const unit = this.leave(name, e.line, 1, 0, 0, e.kind === 'GeneratorExp' ? 0 : CodeFlags.nested);
    this.at(e);
    this.makeFunction(unit, 0);
    this.expr(e.generators[0].iter);
    this.at(this.comprehensionIterAt(e, 0));
    b.emit(e.generators[0].isAsync ? Op.GET_AITER : Op.GET_ITER);
    this.at(e);
    b.emit(Op.CALL, 0);
    // compiler_comprehension: an asynchronous list, set or dict comprehension is a coroutine, awaited at once.
    if (this.table.get(e).isCoroutine && e.kind !== 'GeneratorExp') this.awaitTop(0);
  }

  /** Where a comprehension's `for` iterates: the whole comprehension, or (3.13) the `for`'s iterable. */
  private comprehensionIterAt(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, level: number): A.Span {
    return this.positions.comprehensionIter === 'iterable' ? e.generators[level].iter : e;
  }

  /** A level's iterator: the outermost one is the comprehension function's argument (.0), inner ones are made here. */
  private comprehensionIterator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, level: number, getIter: typeof Op.GET_ITER | typeof Op.GET_AITER): void {
    if (level === 0) {
      this.b.emit(Op.LOAD_FAST, 0);
      return;
    }
    this.expr(e.generators[level].iter);
    this.at(this.comprehensionIterAt(e, level));
    this.b.emit(getIter);
  }

  private comprehensionLevel(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, level: number): void {
    const b = this.b;
    const gen = e.generators[level];
    if (gen.isAsync) return this.asyncComprehensionLevel(e, level);
    const start = new Label();
    const anchor = new Label();
    this.comprehensionIterator(e, level, Op.GET_ITER);
    b.bind(start);
    this.at(this.comprehensionIterAt(e, level));
    b.emitJump(Op.FOR_ITER, anchor);
    this.comprehensionItem(e, level, start);
    b.bind(anchor);
  }

  /** A level's item: bound to its target, its conditions and what they guard, then back to the level's next item. */
  private comprehensionItem(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, level: number, start: Label): void {
    // The target's store is at the target; what follows is at the location current before it (compiler_visit_expr).
    const saved = this.b.position;
    this.store(e.generators[level].target);
    this.b.position = saved;
    const skip = new Label();
    this.comprehensionBody(e, level, skip);
    this.b.bind(skip);
    this.atComprehensionTail(e);
    this.b.emitJump(Op.JUMP_BACKWARD, start);
  }

  /**
   * compiler_async_comprehension_generator: an `async for` level awaits __anext__() under a handler that
   * END_ASYNC_FOR turns into the level's end on StopAsyncIteration.
   */
  private asyncComprehensionLevel(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, level: number): void {
    const b = this.b;
    const start = new Label();
    const except = new Label();
    this.comprehensionIterator(e, level, Op.GET_AITER);
    b.bind(start);
    this.at(this.comprehensionIterAt(e, level));
    b.pushHandler(except, false);
    b.emit(Op.GET_ANEXT);
    this.loadConst({ type: 'None' });
    this.yieldFromLoop(3);
    b.popHandler();
    this.comprehensionItem(e, level, start);
    b.bind(except);
    this.at(this.comprehensionIterAt(e, level));
    b.emit(Op.END_ASYNC_FOR);
  }

  /** A level's conditions, then the next level or the element (jumping to `skip` when a condition fails). */
  private comprehensionBody(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, level: number, skip: Label): void {
    const b = this.b;
    for (const cond of e.generators[level].ifs) this.jumpIf(cond, false, skip);
    if (level + 1 < e.generators.length) {
      this.comprehensionLevel(e, level + 1);
    } else {
      // Collection depth below the element: the iterators of all levels, plus the collection.
      const depth = e.generators.length + 1;
      switch (e.kind) {
        case 'ListComp':
          this.expr(e.elt);
          this.atComprehensionTail(e);
          b.emit(Op.LIST_APPEND, depth);
          break;
        case 'SetComp':
          this.expr(e.elt);
          this.atComprehensionTail(e);
          b.emit(Op.SET_ADD, depth);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          this.atComprehensionTail(e);
          b.emit(Op.MAP_ADD, depth);
          break;
        case 'GeneratorExp':
          this.expr(e.elt);
          this.atComprehensionTail(e);
          // An asynchronous generator expression is an async generator: its yields are wrapped.
          if (this.unit.scope.isCoroutine) b.emit(Op.ASYNC_GEN_WRAP);
          b.emit(Op.YIELD_VALUE);
          b.emit(Op.RESUME, 1);
          b.emit(Op.POP_TOP);
          break;
      }
    }
  }
}

/** A def or class statement's first line: its first decorator's, if any (compiler_function, compiler_class). */
function definitionLine(s: A.FunctionDef | A.ClassDef): number {
  return s.decoratorList.length ? s.decoratorList[0].line : s.line;
}

function describeTarget(t: A.Expr): string {
  switch (t.kind) {
    case 'Constant':
      return 'literal';
    case 'Call':
      return 'function call';
    case 'BinOp':
    case 'UnaryOp':
    case 'BoolOp':
      return 'expression';
    case 'Compare':
      return 'comparison';
    case 'Lambda':
      return 'lambda';
    case 'JoinedStr':
      return 'f-string expression';
    default:
      return t.kind.toLowerCase();
  }
}

/** A constant after the AST optimiser: a Constant, or a non-empty tuple of them (folded inner first). */
function foldedConstant(x: A.Expr): ConstSpec | null {
  if (x.kind === 'Constant') return x.value;
  // fold_tuple folds `()` too: the empty tuple constant.
  if (x.kind !== 'Tuple') return null;
  const items = x.elts.map(foldedConstant);
  return items.every((i) => i !== null) ? { type: 'tuple', items: items as ConstSpec[] } : null;
}
