// Docstrings as the compiler stores them. 3.13 (gh-81283) strips their indentation at compile time
// (Python/compile.c _PyCompile_CleanDoc): tabs expanded, the first line's leading spaces removed, and the
// smallest indentation of the later non-blank lines removed from each of them. Unlike inspect.cleandoc,
// trailing spaces and blank lines stay.

import type * as A from '../syntax/ast';

/** The string of a body's leading docstring, or null (_PyAST_GetDocString). */
export function docstringOf(body: readonly A.Stmt[]): string | null {
  const [first] = body;
  if (!first || first.kind !== 'Expr' || first.value.kind !== 'Constant' || first.value.value.type !== 'str') return null;
  return first.value.value.value;
}

/** str.expandtabs() with its default tab size of 8: the column restarts after `\n` and `\r`. */
function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let column = 0;
  for (const ch of text) {
    if (ch === '\t') {
      const spaces = 8 - (column % 8);
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

/** _PyCompile_CleanDoc: the docstring 3.13's compiler stores. */
export function cleanDocstring(doc: string): string {
  const text = expandTabs(doc);
  const lines = text.split('\n');
  // The margin: the least indentation (in spaces) of the non-blank lines after the first.
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const indent = line.length - line.replace(/^ +/, '').length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0].replace(/^ +/, '');
  if (first.length === lines[0].length && margin === 0) return text;
  // Each later line loses up to `margin` leading spaces (a blank line may have fewer).
  const rest = lines.slice(1).map((line) => line.slice(Math.min(margin, line.length - line.replace(/^ +/, '').length)));
  return [first, ...rest].join('\n');
}
