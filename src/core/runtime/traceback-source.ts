// The source lines a traceback prints under `File "…", line N, in f`, with the position markers of
// PEP 657 (`~~~~^^^^`) under them, as each of CPython's printers lays them out. Which printer a
// version uses where is data: VersionModel.tracebacks (versions.ts).
//
// The instruction's position is the one the compiler recorded for it (co_positions), in JavaScript
// string offsets of the source lines; the markers are laid out in display columns (wide characters
// take two).

import type { Position } from '../compile/bytecode';
import type { TracebackPrinter } from '../versions';
import { lineAnchors, segmentAnchors, type SegmentAnchors } from './traceback-anchors';
import { displayWidth } from './text/display-width';
import { utf8Length } from './utf8';
import { parseAst } from '../syntax/parse';
import type * as A from '../syntax/ast';

const INDENT = '    ';

/**
 * The text printed for one frame's source (each line ending in `\n`; '' when the line is not known).
 * `lines` are the file's lines, `lineno` the frame's current line, `position` its instruction's.
 */
export function frameSourceText(lines: readonly string[], lineno: number, position: Position | null, printer: TracebackPrinter): string {
  const line = lines[lineno - 1];
  if (line === undefined) return '';
  // An instruction without columns (or not on the frame's line: a guard) gets no markers.
  const at = position && position.line === lineno && position.col >= 0 && position.endCol >= 0 ? position : null;
  switch (printer) {
    case 'c-with-markers':
      return cPrinter(line, at, true);
    case 'c-without-markers':
      return cPrinter(line, at, false);
    case 'py-first-line':
      return pyFirstLine(line, at);
    case 'py-all-lines':
      return pyAllLines(lines, lineno, at);
  }
}

/** Markers for a one-line segment [start, end) of `line`, with anchors inside it (display columns). */
function markers(line: string, start: number, end: number, anchors: { leftEnd: number; rightStart: number } | null): string {
  const width = displayWidth(line.slice(start, end));
  if (!anchors) return '^'.repeat(width);
  const segment = line.slice(start, end);
  const left = displayWidth(segment.slice(0, anchors.leftEnd));
  const right = displayWidth(segment.slice(0, anchors.rightStart));
  return '~'.repeat(left) + '^'.repeat(right - left) + '~'.repeat(width - right);
}

/**
 * Python/traceback.c (display_source_line_with_margin): the line without its indentation (spaces,
 * tabs, form feeds) but with any trailing blanks; under it (3.11, 3.12) markers from the instruction's
 * start to its end, or to the end of the first line for a multi-line instruction, unless they would
 * cover the whole line without anchors.
 */
function cPrinter(line: string, at: Position | null, withMarkers: boolean): string {
  const indent = /^[ \t\f]*/.exec(line)![0].length;
  const text = `${INDENT}${line.slice(indent)}\n`;
  if (!withMarkers || !at) return text;
  const start = at.col;
  const multiLine = at.endLine !== at.line;
  const end = multiLine ? line.replace(/[ \t\f]+$/, '').length : at.endCol;
  const anchors = multiLine ? null : lineAnchors(line.slice(start, end), 'c');
  if (codePoints(line.slice(start, end)) === codePoints(line) - indent && !anchors) return text;
  const lead = displayWidth(line.slice(0, start)) - indent;
  return `${text}${INDENT}${' '.repeat(Math.max(0, lead))}${markers(line, start, end, anchors)}\n`;
}

/**
 * Lib/traceback.py of 3.11 and 3.12 (StackSummary.format_frame_summary): the stripped line, and the
 * same markers as the C printer, shown unless they cover the stripped line. Its offset arithmetic
 * counts the line's trailing blanks as indentation: markers under a line with trailing blanks are
 * shifted left by as many columns, as in CPython.
 */
function pyFirstLine(line: string, at: Position | null): string {
  const stripped = line.trim();
  if (!stripped) return '';
  const text = `${INDENT}${stripped}\n`;
  if (!at) return text;
  const start = at.col;
  const multiLine = at.endLine !== at.line;
  const end = multiLine ? line.trimEnd().length : at.endCol;
  const anchors = multiLine ? null : lineAnchors(line.slice(start, end), 'py');
  if (!(codePoints(line.slice(start, end)) < codePoints(stripped) || (anchors && anchors.rightStart - anchors.leftEnd > 0))) return text;
  const lead = displayWidth(line.slice(0, start)) - (codePoints(line) - codePoints(stripped));
  return `${text}${INDENT}${' '.repeat(Math.max(0, lead))}${markers(line, start, end, anchors)}\n`;
}

