// Builds one code object: instructions with positions, labels, the exception-handler stack
// (turned into CPython 3.11's exception table) and online stack-depth tracking.

import { Op, type CodeUnit, type ConstSpec, type ExceptionTableEntry, type Position, jumpOps } from './bytecode';
import { optimizeSwaps } from './swaps';
import { INHERITED_LINE, edgesInto, resolveArtificialLines, type ArtificialRun } from './artificial-lines';

/** Instructions after which a basic block ends (besides jumps). */
const ENDS_BLOCK: ReadonlySet<number> = new Set([Op.RETURN_VALUE, Op.RERAISE, Op.RAISE_VARARGS]);

export class Label {
  index = -1;
  /** Stack depth on entry, learned from the first jump to it or from falling into it. */
  depth = -1;
}

interface Handler {
  label: Label;
  depth: number;
  lasti: boolean;
}

export class CodeBuilder {
  readonly ops: number[] = [];
  readonly args: number[] = [];
  /** For jumps, the label to patch; for others null. */
  private readonly targets: (Label | null)[] = [];
  private readonly handlers: (Handler | null)[] = [];
  readonly positions: Position[] = [];
  private readonly handlerStack: Handler[] = [];
  readonly consts: ConstSpec[] = [];
  readonly sourceConstants: boolean[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  depth = 0;
  /** The deepest the stack gets (co_stacksize), including exception handlers' entry depth. */
  maxDepth = 0;
  /** False after an unconditional jump/return/raise, until a label is bound. */
  reachable = true;
  position: Position = { line: 1, col: 0, endLine: 1, endCol: 0 };
  /** Instructions emitted without a location (artificial-lines.ts), given their line in finish(). */
  private readonly artificialRuns: ArtificialRun[] = [];
  private artificialStart = -1;
  private implicitReturn = -1;
  private readonly hiddenEdges = new Map<Label, number>();
  /** 3.13's copies of a block without a line into each unconditional jump to it. */
  copiesArtificialPerJump = false;

  emit(op: number, arg = 0): number {
    const index = this.ops.length;
    this.ops.push(op);
    this.args.push(arg);
    this.targets.push(null);
    this.positions.push(this.position);
    this.handlers.push(this.handlerStack.length ? this.handlerStack[this.handlerStack.length - 1] : null);
    this.depth += stackEffect(op, arg, false);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS) this.reachable = false;
    return index;
  }

  emitJump(op: number, label: Label): void {
    const before = this.depth;
    const index = this.emit(op, 0);
    this.targets[index] = label;
    const branchDepth = before + stackEffect(op, 0, true);
    if (label.depth < 0) label.depth = branchDepth;
    if (op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_NO_INTERRUPT) this.reachable = false;
  }

  bind(label: Label): void {
    label.index = this.ops.length;
    if (label.depth >= 0 && !this.reachable) this.depth = label.depth;
    else if (label.depth < 0) label.depth = this.depth;
    this.reachable = true;
  }

  /** Instructions emitted from now on unwind to `label` on an exception (SETUP_FINALLY & co). */
  pushHandler(label: Label, lasti: boolean): void {
    const handler = { label, depth: this.depth, lasti };
    this.handlerStack.push(handler);
    // On entry the handler finds the stack cut to `depth`, then lasti (optionally) and the exception.
    label.depth = this.depth + (lasti ? 2 : 1);
    if (label.depth > this.maxDepth) this.maxDepth = label.depth;
  }
  popHandler(): void {
    this.handlerStack.pop();
  }
  /** Returns a function that puts the handler stack back as it is now. */
  saveHandlers(): () => void {
    const saved = [...this.handlerStack];
    return () => {
      this.handlerStack.length = 0;
      this.handlerStack.push(...saved);
    };
  }
  /** Drops handlers above `depth` (the POP_BLOCKs of code that leaves a block early). */
  truncateHandlers(depth: number): void {
    if (this.handlerStack.length > depth) this.handlerStack.length = depth;
  }
  get handlerDepth(): number {
    return this.handlerStack.length;
  }

  /** What is emitted from now until endArtificial() has no location of its own (CPython's NO_LOCATION). */
  beginArtificial(): void {
    this.artificialStart = this.ops.length;
  }
  endArtificial(): void {
    this.artificialRuns.push({ start: this.artificialStart, end: this.ops.length });
    this.artificialStart = -1;
  }
  /**
   * CPython's flow graph has one more edge into `label` than this bytecode: a while loop's exit, also reached
   * by the copy of its test CPython compiles at the end of the body (compiler_while).
   */
  addHiddenEdge(label: Label): void {
    this.hiddenEdges.set(label, (this.hiddenEdges.get(label) ?? 0) + 1);
  }
  /** The implicit `return None` at the end of the code starts here. */
  markImplicitReturn(): void {
    this.implicitReturn = this.ops.length;
  }

