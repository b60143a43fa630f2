// Helpers about assignment targets, mirroring CPython's Parser/pegen.c and action_helpers.c:
// the name CPython uses for an expression in error messages, the first invalid target in an
// expression, and setting the Load/Store/Del context of a target.

import type { Expr, ExprContext } from './ast';

/** _PyPegen_get_expr_name */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant':
      switch (e.value.type) {
        case 'None':
          return 'None';
        case 'bool':
          return e.value.value ? 'True' : 'False';
        case 'Ellipsis':
          return 'ellipsis';
        default:
          return 'literal';
      }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

export type TargetsType = 'star' | 'del' | 'for';

/** _PyPegen_get_invalid_target: the first part of `e` that cannot be a target, or null. */
export function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for') {
        return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** _PyPegen_set_expr_context, in place (nodes are freshly built by the converter). */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
    default:
      break;
  }
}
