// The instruction set: CPython 3.11's opcodes (see `python3 -m dis`), minus the
// specialisation and cache entries, which change speed but not behaviour.

import type { ConstantValue } from '../syntax/ast';
import type { CompileWarning } from './syntax-warnings';

export const Op = {
  NOP: 0,
  RESUME: 1,
  POP_TOP: 2,
  PUSH_NULL: 3,
  COPY: 4,
  SWAP: 5,
  LOAD_CONST: 6,
  LOAD_NAME: 7,
  STORE_NAME: 8,
  DELETE_NAME: 9,
  LOAD_GLOBAL: 10,
  STORE_GLOBAL: 11,
  DELETE_GLOBAL: 12,
  LOAD_FAST: 13,
  STORE_FAST: 14,
  DELETE_FAST: 15,
  LOAD_DEREF: 16,
  STORE_DEREF: 17,
  DELETE_DEREF: 18,
  LOAD_CLOSURE: 19,
  LOAD_CLASSDEREF: 20,
  MAKE_CELL: 21,
  COPY_FREE_VARS: 22,
  LOAD_ATTR: 23,
  STORE_ATTR: 24,
  DELETE_ATTR: 25,
  LOAD_METHOD: 26,
  BINARY_OP: 27,
  UNARY_NEGATIVE: 28,
  UNARY_POSITIVE: 29,
  UNARY_NOT: 30,
  UNARY_INVERT: 31,
  COMPARE_OP: 32,
  IS_OP: 33,
  CONTAINS_OP: 34,
  BINARY_SUBSCR: 35,
  STORE_SUBSCR: 36,
  DELETE_SUBSCR: 37,
  BUILD_SLICE: 38,
  BUILD_LIST: 39,
  BUILD_TUPLE: 40,
  BUILD_SET: 41,
  BUILD_MAP: 42,
  BUILD_CONST_KEY_MAP: 43,
  BUILD_STRING: 44,
  LIST_APPEND: 45,
  SET_ADD: 46,
  MAP_ADD: 47,
  LIST_EXTEND: 48,
  SET_UPDATE: 49,
  DICT_UPDATE: 50,
  DICT_MERGE: 51,
  LIST_TO_TUPLE: 52,
  UNPACK_SEQUENCE: 53,
  UNPACK_EX: 54,
  KW_NAMES: 55,
  CALL: 56,
  CALL_FUNCTION_EX: 57,
  MAKE_FUNCTION: 58,
  RETURN_VALUE: 59,
  GET_ITER: 60,
  FOR_ITER: 61,
  JUMP_FORWARD: 62,
  JUMP_BACKWARD: 63,
  POP_JUMP_IF_FALSE: 64,
  POP_JUMP_IF_TRUE: 65,
  POP_JUMP_IF_NONE: 66,
  POP_JUMP_IF_NOT_NONE: 67,
  JUMP_IF_FALSE_OR_POP: 68,
  JUMP_IF_TRUE_OR_POP: 69,
  FORMAT_VALUE: 70,
  RAISE_VARARGS: 71,
  RERAISE: 72,
  PUSH_EXC_INFO: 73,
  POP_EXCEPT: 74,
  CHECK_EXC_MATCH: 75,
  LOAD_ASSERTION_ERROR: 76,
  LOAD_BUILD_CLASS: 77,
  IMPORT_NAME: 78,
  IMPORT_FROM: 79,
  BEFORE_WITH: 80,
  WITH_EXCEPT_START: 81,
  YIELD_VALUE: 82,
  GET_YIELD_FROM_ITER: 83,
  SEND: 84,
  RETURN_GENERATOR: 85,
  SETUP_ANNOTATIONS: 86,
  LOAD_LOCALS: 87,
  IMPORT_STAR: 88,
  JUMP_NO_INTERRUPT: 89,
  GET_LEN: 90,
  MATCH_CLASS: 91,
  MATCH_MAPPING: 92,
  MATCH_SEQUENCE: 93,
  MATCH_KEYS: 94,
  GET_AWAITABLE: 95,
  BEFORE_ASYNC_WITH: 96,
  GET_AITER: 97,
  GET_ANEXT: 98,
  END_ASYNC_FOR: 99,
  /** 3.11's ASYNC_GEN_WRAP (3.12+: CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP): an async generator's `yield` wraps its value. */
  ASYNC_GEN_WRAP: 100,
  /** except* (PEP 654): the part of the exception a clause's types match, and the rest. */
  CHECK_EG_MATCH: 101,
  /** 3.11's PREP_RERAISE_STAR (3.12+: CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR): what leaves a try-except*. */
  PREP_RERAISE_STAR: 102,
} as const;

export type OpCode = (typeof Op)[keyof typeof Op];

export const opName: readonly string[] = (() => {
  const names: string[] = [];
  for (const [name, code] of Object.entries(Op)) names[code] = name;
  return names;
})();

/** The instructions whose argument is a jump target (an instruction index). */
export const jumpOps: ReadonlySet<number> = new Set([
  Op.FOR_ITER, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
  Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.SEND, Op.JUMP_NO_INTERRUPT,
]);