  addConst(spec: ConstSpec, fromSource: boolean): number {
    const key = constKey(spec);
    const existing = this.constKeys.get(key);
    if (existing !== undefined) {
      if (fromSource) this.sourceConstants[existing] = true;
      return existing;
    }
    this.consts.push(spec);
    this.sourceConstants.push(fromSource);
    this.constKeys.set(key, this.consts.length - 1);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    let i = this.names.indexOf(name);
    if (i < 0) {
      i = this.names.length;
      this.names.push(name);
    }
    return i;
  }

  finish(meta: Omit<CodeUnit, 'library' | 'syntaxWarnings' | 'ops' | 'args' | 'positions' | 'exceptionTable' | 'consts' | 'names' | 'sourceConstants' | 'stacksize'>): CodeUnit {
    if (this.copiesArtificialPerJump) this.copyArtificialRunsPerJump();
    resolveArtificialLines(
      { ops: this.ops, targets: this.targets, positions: this.positions, implicitReturn: this.implicitReturn, hiddenEdges: this.hiddenEdges },
      this.artificialRuns,
    );
    this.optimizeSwaps();
    for (let i = 0; i < this.ops.length; i++) {
      const label = this.targets[i];
      if (label) {
        if (label.index < 0) throw new Error('internal: unbound label');
        this.args[i] = label.index;
      }
    }
    // Every field written in one literal, in one order (no spread): all code units then share one hidden
    // class, from one compile and one run to the next, so V8's code specialized on it stays valid.
    return {
      name: meta.name,
      qualname: meta.qualname,
      filename: meta.filename,
      library: false,
      firstLine: meta.firstLine,
      argcount: meta.argcount,
      posonlyargcount: meta.posonlyargcount,
      kwonlyargcount: meta.kwonlyargcount,
      flags: meta.flags,
      varnames: meta.varnames,
      cellvars: meta.cellvars,
      freevars: meta.freevars,
      inlinedOnlyCells: meta.inlinedOnlyCells,
      ops: Uint8Array.from(this.ops),
      args: Int32Array.from(this.args),
      positions: this.positions,
      exceptionTable: this.exceptionTable(),
      consts: this.consts,
      names: this.names,
      sourceConstants: this.sourceConstants,
      stacksize: this.maxDepth,
      syntaxWarnings: undefined,
    };
  }

  /**
   * 3.13's inline_small_or_no_lineno_blocks: an unconditional jump to a block without a line (and no fall
   * through out of it) gets its own copy of the block, with the jump's line. The copies go at the end of the
   * code (nothing falls into them: the code ends with a return or a raise); only runs reached from several
   * places are copied, a single predecessor already giving its line.
   */
  private copyArtificialRunsPerJump(): void {
    for (const run of this.artificialRuns) {
      // A hidden edge (a while loop's exit) never decides this: its loop's test also jumps there.
      const edges = edgesInto({ ops: this.ops, targets: this.targets, hiddenEdges: this.hiddenEdges }, run.start);
      if (edges.count < 2) continue;
      for (const jump of edges.unconditionalJumps) {
        const copy = new Label();
        copy.index = this.ops.length;
        for (let i = run.start; i < run.end; i++) {
          this.ops.push(this.ops[i]);
          this.args.push(this.args[i]);
          this.targets.push(this.targets[i]);
          this.handlers.push(this.handlers[i]);
          this.positions.push({ line: INHERITED_LINE, col: -1, endLine: INHERITED_LINE, endCol: -1 });
        }
        this.targets[jump] = copy;
      }
    }
  }

  /** CPython's SWAP peephole (swaps.ts), then the removal of the SWAPs it made redundant. */
  private optimizeSwaps(): void {
    if (!this.ops.includes(Op.SWAP)) return;
    const labels = new Set<Label>();
    for (const t of this.targets) if (t) labels.add(t);
    for (const h of this.handlers) if (h) labels.add(h.label);
    const blockStarts = new Set<number>();
    for (const l of labels) blockStarts.add(l.index);
    for (let i = 0; i < this.ops.length; i++) {
      if (this.targets[i] || ENDS_BLOCK.has(this.ops[i])) blockStarts.add(i + 1);
      if (i > 0 && this.handlers[i] !== this.handlers[i - 1]) blockStarts.add(i);
    }
    const swap = <T>(a: T[], i: number, j: number): void => {
      [a[i], a[j]] = [a[j], a[i]];
    };
    const removed = optimizeSwaps(
      {
        ops: this.ops,
        args: this.args,
        swapExtra: (i, j) => {
          swap(this.positions, i, j);
          swap(this.targets, i, j);
          swap(this.handlers, i, j);
        },
        line: (i) => this.positions[i].line,
      },
      blockStarts,
    );
    if (removed.size === 0) return;
    const newIndex: number[] = [];
    let kept = 0;
    for (let i = 0; i <= this.ops.length; i++) {
      newIndex.push(kept);
      if (i < this.ops.length && !removed.has(i)) kept++;
    }
    for (const l of labels) l.index = newIndex[l.index];
    const keep = <T>(a: T[]): void => {
      let w = 0;
      for (let i = 0; i < a.length; i++) if (!removed.has(i)) a[w++] = a[i];
      a.length = w;
    };
    keep(this.ops);
    keep(this.args);
    keep(this.targets);
    keep(this.positions);
    keep(this.handlers);
  }

