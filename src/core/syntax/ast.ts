// The syntax tree the compiler reads. It mirrors Python's own `ast` module (same node
// names and fields) so the compiler can follow CPython's Python/compile.c closely.
// Every node carries a 1-based line and 0-based column range, like CPython's ast.

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue
  | Match;

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | DictExpr
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Await
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | ListExpr
  | TupleExpr
  | Slice;

export type Node = Stmt | Expr;

export interface Module {
  kind: 'Module';
  body: Stmt[];
  /** String literals whose escapes 3.12+ warn about (SyntaxWarning: invalid escape sequence), in source order. */
  invalidEscapes?: InvalidEscape[];
}

export interface InvalidEscape {
  /** The literal's first line, and the escape's. */
  line: number;
  escapeLine: number;
  /** `\d`, or an octal escape above 0o377 (`\777`). */
  sequence: string;
}

// ---- arguments -------------------------------------------------------------
export interface Arg extends Span {
  kind: 'arg';
  arg: string;
  /** The parameter's annotation (`x: int`), evaluated when the def runs in 3.11. */
  annotation?: Expr | null;
}
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null when that argument has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional arguments (posonlyargs + args). */
  defaults: Expr[];
}
export interface Keyword extends Span {
  kind: 'keyword';
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}
export interface Alias extends Span {
  kind: 'alias';
  name: string;
  asname: string | null;
}
export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}
export interface ExceptHandler extends Span {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

// ---- statements ------------------------------------------------------------
export interface FunctionDef extends Span {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  isAsync: boolean;
  /** The return annotation (`-> T`). */
  returns?: Expr | null;
}
export interface ClassDef extends Span {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}
export interface Return extends Span {
  kind: 'Return';
  value: Expr | null;
}
export interface Delete extends Span {
  kind: 'Delete';
  targets: Expr[];
}
export interface Assign extends Span {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}
export type Operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';
export interface AugAssign extends Span {
  kind: 'AugAssign';
  target: Expr;
  op: Operator;
  value: Expr;
}
export interface AnnAssign extends Span {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}
export interface For extends Span {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}
export interface While extends Span {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends Span {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends Span {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}
export interface Raise extends Span {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
export interface Try extends Span {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
  /** `except*` clauses (ast.TryStar, PEP 654). */
  isStar: boolean;
}
export interface Assert extends Span {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}
export interface Import extends Span {
  kind: 'Import';
  names: Alias[];
}
export interface ImportFrom extends Span {
  kind: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Span {
  kind: 'Global';
  names: string[];
}
export interface Nonlocal extends Span {
  kind: 'Nonlocal';
  names: string[];
}
export interface ExprStmt extends Span {
  kind: 'Expr';
  value: Expr;
}
export interface Pass extends Span {
  kind: 'Pass';
}
export interface Break extends Span {
  kind: 'Break';
}
export interface Continue extends Span {
  kind: 'Continue';
}
export interface Match extends Span {
  kind: 'Match';
  subject: Expr;
  cases: MatchCase[];
}
/** A `case` clause (CPython's match_case has no position of its own). */
export interface MatchCase {
  kind: 'match_case';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

// ---- patterns (PEP 634) ----------------------------------------------------
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;
export interface MatchValue extends Span {
  kind: 'MatchValue';
  value: Expr;
}
export interface MatchSingleton extends Span {
  kind: 'MatchSingleton';
  value: { type: 'None' } | { type: 'bool'; value: boolean };
}
export interface MatchSequence extends Span {
  kind: 'MatchSequence';
  patterns: Pattern[];
}
export interface MatchMapping extends Span {
  kind: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  /** The name after `**`. */
  rest: string | null;
}
export interface MatchClass extends Span {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}
export interface MatchStar extends Span {
  kind: 'MatchStar';
  /** null for `*_`. */
  name: string | null;
}
/** `p as name`; a capture `name` (pattern null); the wildcard `_` (both null). */
export interface MatchAs extends Span {
  kind: 'MatchAs';
  pattern: Pattern | null;
  name: string | null;
}
export interface MatchOr extends Span {
  kind: 'MatchOr';
  patterns: Pattern[];
}

// ---- expressions -----------------------------------------------------------
export type ExprContext = 'Load' | 'Store' | 'Del';

export interface BoolOp extends Span {
  kind: 'BoolOp';
  op: 'And' | 'Or';
  values: Expr[];
}
export interface NamedExpr extends Span {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}
export interface BinOp extends Span {
  kind: 'BinOp';
  left: Expr;
  op: Operator;
  right: Expr;
}
export interface UnaryOp extends Span {
  kind: 'UnaryOp';
  op: 'Invert' | 'Not' | 'UAdd' | 'USub';
  operand: Expr;
}
export interface Lambda extends Span {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}
export interface IfExp extends Span {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface DictExpr extends Span {
  kind: 'Dict';
  /** null key = `**mapping` unpacking. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends Span {
  kind: 'Set';
  elts: Expr[];
  /** Set by the AST optimiser's fold_iter: a display of constants iterated over or tested with `in` is a constant frozenset. */
  frozen?: true;
}
export interface ListComp extends Span {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Span {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Span {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Span {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}
export interface Yield extends Span {
  kind: 'Yield';
  value: Expr | null;
}
export interface YieldFrom extends Span {
  kind: 'YieldFrom';
  value: Expr;
}
export interface Await extends Span {
  kind: 'Await';
  value: Expr;
}
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export interface Compare extends Span {
  kind: 'Compare';
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}
export interface Call extends Span {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
export interface FormattedValue extends Span {
  kind: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 's', 114 'r', 97 'a' (as in CPython's ast). */
  conversion: number;
  formatSpec: JoinedStr | null;
  /**
   * The replacement field `{…}` in the source: the node's own span from 3.12 on (PEP 701 parses
   * f-strings with the grammar), where 3.11 gives it the whole string's.
   */
  field?: Span;
}
export interface JoinedStr extends Span {
  kind: 'JoinedStr';
  values: Expr[];
}
export type ConstantValue =
  | { type: 'None' }
  | { type: 'bool'; value: boolean }
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  /** `real` only for a folded `1 + 2j` (the parser makes pure imaginary numbers). */
  | { type: 'complex'; imag: number; real?: number }
  | { type: 'str'; value: string }
  /** `tokens`: the literals it was written as (`b'a' b'b'`: 2), when the parser made it. */
  | { type: 'bytes'; value: Uint8Array; tokens?: number }
  | { type: 'Ellipsis' };
export interface Constant extends Span {
  kind: 'Constant';
  value: ConstantValue;
}
export interface Attribute extends Span {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Span {
  kind: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Span {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends Span {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
}
export interface ListExpr extends Span {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}
export interface TupleExpr extends Span {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends Span {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

/** A problem found before running: CPython's SyntaxError, or a construct CPython Lens does not model. */
export interface SourceDiagnostic extends Span {
  kind: 'SyntaxError' | 'IndentationError' | 'Unsupported';
  message: string;
  /** What CPython's exception holds where the span does not say it (runtime/syntax-error-report.ts reads it). */
  detail?: SyntaxErrorDetail;
}

/**
 * The SyntaxError attributes CPython sets otherwise than from the span (offset = col + 1, end_offset =
 * endCol + 1, text = the line): the parser's errors at tokens without a column, the tokenizer's errors
 * without an end, and the compiler's errors, which compile() of a string reports without their line.
 */
export interface SyntaxErrorDetail {
  /** TabError, the IndentationError the tokenizer raises for tabs mixed with spaces. */
  tabError?: true;
  /** `offset` for an error at a DEDENT token (no column of its own): the tokenizer's, the end of the indentation. */
  offset?: number;
  /** An error at the end of the input (ENDMARKER): a file's parser reports offset 0 there, a string's the end of its last line. */
  atEndOfInput?: true;
  /** `end_offset` of an error without an end: 0 (tokenizer errors) or -1 (the parser's at INDENT, DEDENT, ENDMARKER). */
  endOffset?: 0 | -1;
  /** Raised by the symbol table or the compiler (compile() of a string gives it no `text`). */
  compiler?: true;
  /** Raised at a NEWLINE token, whose width is the version's (VersionModel.syntax.newlineTokenWidth). */
  atNewline?: true;
  /** An escape that does not decode: the string token, where 3.12+ report it (VersionModel.syntax.decodeErrorsAtLiteral). */
  literalSpan?: Span;
}

export type ParseResult =
  | { ok: true; module: Module }
  | { ok: false; error: SourceDiagnostic };
