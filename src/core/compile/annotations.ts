// Where a block's annotations go: whether it needs `__annotations__` (SETUP_ANNOTATIONS), and whether
// the module asked for PEP 563's string annotations.

import type * as A from '../syntax/ast';

/** find_ann: an annotated assignment anywhere in the block, outside nested functions and classes. */
export function hasAnnotations(stmts: A.Stmt[]): boolean {
  return stmts.some((s) => {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If': return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With': return hasAnnotations(s.body);
      case 'Try': return hasAnnotations(s.body) || s.handlers.some((h) => hasAnnotations(h.body)) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody);
      default: return false;
    }
  });
}

/** future.c: `from __future__ import annotations` among the leading future imports (after a docstring). */
export function importsFutureAnnotations(body: A.Stmt[]): boolean {
  let i = body[0]?.kind === 'Expr' && body[0].value.kind === 'Constant' && body[0].value.value.type === 'str' ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s.kind !== 'ImportFrom' || s.module !== '__future__') return false;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}