  private exceptionTable(): ExceptionTableEntry[] {
    const out: ExceptionTableEntry[] = [];
    let current: ExceptionTableEntry | null = null;
    let currentHandler: Handler | null = null;
    for (let i = 0; i < this.handlers.length; i++) {
      const h = this.handlers[i];
      if (h === currentHandler && current) {
        current.end = i + 1;
        continue;
      }
      currentHandler = h;
      current = null;
      if (h) {
        current = { start: i, end: i + 1, target: h.label.index, depth: h.depth, lasti: h.lasti };
        out.push(current);
      }
    }
    return out;
  }
}

/** Equal constants get equal keys (1 and 1.0 and True stay apart, as in CPython's const cache). */
export function constKey(spec: ConstSpec): string {
  switch (spec.type) {
    case 'None':
    case 'Ellipsis':
      return spec.type;
    case 'bool':
      return `bool:${spec.value}`;
    case 'int':
      return `int:${spec.value}`;
    case 'float':
      return `float:${Object.is(spec.value, -0) ? '-0' : spec.value}`;
    case 'complex':
      return `complex:${Object.is(spec.real, -0) ? '-0' : spec.real ?? 0}:${Object.is(spec.imag, -0) ? '-0' : spec.imag}`;
    case 'str':
      return `str:${spec.value}`;
    case 'bytes':
      return `bytes:${Array.from(spec.value).join(',')}`;
    case 'tuple':
      return `tuple:(${spec.items.map(constKey).join('|')})`;
    case 'frozenset':
      // _PyCode_ConstantKey: equal frozensets are one constant, whatever the order of their items.
      return `frozenset:{${spec.items.map(constKey).sort().join('|')}}`;
    case 'code':
      return `code:${uniqueCodeId(spec)}`;
  }
}
const codeIds = new WeakMap<object, number>();
let nextCodeId = 0;
function uniqueCodeId(spec: object): number {
  let id = codeIds.get(spec);
  if (id === undefined) codeIds.set(spec, (id = nextCodeId++));
  return id;
}

/** Net stack effect of an instruction; `branch` asks for the effect when the jump is taken. */
export function stackEffect(op: number, arg: number, branch: boolean): number {
  switch (op) {
    case Op.NOP: case Op.RESUME: case Op.SWAP: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: case Op.DELETE_FAST:
    case Op.DELETE_DEREF: case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.LOAD_ATTR: case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: case Op.LIST_TO_TUPLE: case Op.KW_NAMES:
    case Op.GET_ITER: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_NO_INTERRUPT: case Op.CHECK_EXC_MATCH:
    case Op.YIELD_VALUE: case Op.GET_YIELD_FROM_ITER: case Op.SETUP_ANNOTATIONS: case Op.GET_AWAITABLE: case Op.GET_AITER:
    case Op.ASYNC_GEN_WRAP: case Op.CHECK_EG_MATCH:
      return 0;
    case Op.POP_TOP: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_FAST: case Op.STORE_DEREF:
    case Op.DELETE_ATTR: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
    case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.RETURN_VALUE: case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE: case Op.RERAISE:
    case Op.POP_EXCEPT: case Op.IMPORT_NAME: case Op.IMPORT_STAR: case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_NAME: case Op.LOAD_FAST: case Op.LOAD_DEREF:
    case Op.LOAD_CLOSURE: case Op.LOAD_CLASSDEREF: case Op.LOAD_METHOD: case Op.PUSH_EXC_INFO:
    case Op.LOAD_ASSERTION_ERROR: case Op.LOAD_BUILD_CLASS: case Op.IMPORT_FROM: case Op.BEFORE_WITH: case Op.BEFORE_ASYNC_WITH: case Op.GET_ANEXT:
    case Op.WITH_EXCEPT_START: case Op.LOAD_LOCALS: case Op.RETURN_GENERATOR:
    case Op.GET_LEN: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.MATCH_KEYS:
      return 1;
    case Op.MATCH_CLASS: case Op.END_ASYNC_FOR:
      return -2;
    case Op.LOAD_GLOBAL:
      return arg & 1 ? 2 : 1;
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.MAP_ADD:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.BUILD_SLICE: case Op.BUILD_LIST: case Op.BUILD_TUPLE: case Op.BUILD_SET: case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return -arg;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.CALL:
      return -(arg + 1);
    case Op.CALL_FUNCTION_EX:
      return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: {
      let n = 0;
      for (let f = arg; f; f >>= 1) n += f & 1;
      return -n;
    }
    case Op.FOR_ITER:
      return branch ? -1 : 1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return branch ? 0 : -1;
    case Op.FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case Op.RAISE_VARARGS:
      return -arg;
    case Op.SEND:
      return branch ? -1 : 0;
    default:
      throw new Error(`internal: no stack effect for opcode ${op}`);
  }
}

export { jumpOps };
