// Where the markers under a traceback's source line switch from `~` to `^` (PEP 657): the operator of
// a binary operation, the brackets of a subscript, and (3.13) the parentheses of a call. Both versions
// parse the instruction's source segment on its own, as CPython does with `ast.parse`, and return
// offsets into the segment; null when the segment is none of those expressions.

import type * as A from '../syntax/ast';
import { parseAst } from '../syntax/parse';

/** Offsets into a one-line segment (3.11/3.12): `~` before `leftEnd`, `^` up to `rightStart`, `~` after. */
export interface LineAnchors {
  leftEnd: number;
  rightStart: number;
}

/** Like LineAnchors, over the lines of a multi-line segment (3.13): 0-based line indexes into it. */
export interface SegmentAnchors {
  leftEndLine: number;
  leftEnd: number;
  rightStartLine: number;
  rightStart: number;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** The expression of a segment that parses as exactly one expression statement. */
function soleExpression(tree: A.Module | null): A.Expr | null {
  if (!tree || tree.body.length !== 1) return null;
  const statement = tree.body[0];
  return statement.kind === 'Expr' ? statement.value : null;
}

/**
 * 3.11 and 3.12: the operator of a BinOp, the `[…]` of a Subscript. Python/traceback.c
 * (extract_anchors_from_expr) and Lib/traceback.py (_extract_caret_anchors_from_line_segment) find
 * the operator differently after a parenthesized left operand: the C loop takes the first non-blank
 * character that is not a `)` and checks the one after it, so `(a) // b` gets `^^`; the Python one
 * measures the operator before skipping the `)` and blanks, so it gets `^`.
 */
export function lineAnchors(segment: string, printer: 'c' | 'py'): LineAnchors | null {
  const expr = soleExpression(parseAst(segment));
  if (!expr) return null;
  if (expr.kind === 'BinOp') {
    if (printer === 'c') {
      const stop = expr.right.col;
      let left = -1;
      let right = -1;
      for (let i = expr.left.endCol; i < stop; i++) {
        if (isCBlank(segment[i])) continue;
        left = i;
        right = i + 1;
        // A two-character operator (`//`, `**`, `<<`...).
        if (i + 1 < stop && !isCBlank(segment[i + 1])) right++;
        if (i + 1 < stop && segment[i] === ')') continue;
        break;
      }
      return left < 0 ? null : { leftEnd: left, rightStart: right };
    }
    const operator = segment.slice(expr.left.endCol, expr.right.col);
    const operatorOffset = operator.length - operator.trimStart().length;
    let left = expr.left.endCol + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operator.length && !isSpace(operator[operatorOffset + 1])) right++;
    // Past the closing parentheses of a parenthesized left operand.
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return { leftEnd: left, rightStart: right };
  }
  if (expr.kind === 'Subscript') {
    let left = expr.value.endCol;
    let right = expr.slice.endCol + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { leftEnd: left, rightStart: right };
  }
  return null;
}

/** traceback.c's IS_WHITESPACE: a space, a tab or a form feed. */
const isCBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\f';

/** Python's str.splitlines() line boundaries. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return text === '' ? [] : lines;
}

class NoAnchor extends Error {}

/**
 * 3.13 (Lib/traceback.py's _extract_caret_anchors_from_line_segment): the segment is parsed inside
 * parentheses, so it may span lines; BinOp, Subscript and Call get anchors.
 */
export function segmentAnchors(segment: string): SegmentAnchors | null {
  const expr = soleExpression(parseAst(`(\n${segment}\n)`));
  if (!expr) return null;
  const lines = splitLines(segment);
  const nextValidChar = (line: number, col: number): [number, number] => {
    while (line < lines.length && col >= lines[line].length) {
      col = 0;
      line++;
    }
    if (!(line < lines.length && col < lines[line].length)) throw new NoAnchor();
    return [line, col];
  };
  const incrementUntil = (line: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[line]?.[col];
      if (ch === undefined) throw new NoAnchor();
      if (ch === '\\' || ch === '#') [line, col] = nextValidChar(line + 1, 0);
      else if (!stop(ch)) [line, col] = nextValidChar(line, col + 1);
      else return [line, col];
    }
  };
  // The segment's lines start at line 2 of what was parsed: `(`, newline, then the segment.
  const endOf = (e: A.Span, forceValid = true): [number, number] =>
    forceValid ? nextValidChar(e.endLine - 2, e.endCol) : [e.endLine - 2, e.endCol];
  try {
    switch (expr.kind) {
      case 'BinOp': {
        const [line, col] = incrementUntil(...endOf(expr.left), (ch) => !isSpace(ch) && ch !== ')');
        // The operator is one or two characters, on one line, before the right operand.
        let rightCol = col + 1;
        const text = lines[line];
        const ch = text[rightCol];
        if (
          rightCol < text.length &&
          (expr.right.line - 2 > line || rightCol < expr.right.col) &&
          !isSpace(ch) &&
          ch !== '\\' &&
          ch !== '#'
        ) {
          rightCol++;
        }
        return { leftEndLine: line, leftEnd: col, rightStartLine: line, rightStart: rightCol };
      }
      case 'Subscript':
      case 'Call': {
        const [open, inner] = expr.kind === 'Subscript' ? ['[', expr.value] : ['(', expr.func];
        const [leftLine, left] = incrementUntil(...endOf(inner), (c) => c === open);
        const [rightLine, right] = endOf(expr, false);
        return { leftEndLine: leftLine, leftEnd: left, rightStartLine: rightLine, rightStart: right };
      }
      default:
        return null;
    }
  } catch (e) {
    if (e instanceof NoAnchor) return null;
    throw e;
  }
}