/** BINARY_OP's argument, in CPython's order (Include/opcode.h NB_*). */
export const BinaryOps = [
  'Add', 'BitAnd', 'FloorDiv', 'LShift', 'MatMult', 'Mult', 'Mod', 'BitOr', 'Pow', 'RShift', 'Sub', 'Div', 'BitXor',
] as const;
export const INPLACE_OFFSET = 13;

export const CompareOps = ['Lt', 'LtE', 'Eq', 'NotEq', 'Gt', 'GtE'] as const;

/** MAKE_FUNCTION flags. */
export const MakeFunctionFlags = { defaults: 1, kwdefaults: 2, annotations: 4, closure: 8 } as const;

/** Code flags (CO_*). */
/** co_flags (Include/cpython/code.h): CO_OPTIMIZED and CO_NEWLOCALS mark a function's code (fast locals). */
/** co_flags (Include/cpython/code.h); iterableCoroutine: a generator function that types.coroutine made awaitable. */
export const CodeFlags = { optimized: 1, newlocals: 2, varargs: 4, varkeywords: 8, generator: 32, nested: 16, coroutine: 128, iterableCoroutine: 256, asyncGenerator: 512 } as const;

/**
 * A constant as the compiler knows it (a source literal, or a tuple/frozenset/code object the
 * compiler builds); the VM turns it into an object when it loads the code.
 */
export type ConstSpec =
  | ConstantValue
  | { type: 'tuple'; items: ConstSpec[] }
  | { type: 'frozenset'; items: ConstSpec[] }
  | { type: 'code'; unit: CodeUnit };

export interface ExceptionTableEntry {
  /** First and last+1 instruction index covered. */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** Where an instruction came from, for tracebacks, line events and editor ranges. */
export interface Position {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** No place in the program: what the simulator's own imports and calls from native code pass. */
export const NO_POSITION: Readonly<Position> = { line: 0, col: 0, endLine: 0, endCol: 0 };

export interface CodeUnit {
  name: string;
  qualname: string;
  filename: string;
  /** Library code (a module the simulator runs in Python): its lines are not the learner's, so no line events. */
  library?: boolean;
  /** Compiled by exec(), eval() or compile() from a string: library code for the editor, traced as CPython traces it. */
  compiledString?: boolean;
  /**
   * A module of the learner's other than the script (a file beside it: modules/local-modules.ts): the learner's
   * code in every other way, but its lines are not the annotated file's, so they move no annotated line.
   */
  otherFile?: boolean;
  firstLine: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Fast locals: parameters first, then other locals. */
  varnames: string[];
  /** Locals captured by inner functions (stored in cells), after varnames in the locals array. */
  cellvars: string[];
  /** Captured from enclosing functions, after cellvars. */
  freevars: string[];
  /**
   * 3.12+: the slots of cells only inlined comprehensions capture: CPython makes no cell for them (PEP 709),
   * the simulator makes one outside the collector to call the comprehension through (compiler.ts).
   */
  inlinedOnlyCells: number[];
  /** For each cellvar that is also a parameter, its varnames index (MAKE_CELL wraps it). */
  names: string[];
  consts: ConstSpec[];
  ops: Uint8Array;
  args: Int32Array;
  positions: Position[];
  exceptionTable: ExceptionTableEntry[];
  /** Whether a constant is one the parser created from the source text (CPython's parser arena). */
  sourceConstants: boolean[];
  /** co_stacksize, as tracked while emitting (sizes a generator's frame for sys.getsizeof). */
  stacksize: number;
  /** A module's or a string's SyntaxWarnings, printed when it is compiled (compile/syntax-warnings.ts). */
  syntaxWarnings?: CompileWarning[];
}

export function localsCount(unit: CodeUnit): number {
  return unit.varnames.length + unit.cellvars.length + unit.freevars.length;
}

/**
 * File names of the modules the simulator itself writes in Python (threading.py, multiprocessing.py…):
 * their frames are left out of tracebacks, whose lines would be the simulator's, not CPython's.
 */
export const SIMULATOR_LIBRARY_FILES = new Set<string>();
/** Their source text by file name (runtime/stdlib-frames.ts reads the lines tracebacks show). */
export const SIMULATOR_LIBRARY_SOURCES = new Map<string, string>();
/**
 * CPython's own library files the simulator runs as they are (modules/cpython-files.ts), by the path CPython
 * gives them: their frames are shown in tracebacks like the program's, with these lines.
 */
export const CPYTHON_LIBRARY_SOURCES = new Map<string, readonly string[]>();

/** Code the learner did not write in their file (library modules, exec'd strings): no line events. */
export function markLibrary(unit: CodeUnit): void {
  unit.library = true;
  for (const c of unit.consts) if (c.type === 'code') markLibrary(c.unit);
}

/** Code of a learner's file other than the script (CodeUnit.otherFile), its nested code too. */
export function markOtherFile(unit: CodeUnit): void {
  unit.otherFile = true;
  for (const c of unit.consts) if (c.type === 'code') markOtherFile(c.unit);
}

/** A string's code (exec, eval, compile): library code that a trace function still hears of. */
export function markCompiledString(unit: CodeUnit): void {
  markLibrary(unit);
  const mark = (u: CodeUnit): void => {
    u.compiledString = true;
    for (const c of u.consts) if (c.type === 'code') mark(c.unit);
  };
  mark(unit);
}
