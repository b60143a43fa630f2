// The SyntaxWarnings CPython prints while it compiles a program, before running it: 3.12+'s parser
// warns about invalid escapes in string literals, then the compiler (Python/compile.c) about code that
// can only fail or is surely not what was meant: `x is 5` (check_compare), `5()` or `(1, 2) (3, 4)`
// (check_caller), `{1}[0]` (check_subscripter), `[1, 2]['a']` (check_index), `assert (x, "msg")`.
// The compiler checks the tree its AST optimiser folded, in the order it compiles the code.

import type * as A from '../syntax/ast';
import type { SyntaxModel } from '../versions';
import { foldConstants } from './fold';

export interface CompileWarning {
  line: number;
  message: string;
}

export function syntaxWarnings(module: A.Module, syntax: SyntaxModel): CompileWarning[] {
  const out: CompileWarning[] = [];
  if (syntax.invalidEscapeWarnings) {
    for (const e of module.invalidEscapes ?? []) {
      // warn_invalid_escape_sequence: an octal escape is a 3-digit one above 0o377.
      const octal = e.sequence.length === 4 && e.sequence[1] >= '4' && e.sequence[1] <= '7';
      const line = syntax.invalidEscapeLine === 'escape' ? e.escapeLine : e.line;
      out.push({ line, message: `invalid ${octal ? 'octal ' : ''}escape sequence '${e.sequence}'` });
    }
  }
  new Checker(out, syntax).visit(foldConstants(module).body);
  return out;
}

/** A constant after the AST optimiser: a Constant, or a tuple display of constants (fold_tuple). */
function isConstant(e: A.Expr): boolean {
  return e.kind === 'Constant' || (e.kind === 'Tuple' && e.ctx === 'Load' && e.elts.every(isConstant));
}

const CONSTANT_TYPES: Record<A.ConstantValue['type'], string> = {
  None: 'NoneType', bool: 'bool', int: 'int', float: 'float', complex: 'complex', str: 'str', bytes: 'bytes', Ellipsis: 'ellipsis',
};

/** infer_type: the type of the object an expression surely makes, by its kind. */
function inferType(e: A.Expr): string | null {
  if (e.kind === 'Constant') return CONSTANT_TYPES[e.value.type];
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Slice':
      return 'slice';
    default:
      return null;
  }
}

const CALLER_KINDS = new Set(['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue']);
const MISSED_COMMA = 'perhaps you missed a comma?';

class Checker {
  constructor(
    private readonly out: CompileWarning[],
    private readonly syntax: SyntaxModel,
  ) {}

  private warn(line: number, message: string): void {
    this.out.push({ line, message });
  }

  /** Visits nodes in the order compile.c compiles them (source order, but for the cases below). */
  visit(node: unknown): void {
    if (Array.isArray(node)) {
      for (const n of node) this.visit(n);
      return;
    }
    if (!node || typeof node !== 'object' || node instanceof Uint8Array) return;
    const n = node as { kind?: string };
    switch (n.kind) {
      case 'FunctionDef': {
        const f = node as A.FunctionDef;
        this.visit(f.decoratorList);
        this.visitArguments(f.args, f.returns ?? null);
        this.visit(f.body);
        return;
      }
      case 'Lambda': {
        const l = node as A.Lambda;
        this.visitArguments(l.args, null);
        this.visit(l.body);
        return;
      }
      case 'ClassDef': {
        // compiler_class: the body is compiled first, then the call that makes the class.
        const c = node as A.ClassDef;
        this.visit(c.decoratorList);
        this.visit(c.body);
        this.visit(c.bases);
        this.visit(c.keywords);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        this.visitComprehension(node as A.ListComp | A.SetComp | A.GeneratorExp | A.DictComp);
        return;
    }
    if (n.kind !== undefined) this.check(node as A.Expr | A.Stmt);
    for (const value of Object.values(node)) if (value && typeof value === 'object') this.visit(value);
  }

  private visitArguments(args: A.Arguments, returns: A.Expr | null): void {
    this.visit(args.defaults);
    this.visit(args.kwDefaults);
    const annotations = [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg].map((a) => a?.annotation ?? null);
    this.visit([...annotations, returns]);
  }

  /** compiler_comprehension: the generators' targets, conditions and later iterables, the element, then the first iterable (outside). */
  private visitComprehension(c: A.ListComp | A.SetComp | A.GeneratorExp | A.DictComp): void {
    c.generators.forEach((g, i) => {
      if (i > 0) this.visit(g.iter);
      this.visit(g.target);
      this.visit(g.ifs);
    });
    if (c.kind === 'DictComp') this.visit([c.key, c.value]);
    else this.visit(c.elt);
    this.visit(c.generators[0]?.iter);
  }

  private check(node: A.Expr | A.Stmt): void {
    switch (node.kind) {
      case 'Compare':
        return this.checkCompare(node);
      case 'Call':
        if (CALLER_KINDS.has(node.func.kind)) this.warn(node.line, `'${this.typeOf(node.func)}' object is not callable; ${MISSED_COMMA}`);
        return;
      case 'Subscript':
        if (node.ctx === 'Load') this.checkSubscript(node);
        return;
      case 'Assert':
        // A tuple display, or its folded constant.
        if (node.test.kind === 'Tuple' && node.test.elts.length > 0) {
          this.warn(node.line, 'assertion is always true, perhaps remove parentheses?');
        }
        return;
    }
  }

  private typeOf(e: A.Expr): string {
    return isConstant(e) && e.kind === 'Tuple' ? 'tuple' : (inferType(e) ?? 'object');
  }

  /** check_compare: `is`/`is not` next to a literal other than None, True, False and `...`; one warning per comparison. */
  private checkCompare(e: A.Compare): void {
    const singleton = (x: A.Expr) => !isConstant(x) || (x.kind === 'Constant' && ['None', 'bool', 'Ellipsis'].includes(x.value.type));
    let leftExpr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const rightExpr = e.comparators[i];
      const op = e.ops[i];
      if ((op === 'Is' || op === 'IsNot') && (!singleton(leftExpr) || !singleton(rightExpr))) {
        const literal = !singleton(leftExpr) ? leftExpr : rightExpr;
        const what = this.syntax.isLiteralWarningNamesType ? `'${this.typeOf(literal)}' literal` : 'a literal';
        this.warn(e.line, op === 'Is' ? `"is" with ${what}. Did you mean "=="?` : `"is not" with ${what}. Did you mean "!="?`);
        return;
      }
      leftExpr = rightExpr;
    }
  }

  /** check_subscripter, then check_index. */
  private checkSubscript(e: A.Subscript): void {
    const value = e.value;
    const constantType = isConstant(value) ? this.typeOf(value) : null;
    const unsubscriptable = constantType !== null
      ? !['str', 'bytes', 'tuple'].includes(constantType)
      : ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value.kind);
    if (unsubscriptable) {
      this.warn(e.line, `'${this.typeOf(value)}' object is not subscriptable; ${MISSED_COMMA}`);
      return;
    }
    const indexType = isConstant(e.slice) ? this.typeOf(e.slice) : inferType(e.slice);
    if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice') return;
    const indexable = constantType !== null
      ? ['str', 'bytes', 'tuple'].includes(constantType)
      : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value.kind);
    if (indexable) this.warn(e.line, `${this.typeOf(value)} indices must be integers or slices, not ${indexType}; ${MISSED_COMMA}`);
  }
}