/** textwrap.dedent: removes the longest common leading blanks of the lines that are not blank. */
function dedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const l of lines) {
    if (!l.trim()) continue;
    const lead = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = lead;
    else {
      let i = 0;
      while (i < margin.length && i < lead.length && margin[i] === lead[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return lines.map((l) => (!l.trim() ? '' : l.slice((margin ?? '').length)));
}

/**
 * StackSummary._should_show_carets (3.13): no markers for a call that is a whole `return f(…)` (the
 * function a plain name) or `x = …(…)` statement; else markers where there are anchors, or where the
 * instruction does not cover its lines.
 */
function shouldShowMarkers(start: number, end: number, lines: string[], anchors: SegmentAnchors | null): boolean {
  const tree = parseAst(lines.join('\n'));
  if (tree) {
    if (tree.body.length === 0) return false;
    const statement = tree.body[0];
    let value: A.Call | null = null;
    if (statement.kind === 'Return' && statement.value?.kind === 'Call' && statement.value.func.kind === 'Name') value = statement.value;
    if (statement.kind === 'Assign' && statement.value.kind === 'Call' && statement.targets.length === 1 && statement.targets[0].kind === 'Name') {
      value = statement.value;
    }
    // The tree's columns are UTF-8 byte offsets, compared with character offsets (as CPython does).
    const bytes = (lineIndex: number, col: number) => utf8Length((lines[lineIndex] ?? '').slice(0, col));
    if (
      value &&
      value.line === 1 &&
      value.endLine === lines.length &&
      bytes(0, value.col) === codePoints(lines[0].slice(0, start)) &&
      bytes(lines.length - 1, value.endCol) === codePoints(lines[lines.length - 1].slice(0, end))
    ) {
      return false;
    }
  }
  if (anchors) return true;
  return lines[0].slice(0, start).trimStart() !== '' || lines[lines.length - 1].slice(end).trimEnd() !== '';
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Lib/traceback.py of 3.13 (StackSummary.format_frame_summary): every line of the instruction,
 * dedented together, with markers under each; for a long instruction only its first and last lines
 * and those around the anchors, `...<N lines>...` for the others.
 */
function pyAllLines(fileLines: readonly string[], lineno: number, at: Position | null): string {
  const endLine = at ? at.endLine : lineno;
  const original: string[] = [];
  for (let n = lineno; n <= endLine; n++) original.push((fileLines[n - 1] ?? '').trimEnd());
  const dedented = dedent(original);
  if (!dedented.join('\n').trim()) return '';
  if (!at) return `${INDENT}${original[0].trim()}\n`;
  const all = dedented;
  const shift = original[0].length - all[0].length;
  const start = Math.max(0, at.col - shift);
  const end = Math.max(0, at.endCol - shift);
  const dpStart = displayWidth(all[0].slice(0, start));
  const dpEnd = displayWidth(all[all.length - 1].slice(0, end));
  const joined = all.join('\n');
  const segment = joined.slice(start, joined.length - (all[all.length - 1].length - end));
  const anchors = segmentAnchors(segment);
  const show = shouldShowMarkers(start, end, all, anchors);

  const significant = new Set<number>([0, all.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  if (anchors) {
    leftEnd = anchors.leftEnd + (anchors.leftEndLine === 0 ? start : 0);
    rightStart = anchors.rightStart + (anchors.rightStartLine === 0 ? start : 0);
    leftEnd = displayWidth((all[anchors.leftEndLine] ?? '').slice(0, leftEnd));
    rightStart = displayWidth((all[anchors.rightStartLine] ?? '').slice(0, rightStart));
    for (const l of [anchors.leftEndLine, anchors.rightStartLine]) for (let d = -1; d <= 1; d++) significant.add(l + d);
  }
  significant.delete(-1);
  significant.delete(all.length);

  const out: string[] = [];
  const outputLine = (index: number) => {
    const text = all[index];
    out.push(text);
    if (!show) return;
    const spaces = text.length - text.trimStart().length;
    const count = index === all.length - 1 ? dpEnd : displayWidth(text);
    let carets = '';
    for (let col = 0; col < count; col++) {
      if (col < spaces || (index === 0 && col < dpStart)) carets += ' ';
      else if (
        anchors &&
        (index > anchors.leftEndLine || (index === anchors.leftEndLine && col >= leftEnd)) &&
        (index < anchors.rightStartLine || (index === anchors.rightStartLine && col < rightStart))
      ) {
        carets += '^';
      } else carets += anchors ? '~' : '^';
    }
    out.push(carets);
  };
  const ordered = [...significant].sort((a, b) => a - b);
  ordered.forEach((index, i) => {
    if (i) {
      const gap = index - ordered[i - 1];
      if (gap === 2) outputLine(index - 1);
      else if (gap > 2) out.push(`...<${gap - 1} lines>...`);
    }
    outputLine(index);
  });
  return dedent(out).map((l) => `${INDENT}${l}\n`).join('');
}

