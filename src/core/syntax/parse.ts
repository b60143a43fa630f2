// parseModule: Python 3.11 source → the syntax tree of ast.ts, or the SyntaxError /
// IndentationError CPython 3.11 reports for it (message and position), or the first construct
// CPython Lens does not model.
//
// How it fits together:
//   tokenizer.ts    CPython's tokenizer (tokens, indentation, tokenizer errors)
//   session.ts      units of text handed to @lezer/python, rewritten so lezer reads them right
//   convert*.ts     lezer tree → ast.ts nodes, with the checks CPython's parser makes
//   fstrings.ts     string concatenation and f-strings; literals.ts: literal values
//   syntax-errors.ts  which error CPython reports when parsing fails, and where
//   checks.ts       errors CPython raises after parsing (symbol table, compiler)

import type { Module, ParseResult, SourceDiagnostic } from './ast';
import { semanticError } from './checks';
import { Converter } from './convert';
import { snippetParser } from './convert-expr';
import { Session, Unit } from './session';
import { finalCandidate, indentedBlockAt, structuralCandidates } from './syntax-errors';
import { tokenize } from './tokenizer';

/** CPython reads source with universal newlines and adds a final newline when one is missing. */
function normalize(source: string): string {
  let src = source.replace(/\r\n?/g, '\n');
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  if (!src.endsWith('\n')) src += '\n';
  return src;
}

export function parseModule(source: string): ParseResult {
  try {
    return parse(source);
  } catch {
    // Never throw: an internal failure is reported as CPython's generic error.
    const error: SourceDiagnostic = { kind: 'SyntaxError', message: 'invalid syntax', line: 1, col: 0, endLine: 1, endCol: 0 };
    return { ok: false, error };
  }
}

/**
 * The tree `ast.parse` would return, or null where it raises SyntaxError: unlike parseModule, none of
 * the errors CPython's symbol table and compiler add (`'return' outside function`...).
 */
export function parseAst(source: string): Module | null {
  try {
    const result = parse(source, false);
    return result.ok ? result.module : null;
  } catch {
    return null;
  }
}

function parse(source: string, compilerChecks = true): ParseResult {
  const src = normalize(source);
  const session = new Session(src);
  const unit = new Unit(session, 'module', 0, src, tokenize(src, session.lines), 0);
  const module = new Converter(unit).module();
  const snippets = snippetParser(session);
  unit.candidates.push(...structuralCandidates(unit, indentedBlockAt(unit, snippets)));
  const syntax = finalCandidate(unit, snippets);
  if (syntax !== null) return { ok: false, error: syntax.diag };
  const semantic = compilerChecks ? semanticError(module) : null;
  if (semantic !== null) return { ok: false, error: semantic };
  if (session.unsupported !== null) return { ok: false, error: session.unsupported.diag };
  if (session.invalidEscapes.size > 0) {
    module.invalidEscapes = [...session.invalidEscapes]
      .sort(([a], [b]) => a - b)
      .map(([offset, e]) => ({ line: session.lines.lineOf(session.clamp(offset)), escapeLine: session.lines.lineOf(session.clamp(e.escapeOffset)), sequence: e.sequence }));
  }
  return { ok: true, module };
}
