// eval()'s input (Py_eval_input: `expressions NEWLINE* ENDMARKER`), checked on the module the parser
// made of the same text: one expression statement and nothing after it but blank lines and comments.
// Anything else is CPython's "invalid syntax" at the first token that cannot follow.

import type { Module, Stmt } from './ast';

export interface EvalInputError {
  message: string;
  line: number;
  col: number;
}

/** null when `module` (parsed from `source`) is a single expression, else where eval's parser stops. */
export function evalInputError(source: string, module: Module): EvalInputError | null {
  const [first] = module.body;
  if (!first) return { message: 'invalid syntax', line: 0, col: 0 };
  if (first.kind === 'Expr') {
    const next = nextToken(source, first.endLine, first.endCol);
    return next ? { message: 'invalid syntax', ...next } : null;
  }
  const target = expressionPrefix(first);
  if (target) return { message: 'invalid syntax', ...(nextToken(source, target.endLine, target.endCol) ?? { line: first.line, col: first.col }) };
  return { message: 'invalid syntax', line: first.line, col: first.col };
}

/** The expression an assignment statement starts with: eval's parser reads it, then fails on what follows. */
function expressionPrefix(stmt: Stmt): { endLine: number; endCol: number } | null {
  switch (stmt.kind) {
    case 'Assign':
      return stmt.targets[0];
    case 'AugAssign':
    case 'AnnAssign':
      return stmt.target;
    default:
      return null;
  }
}

/** The first character after (line, col) that is not blank, a line break or a comment (1-based line, 0-based col). */
function nextToken(source: string, line: number, col: number): { line: number; col: number } | null {
  const lines = source.split(/\r\n|\r|\n/);
  for (let l = line; l <= lines.length; l++) {
    const text = lines[l - 1];
    for (let c = l === line ? col : 0; c < text.length; c++) {
      const ch = text[c];
      if (ch === '#') break;
      if (ch === '\\' && c === text.length - 1) break;
      if (ch !== ' ' && ch !== '\t' && ch !== '\f') return { line: l, col: c };
    }
  }
  return null;
}
