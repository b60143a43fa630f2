// Turning parse failures into the SyntaxError CPython 3.11 reports. CPython's PEG parser stops
// at the first token it cannot use; lezer's LR parser notices the same token, and the
// messages of CPython's "invalid_*" grammar rules are reproduced here from the tokens around
// it. Block structure (indentation, try without except) is checked on the token stream, since
// lezer's grammar is lenient there.

import type { Expr, SourceDiagnostic } from './ast';
import { bestCandidate, type Candidate, type Unit } from './session';
import { endsExpression, KEYWORDS, startsExpression, type Token } from './tokenizer';

/** Parses [from, to) of the module as an expression, or returns null. */
export type SnippetParser = (from: number, to: number) => Expr | null;

const AUGASSIGN = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);
const OPENERS = '([{';
const CLOSERS = ')]}';

function isOp(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.type === 'OP' && t.text === text;
}
function isName(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.type === 'NAME' && t.text === text;
}
function isLineBreak(t: Token | undefined): boolean {
  return t === undefined || t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'ENDMARKER';
}

/** Index of the first token of the logical line containing token `f`. */
function lineStartIndex(ts: readonly Token[], f: number): number {
  let i = f - 1;
  while (i >= 0 && !(ts[i].type === 'NEWLINE' || ts[i].type === 'INDENT' || ts[i].type === 'DEDENT')) i--;
  return i + 1;
}

/** Index of the bracket matching the opener at `i`, or -1. */
function matching(ts: readonly Token[], i: number): number {
  let depth = 0;
  for (let k = i; k < ts.length; k++) {
    const t = ts[k];
    if (t.type !== 'OP') continue;
    if (OPENERS.includes(t.text)) depth++;
    else if (CLOSERS.includes(t.text)) {
      depth--;
      if (depth === 0) return k;
    }
    if (isLineBreak(t)) return -1;
  }
  return -1;
}

/** What CPython calls the compound statement whose header starts at token `h`. */
function describeHeader(ts: readonly Token[], h: number): { what: string; line: Token } | null {
  let k = h;
  if (isName(ts[k], 'async')) k++;
  const t = ts[k];
  if (t === undefined || t.type !== 'NAME') return null;
  switch (t.text) {
    case 'if':
    case 'elif':
    case 'else':
    case 'while':
    case 'for':
    case 'with':
    case 'try':
    case 'finally':
    case 'match':
    case 'case':
      return { what: `'${t.text}' statement`, line: t };
    case 'except':
      return { what: isOp(ts[k + 1], '*') ? "'except*' statement" : "'except' statement", line: t };
    case 'def':
      return { what: 'function definition', line: t };
    case 'class':
      return { what: 'class definition', line: t };
    default:
      return null;
  }
}

export class ErrorDescriber {
  private readonly ts: readonly Token[];
  /** Set by a heuristic whose CPython rule reads past the failing token (see Candidate.reach). */
  private reach: number | null = null;

  constructor(
    private readonly unit: Unit,
    private readonly parseSnippet: SnippetParser,
  ) {
    this.ts = unit.tokens;
  }

  private diagOn(t: Token, message: string, kind: SourceDiagnostic['kind'] = 'SyntaxError'): SourceDiagnostic {
    return this.unit.session.tokenDiag(kind, message, t);
  }

  private range(from: number, to: number, message: string): SourceDiagnostic {
    return this.unit.session.diag('SyntaxError', message, from, to);
  }

  /** The error CPython reports when its parser stops at the token lezer stopped at. */
  describe(offset: number): Candidate {
    const ts = this.ts;
    let f = this.unit.errorTokenIndex(offset);
    if (f >= ts.length) {
      // the input ended (inside brackets: the tokenizer stopped there)
      const last = ts[ts.length - 1];
      const at = last === undefined ? offset : last.end;
      return { key: this.unit.session.src.length, rank: 1, diag: this.unit.session.diag('SyntaxError', 'invalid syntax', at) };
    }
    const block = this.indentedBlock(f);
    if (block !== null) return { key: ts[f].start, rank: 1, diag: block };
    // DEDENT tokens share their offset with the token after them, which is what failed
    while (ts[f].type === 'DEDENT' && f + 1 < ts.length) f++;
    // `not in` where an expression starts: CPython reads `not` and fails at the `in`
    if (isName(ts[f], 'not') && isName(ts[f + 1], 'in') && (f === 0 || isLineBreak(ts[f - 1]) || this.isBoundary(f - 1) || (ts[f - 1].type === 'OP' && OPENERS.includes(ts[f - 1].text)))) f++;
    // `except E, e` (Python 2): lezer reads the comma, CPython stops at it
    if (isOp(ts[f - 1], ',') && ts[f - 1].level === 0 && isName(ts[lineStartIndex(ts, f)], 'except')) f--;
    const typeParams = this.typeParamsStop(f);
    if (typeParams !== null) {
      // `def f[`: the forced '(' of a def; `class C[`: plain invalid syntax
      const message = isName(ts[typeParams - 2], 'def') ? "expected '('" : 'invalid syntax';
      return { key: ts[typeParams].start, rank: 1, diag: this.diagOn(ts[typeParams], message) };
    }
    const stop = this.targetStop(f) ?? this.genexpStop(f);
    if (stop !== null) return { key: ts[stop].start, rank: 1, diag: this.diagOn(ts[stop], 'invalid syntax') };
    const F = ts[f];
    const key = F.start;
    const make = (diag: SourceDiagnostic): Candidate => ({ key, rank: 1, diag, reach: this.reach ?? key });
    this.reach = null;
    const ls = lineStartIndex(ts, f);
    if (isOp(F, '*') && isName(ts[ls], 'del') && F.level === ts[ls].level && (f === ls + 1 || isOp(ts[f - 1], ','))) {
      // invalid_del_stmt: a starred target
      const end = this.bitwiseOrEnd(f + 1);
      return make(this.range(F.start, ts[Math.max(end, f)].end, 'cannot delete starred'));
    }
    if (isOp(F, '=') && isName(ts[ls], 'yield') && F.level === ts[ls].level) {
      return make(this.range(ts[ls].start, ts[f - 1].end, 'assignment to yield expression not possible'));
    }
    if (F.type === 'INDENT') {
      return { key, rank: 1, indentToken: true, diag: this.diagOn(F, 'unexpected indent', 'IndentationError') };
    }
    const colon = this.missingColon(f);
    if (colon !== null) return make(colon);
    const legacy = this.legacyPrint(f);
    if (legacy !== null) return make(legacy);
    const param = this.parameterError(f);
    if (param !== null) return make(param === 'generic' ? this.diagOn(F, 'invalid syntax') : param);
    const dict = this.dictValue(f) ?? this.dictKey(f);
    if (dict !== null) return make(dict);
    const assignment = this.assignmentInExpression(f) ?? this.walrusTarget(f) ?? this.argumentOrder(f) ?? this.tupleTargetAssignment(f);
    if (assignment !== null) return make(assignment);
    const orElse = this.expectedElse(f);
    if (orElse !== null) return make(orElse);
    const target = this.comprehensionTarget(f);
    if (target !== null) return make(target);
    const comma = this.forgotComma(f);
    if (comma !== null) return make(comma);
    return make(this.diagOn(F, 'invalid syntax'));
  }

  /** `if x:` NEWLINE and no INDENT: "expected an indented block after 'if' statement on line N". */
  indentedBlock(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    if (f < 2 || ts[f].type === 'INDENT' || ts[f - 1].type !== 'NEWLINE' || !isOp(ts[f - 2], ':') || ts[f - 2].level !== 0) return null;
    const header = describeHeader(ts, lineStartIndex(ts, f - 2));
    if (header === null) return null;
    const line = this.unit.session.lines.lineOf(header.line.start);
    return this.diagOn(ts[f], `expected an indented block after ${header.what} on line ${line}`, 'IndentationError');
  }

  private missingColon(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const F = ts[f];
    const ls = lineStartIndex(ts, f);
    let h = ls;
    if (isName(ts[h], 'async')) h++;
    const kw = ts[h];
    if (kw === undefined || kw.type !== 'NAME' || h >= f) return null;
    for (let k = ls; k < f; k++) if (isOp(ts[k], ':') && ts[k].level === kw.level) return null;
    const atNewline = F.type === 'NEWLINE';
    const prevEnds = endsExpression(ts[f - 1]) && f - 1 > h;
    let expected = false;
    switch (kw.text) {
      case 'if':
      case 'elif':
      case 'while':
      case 'with':
        expected = atNewline && prevEnds;
        break;
      case 'for': {
        let hasIn = false;
        for (let k = h + 1; k < f; k++) if (isName(ts[k], 'in') && ts[k].level === kw.level) hasIn = true;
        expected = atNewline && prevEnds && hasIn;
        break;
      }
      case 'except':
        expected = atNewline && (f === h + 1 || prevEnds);
        break;
      case 'class': {
        if (!atNewline || ts[h + 1]?.type !== 'NAME') break;
        if (f === h + 2) expected = true;
        else if (isOp(ts[h + 2], '(') && matching(ts, h + 2) === f - 1) expected = true;
        break;
      }
      case 'def': {
        // `&&'('` and `&&':'`: forced tokens, reported at whatever comes instead
        if (ts[h + 1]?.type === 'NAME' && f === h + 2 && !isOp(F, '(')) return this.diagOn(F, "expected '('");
        if (ts[h + 1]?.type !== 'NAME' || !isOp(ts[h + 2], '(')) break;
        const close = matching(ts, h + 2);
        if (close < 0) break;
        if (f === close + 1) expected = !isOp(F, '->');
        else if (isOp(ts[close + 1], '->') && f === close + 2) {
          // no return annotation after '->': the optional part is skipped, the colon is wanted at '->'
          return this.diagOn(ts[close + 1], "expected ':'");
        } else if (isOp(ts[close + 1], '->') && f > close + 2 && endsExpression(ts[f - 1])) expected = true;
        break;
      }
      case 'try':
      case 'finally':
      case 'else':
        expected = f === h + 1;
        break;
      default:
        break;
    }
    return expected ? this.diagOn(F, "expected ':'") : null;
  }

  /** `print x`: "Missing parentheses in call to 'print'. Did you mean print(...)?" */
  private legacyPrint(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const prev = ts[f - 1];
    if (prev === undefined || prev.type !== 'NAME' || (prev.text !== 'print' && prev.text !== 'exec')) return null;
    if (isOp(ts[f], '(') || !startsExpression(ts[f])) return null;
    // only where an expression starts (CPython's invalid_legacy_expression is part of `expression`)
    const b = ts[f - 2];
    const starts =
      b === undefined ||
      isLineBreak(b) ||
      (b.type === 'OP' && (OPENERS.includes(b.text) || [',', '=', ':', ';'].includes(b.text) || AUGASSIGN.has(b.text))) ||
      (b.type === 'NAME' && ['return', 'yield', 'if', 'elif', 'while', 'else', 'in', 'assert', 'raise', 'with', 'except', 'for'].includes(b.text));
    if (!starts || this.inParameters(f)) return null;
    const head = ts[lineStartIndex(ts, f)];
    if (head.type === 'NAME' && ['global', 'nonlocal', 'import', 'from', 'def', 'class', 'del'].includes(head.text)) return null;
    const end = this.scanForward(f, true);
    return this.range(prev.start, ts[end].end, `Missing parentheses in call to '${prev.text}'. Did you mean ${prev.text}(...)?`);
  }

  /** `if x = 1:`, `f(a.b=1)`: CPython's invalid_named_expression and invalid_kwarg rules. */
  private assignmentInExpression(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const F = ts[f];
    if (!isOp(F, '=') || !endsExpression(ts[f - 1])) return null;
    const open = this.enclosingOpener(f);
    const aStart = this.scanBack(f - 1);
    if (aStart > f - 1 || isOp(ts[aStart - 1], ':')) return null;
    const a0 = ts[aStart];
    if (open >= 0 && isOp(ts[open], '(') && endsExpression(ts[open - 1]) && (aStart === open + 1 || isOp(ts[aStart - 1], ','))) {
      // a call's argument: invalid_kwarg
      if (aStart === f - 1 && a0.type === 'NAME') {
        if (a0.text === 'True' || a0.text === 'False' || a0.text === 'None') return this.range(a0.start, F.end, `cannot assign to ${a0.text}`);
        return null;
      }
      return this.range(a0.start, F.end, 'expression cannot contain assignment, perhaps you meant "=="?');
    }
    const ls = lineStartIndex(ts, f);
    const inCondition = open < 0 && (isName(ts[ls], 'if') || isName(ts[ls], 'elif') || isName(ts[ls], 'while')) && aStart === ls + 1;
    if (!inCondition && open < 0) return null;
    const bEnd = this.bitwiseOrEnd(f + 1);
    if (bEnd < f + 1) return null;
    const after = ts[bEnd + 1];
    if (isOp(after, '=') || isOp(after, ':=')) return null;
    this.reach = after?.start ?? this.unit.session.src.length;
    if (aStart === f - 1 && a0.type === 'NAME' && endsExpression(a0) && !['True', 'False', 'None'].includes(a0.text)) {
      return this.range(a0.start, ts[bEnd].end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (isOp(a0, '[') || (isOp(a0, '(') && matching(ts, aStart) === f - 1) || ['True', 'False', 'None'].includes(a0.text)) return null;
    const e = this.parseSnippet(a0.start, ts[f - 1].end);
    if (e === null) return null;
    if (e.kind === 'Compare' || e.kind === 'BoolOp' || e.kind === 'IfExp' || e.kind === 'Lambda' || (e.kind === 'UnaryOp' && e.op === 'Not')) {
      if (!isOp(a0, '(')) return null;
    }
    const name = exprNameForMessage(e);
    const paren = isOp(a0, '(') && matching(ts, aStart) === f - 1;
    const from = paren ? ts[aStart + 1].start : a0.start;
    const to = paren ? ts[f - 2].end : ts[f - 1].end;
    return this.range(from, to, `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`);
  }

  /**
   * A `for` target: CPython's star_targets stops at the first token that cannot be part of a
   * target, where lezer (which reads any expression there) may go on. Returns that token.
   */
  private targetStop(f: number): number | null {
    const ts = this.ts;
    let depth = 0;
    let forIndex = -1;
    for (let k = f - 1; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) break;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (isName(t, 'in') || isOp(t, ':') || isOp(t, '='))) break;
      else if (depth === 0 && (isName(t, 'for') || (isName(t, 'del') && lineStartIndex(ts, k) === k))) {
        forIndex = k;
        break;
      }
    }
    if (forIndex < 0) return null;
    for (let k = forIndex + 1; k < f; k++) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) {
        const close = matching(ts, k);
        if (close < 0 || close >= f) return null;
        k = close;
        continue;
      }
      const ok = (t.type === 'NAME' && !['in', 'not', 'and', 'or', 'is', 'if', 'else', 'lambda', 'for', 'await'].includes(t.text)) || (t.type === 'OP' && [',', '*', '.'].includes(t.text));
      if (!ok) return k;
    }
    return null;
  }

  /**
   * `a, b c = d`: after `a,` CPython reads more star_named_expressions, and `c = d` is a
   * NAME '=' expression there (invalid_named_expression).
   */
  private tupleTargetAssignment(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const F = ts[f];
    if (F.type !== 'NAME' || KEYWORDS.has(F.text) || !isOp(ts[f + 1], '=') || F.level !== 0) return null;
    const ls = lineStartIndex(ts, f);
    if (ts[ls].type === 'NAME' && KEYWORDS.has(ts[ls].text) && !['None', 'True', 'False', 'not', 'lambda', 'await'].includes(ts[ls].text)) return null;
    let depth = 0;
    let comma = false;
    for (let k = ls; k < f; k++) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && CLOSERS.includes(t.text)) depth--;
      else if (depth === 0 && (isOp(t, '=') || AUGASSIGN.has(t.text) || isOp(t, ':'))) return null;
      else if (depth === 0 && isOp(t, ',')) comma = true;
    }
    if (!comma) return null;
    const bEnd = this.bitwiseOrEnd(f + 2);
    if (bEnd < f + 2) return null;
    const after = ts[bEnd + 1];
    if (isOp(after, '=') || isOp(after, ':=')) return null;
    this.reach = after?.start ?? this.unit.session.src.length;
    return this.range(F.start, ts[bEnd].end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }

  /** `x.y := 1`: "cannot use assignment expressions with attribute" */
  private walrusTarget(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    if (!isOp(ts[f], ':=') || !endsExpression(ts[f - 1])) return null;
    const aStart = this.scanBack(f - 1);
    if (aStart > f - 1 || (aStart === f - 1 && ts[aStart].type === 'NAME' && !KEYWORDS.has(ts[aStart].text))) return null;
    const e = this.parseSnippet(ts[aStart].start, ts[f - 1].end);
    if (e === null) return null;
    const group = this.isGroup(aStart, f - 1);
    const from = group ? ts[aStart + 1].start : ts[aStart].start;
    const to = group ? ts[f - 2].end : ts[f - 1].end;
    return this.range(from, to, `cannot use assignment expressions with ${exprNameForMessage(e)}`);
  }

  /** `f(a=1, b)` cut short at the positional argument: "positional argument follows keyword argument" */
  private argumentOrder(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const open = this.enclosingOpener(f);
    if (open < 1 || !isOp(ts[open], '(') || !endsExpression(ts[open - 1]) || this.inParameters(f)) return null;
    // the argument that fails, and the ones before it
    let depth = 0;
    let argStart = open + 1;
    let keyword = false;
    let unpacking = false;
    for (let k = open + 1; k < f; k++) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && CLOSERS.includes(t.text)) depth--;
      else if (depth === 0 && isOp(t, ',')) argStart = k + 1;
      if (depth === 0 && k === argStart && t.type === 'NAME' && isOp(ts[k + 1], '=')) keyword = true;
      if (depth === 0 && k === argStart && isOp(t, '**')) unpacking = true;
    }
    if (!keyword && !unpacking) return null;
    const first = ts[argStart];
    if (argStart >= f || isOp(first, '*') || isOp(first, '**') || (first.type === 'NAME' && isOp(ts[argStart + 1], '='))) return null;
    if (!endsExpression(ts[f - 1])) return null;
    const message = unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
    return this.diagOn(ts[f], message);
  }

  /** Errors inside a parameter list; 'generic' for CPython's plain "invalid syntax". */
  private parameterError(f: number): SourceDiagnostic | 'generic' | null {
    const ts = this.ts;
    const F = ts[f];
    if (this.inLambdaParameters(f)) {
      if ((isOp(F, ',') || isOp(F, ')')) && isOp(ts[f - 1], '=')) return this.diagOn(ts[f - 1], 'expected default value expression');
      return null;
    }
    let open = this.enclosingOpener(f);
    if (isOp(F, '(') && open >= 0) {
      // `def f((a, b)):` -- invalid_parameters: "Function parameters cannot be parenthesized"
      const outer = open;
      open = outer;
      if (outer >= 2 && ts[outer - 1].type === 'NAME' && isName(ts[outer - 2], 'def') && (f === outer + 1 || isOp(ts[f - 1], ',')) && ts[f + 1]?.type === 'NAME') {
        const close = matching(ts, f);
        let ok = close > f + 1;
        for (let k = f + 1; k < close && ok; k++) ok = ts[k].type === 'NAME' || isOp(ts[k], ',');
        if (ok) return this.range(F.start, ts[close].end, 'Function parameters cannot be parenthesized');
      }
    }
    if (open < 2 || !isOp(ts[open], '(') || ts[open - 1].type !== 'NAME' || !isName(ts[open - 2], 'def')) return null;
    if ((isOp(F, ')') || isOp(F, ',')) && isOp(ts[f - 1], '=')) return this.diagOn(ts[f - 1], 'expected default value expression');
    if (isOp(F, '=') && ts[f - 1]?.type === 'NAME' && isOp(ts[f - 2], '*')) return this.diagOn(F, 'var-positional argument cannot have default value');
    if (isOp(F, '=') && ts[f - 1]?.type === 'NAME' && isOp(ts[f - 2], '**')) return this.diagOn(F, 'var-keyword argument cannot have default value');
    return 'generic';
  }

  /** True when token `f` is in the parameters of a lambda (between `lambda` and its ':'). */
  private inLambdaParameters(f: number): boolean {
    const ts = this.ts;
    let depth = 0;
    for (let k = f - 1; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) return false;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && isOp(t, ':')) return false;
      else if (depth === 0 && isName(t, 'lambda')) return true;
    }
    return false;
  }

  /** `{a: *b}` and `{a:}` */
  private dictValue(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const open = this.enclosingOpener(f);
    if (open < 0 || !isOp(ts[open], '{') || !isOp(ts[f - 1], ':')) return null;
    const F = ts[f];
    if (isOp(F, '*')) {
      const end = this.bitwiseOrEnd(f + 1);
      return this.range(F.start, ts[Math.max(end, f)].end, 'cannot use a starred expression in a dictionary value');
    }
    if (isOp(F, '}') || isOp(F, ',')) return this.diagOn(ts[f - 1], "expression expected after dictionary key and ':'");
    return null;
  }

  /** `{'a': 1, 'b' 2}`: invalid_kvpair, after at least one `key: value,` */
  private dictKey(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    const open = this.enclosingOpener(f);
    if (open < 0 || !isOp(ts[open], '{') || isOp(ts[f], ':') || !endsExpression(ts[f - 1])) return null;
    const aStart = this.scanBack(f - 1);
    if (!isOp(ts[aStart - 1], ',')) return null;
    let depth = 0;
    let sawColon = false;
    for (let k = open + 1; k < aStart; k++) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && CLOSERS.includes(t.text)) depth--;
      else if (depth === 0 && isOp(t, ':')) sawColon = true;
      else if (depth === 0 && isName(t, 'for')) return null;
    }
    if (!sawColon) return null;
    // CPython puts it on the last character of the key
    const end = ts[f - 1].end;
    const d = this.range(end - 1, end, "':' expected after dictionary key");
    // RAISE_ERROR_KNOWN_LOCATION without an end (end_offset 0)
    return { ...d, endLine: d.line, endCol: d.col + 1, detail: { endOffset: 0 } };
  }

  /** `[1, 2 3]`: "invalid syntax. Perhaps you forgot a comma?" (only inside brackets). */
  private forgotComma(fIn: number): SourceDiagnostic | null {
    let f = fIn;
    const ts = this.ts;
    if (isOp(ts[f], ']') && isOp(ts[f - 1], '[') && endsExpression(ts[f - 2])) {
      // `x[]`: CPython reads `[]` as a list display after the expression `x`
      if (ts[f].level === 0) return null;
      const aStart = this.scanBack(f - 2);
      if (aStart > f - 2) return null;
      this.reach = ts[f + 1]?.start ?? this.unit.session.src.length;
      return this.range(ts[aStart].start, ts[f].end, 'invalid syntax. Perhaps you forgot a comma?');
    }
    if (isName(ts[f - 1], 'not') && endsExpression(ts[f - 2]) && startsExpression(ts[f]) && !isName(ts[f], 'in')) {
      // `a not b`: CPython reads `not b` as the second expression
      f = f - 1;
    }
    if (!startsExpression(ts[f]) || !endsExpression(ts[f - 1])) return null;
    const ls = lineStartIndex(ts, f);
    if (isName(ts[ls], 'import') || isName(ts[ls], 'from')) return null;
    const aStart = this.scanBack(f - 1);
    if (aStart > f - 1) return null;
    // `*a b`: a starred item is not an `expression`
    if (isOp(ts[aStart - 1], '*') || isOp(ts[aStart - 1], '**')) return null;
    // in parameters only a default value is an expression
    if (this.inParameters(f) && !isOp(ts[aStart - 1], '=')) return null;
    const a0 = ts[aStart];
    if (a0.type === 'NAME' && !KEYWORDS.has(a0.text) && ts[aStart + 1]?.type === 'STRING') return null;
    if (this.inComprehensionClause(aStart)) return null;
    // CPython 3.11 takes any NAME that is a prefix of a soft keyword ("m", "ca", ...) for one
    if (a0.type === 'NAME' && a0.text.length > 0 && ['match', 'case', '_'].some((k) => k.startsWith(a0.text))) return null;
    if (aStart === f - 1 && a0.type === 'NAME' && (a0.text === 'print' || a0.text === 'exec')) return null;
    const bEnd = this.scanForward(f, false);
    if (ts[bEnd].level === 0) return null;
    this.reach = ts[bEnd + 1]?.start ?? this.unit.session.src.length;
    // the range is that of the two expressions' nodes: a group's parentheses are not part of it
    const from = this.isGroup(aStart, f - 1) ? ts[aStart + 1].start : a0.start;
    const to = this.isGroup(f, bEnd) ? ts[bEnd - 1].end : ts[bEnd].end;
    return this.range(from, to, 'invalid syntax. Perhaps you forgot a comma?');
  }

  /**
   * `[x, x**2 for x in y]`, `{a, b for a in c}`: "did you forget parentheses around the comprehension
   * target?" (invalid_comprehension), from the first item to the last one before `for` (to the comma
   * of `[x, for ...]`). The rule needs the for clause to parse: an `in` before the closing bracket.
   */
  private comprehensionTarget(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    if (!isName(ts[f], 'for') && !(isName(ts[f], 'async') && isName(ts[f + 1], 'for'))) return null;
    const open = this.enclosingOpener(f);
    if (open < 0 || !(isOp(ts[open], '[') || isOp(ts[open], '{'))) return null;
    const close = matching(ts, open);
    if (close < 0) return null;
    const commas: number[] = [];
    let depth = 0;
    for (let k = open + 1; k < close; k++) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && CLOSERS.includes(t.text)) depth--;
      // a dict display (`k: v`, `**d`) or a keyword argument is not a star_named_expression
      else if (depth === 0 && k < f && (isOp(t, ':') || isOp(t, '=') || (isOp(t, '**') && (k === open + 1 || isOp(ts[k - 1], ','))))) return null;
      else if (depth === 0 && k < f && isOp(t, ',')) commas.push(k);
      else if (depth === 0 && k > f && isName(t, 'in')) break;
      if (k === close - 1) return null;
    }
    if (commas.length === 0 || commas[0] === open + 1) return null;
    this.reach = ts[close].end;
    const from = this.isGroup(open + 1, commas[0] - 1) ? ts[open + 2].start : ts[open + 1].start;
    const last = commas[commas.length - 1];
    // `[x, for ...]`: up to the comma; `[a, b, for ...]`: the last item before the trailing comma
    if (last === f - 1 && commas.length === 1) return this.range(from, ts[last].end, 'did you forget parentheses around the comprehension target?');
    const [itemStart, itemEnd] = last === f - 1 ? [commas[commas.length - 2] + 1, last - 1] : [last + 1, f - 1];
    const to = this.isGroup(itemStart, itemEnd) ? ts[itemEnd - 1].end : ts[itemEnd].end;
    return this.range(from, to, 'did you forget parentheses around the comprehension target?');
  }

  /** True when tokens start..end are a parenthesized expression (not a tuple or generator). */
  private isGroup(start: number, end: number): boolean {
    const ts = this.ts;
    if (!isOp(ts[start], '(') || matching(ts, start) !== end || end - start < 2) return false;
    let depth = 0;
    for (let k = start + 1; k < end; k++) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && CLOSERS.includes(t.text)) depth--;
      else if (depth === 0 && (isOp(t, ',') || isName(t, 'for'))) return false;
    }
    return true;
  }

  /** True when token `f` is inside a def's or a lambda's parameters. */
  private inParameters(f: number): boolean {
    if (this.inLambdaParameters(f)) return true;
    const ts = this.ts;
    const open = this.enclosingOpener(f);
    return open >= 2 && isOp(ts[open], '(') && ts[open - 1].type === 'NAME' && isName(ts[open - 2], 'def');
  }

  /**
   * `f(a, b for b in c)` cut short: CPython only reads a comprehension after the first argument
   * of a call (a generator argument must be the only one), so it stops at that `for`.
   */
  private genexpStop(f: number): number | null {
    const ts = this.ts;
    let depth = 0;
    let forIndex = -1;
    for (let k = f - 1; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) return null;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (forIndex < 0 || !isOp(t, '(') || !endsExpression(ts[k - 1])) return null;
        // a call: is the comprehension after another argument?
        let d = 0;
        for (let j = k + 1; j < forIndex; j++) {
          const u = ts[j];
          if (u.type === 'OP' && OPENERS.includes(u.text)) d++;
          else if (u.type === 'OP' && CLOSERS.includes(u.text)) d--;
          else if (d === 0 && isOp(u, ',')) return forIndex;
        }
        return null;
      } else if (depth === 0 && isName(t, 'for') && forIndex < 0) forIndex = k;
    }
    return null;
  }

  /** `class C[` / `def f[`: Python 3.11 has no type parameters; it stops at the bracket. */
  private typeParamsStop(f: number): number | null {
    const ts = this.ts;
    const ls = lineStartIndex(ts, f);
    let h = ls;
    if (isName(ts[h], 'async')) h++;
    if (!(isName(ts[h], 'def') || isName(ts[h], 'class')) || ts[h + 1]?.type !== 'NAME' || !isOp(ts[h + 2], '[')) return null;
    return f > h + 2 ? h + 2 : null;
  }

  /** True when the expression starting at token `start` follows a comprehension's `in` or `if`. */
  private inComprehensionClause(start: number): boolean {
    const ts = this.ts;
    const before = ts[start - 1];
    if (!isName(before, 'if') && !isName(before, 'in')) return false;
    let depth = 0;
    for (let k = start - 2; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) return false;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && isName(t, 'for')) return true;
    }
    return false;
  }

  /** `x = a if b`: "expected 'else' after 'if' expression" */
  private expectedElse(f: number): SourceDiagnostic | null {
    const ts = this.ts;
    if (isName(ts[f], 'else') || isOp(ts[f], ':') || !endsExpression(ts[f - 1])) return null;
    let depth = 0;
    let ifIndex = -1;
    for (let k = f - 1; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) break;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && isName(t, 'if')) {
        ifIndex = k;
        break;
      } else if (depth === 0 && this.isBoundary(k)) break;
    }
    if (ifIndex < 1 || !endsExpression(ts[ifIndex - 1])) return null;
    const aStart = this.scanBack(ifIndex - 1);
    if (aStart > ifIndex - 1) return null;
    // a comprehension's `if` is not an `if` expression
    for (let k = aStart - 1; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t) || (t.type === 'OP' && OPENERS.includes(t.text))) break;
      if (isName(t, 'for')) return null;
      if (isOp(t, ',')) break;
    }
    return this.range(ts[aStart].start, ts[f - 1].end, "expected 'else' after 'if' expression");
  }

  // ---- token scanning ---------------------------------------------------------------------

  private isBoundary(k: number): boolean {
    const t = this.ts[k];
    if (t.type === 'OP') {
      if ([',', ';', '=', ':', ':=', '->'].includes(t.text) || AUGASSIGN.has(t.text)) return true;
      if (t.text === '*' || t.text === '**') {
        // a star in prefix position (unpacking), not multiplication
        const before = this.ts[k - 1];
        return before === undefined || !endsExpression(before);
      }
      return false;
    }
    if (isName(t, 'in') && this.isClauseIn(k)) return true;
    if (t.type === 'NAME') {
      return [
        'if', 'else', 'for', 'lambda', 'return', 'yield', 'assert', 'del', 'import', 'from', 'as', 'with', 'while', 'elif',
        'raise', 'global', 'nonlocal', 'async', 'class', 'def', 'except', 'try', 'finally', 'pass', 'break', 'continue',
      ].includes(t.text);
    }
    return isLineBreak(t);
  }

  /** True when the `in` at token `k` is the one of a `for ... in` (not the comparison). */
  private isClauseIn(k: number): boolean {
    const ts = this.ts;
    let depth = 0;
    for (let j = k - 1; j >= 0; j--) {
      const t = ts[j];
      if (isLineBreak(t)) return false;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && isName(t, 'for')) return true;
      else if (depth === 0 && (isName(t, 'in') || isName(t, 'if') || isOp(t, '=') || isOp(t, ':'))) return false;
    }
    return false;
  }

  /** Index of the first token of the expression that ends at token `end`. */
  private scanBack(end: number): number {
    const ts = this.ts;
    let depth = 0;
    let k = end;
    for (; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) break;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && this.isBoundary(k)) break;
    }
    return k + 1;
  }

  /** Index of the last token of the expression starting at token `start`. */
  private scanForward(start: number, commas: boolean): number {
    const ts = this.ts;
    let depth = 0;
    let k = start;
    for (; k < ts.length; k++) {
      const t = ts[k];
      if (isLineBreak(t)) break;
      if (t.type === 'OP' && OPENERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && CLOSERS.includes(t.text)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0) {
        // two operands side by side: the expression ended (strings concatenate, though)
        const prev = ts[k - 1];
        if (k > start && endsExpression(prev) && !(t.type === 'STRING' && prev.type === 'STRING') && (t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'NAME' && !KEYWORDS.has(t.text)) || isOp(t, '{'))) break;
        if (t.type === 'OP' && ([';', '=', ':', ':='].includes(t.text) || AUGASSIGN.has(t.text))) break;
        if (t.type === 'OP' && t.text === ',' && !commas) break;
        if (t.type === 'NAME' && ['for', 'async', 'as', 'import', 'from'].includes(t.text)) break;
        if (!commas && t.type === 'NAME' && (t.text === 'if' || t.text === 'else')) break;
      }
    }
    return Math.max(start, k - 1);
  }

  /** Index of the last token of the bitwise_or expression starting at `start` (start-1 if none). */
  private bitwiseOrEnd(start: number): number {
    const ts = this.ts;
    const s0 = ts[start];
    if (s0 === undefined || !(startsExpression(s0) || isName(s0, 'await')) || isName(s0, 'not') || isName(s0, 'lambda')) return start - 1;
    const ops = new Set(['+', '-', '*', '/', '//', '%', '@', '**', '<<', '>>', '&', '^', '|', '~', '.', '...']);
    let k = start;
    let last = start - 1;
    while (k < ts.length) {
      const t = ts[k];
      if (t.type === 'OP' && OPENERS.includes(t.text)) {
        const close = matching(ts, k);
        if (close < 0) break;
        k = close + 1;
        last = close;
        continue;
      }
      if (t.type === 'OP' && ops.has(t.text)) {
        k++;
        continue;
      }
      if (t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'NAME' && (endsExpression(t) || t.text === 'await'))) {
        if (last >= start && (endsExpression(ts[k - 1]) && !(ts[k - 1].type === 'OP' && ops.has(ts[k - 1].text)))) break;
        last = k;
        k++;
        continue;
      }
      break;
    }
    return last;
  }

  /** Index of the innermost unclosed bracket before token `f`, or -1. */
  private enclosingOpener(f: number): number {
    const ts = this.ts;
    let depth = 0;
    for (let k = f - 1; k >= 0; k--) {
      const t = ts[k];
      if (isLineBreak(t)) return -1;
      if (t.type === 'OP' && CLOSERS.includes(t.text)) depth++;
      else if (t.type === 'OP' && OPENERS.includes(t.text)) {
        if (depth === 0) return k;
        depth--;
      }
    }
    return -1;
  }
}

function exprNameForMessage(e: Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Call':
      return 'function call';
    case 'Constant':
      return e.value.type === 'Ellipsis' ? 'ellipsis' : 'literal';
    case 'JoinedStr':
      return 'f-string expression';
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'Lambda':
      return 'lambda';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Name':
      return 'name';
    default:
      return 'expression';
  }
}

/**
 * Errors in the block structure, from the tokens: an unexpected INDENT, a header without an
 * indented block, a `try` block without `except` or `finally`.
 */
export function structuralCandidates(unit: Unit, header: (ts: readonly Token[], f: number) => SourceDiagnostic | null): Candidate[] {
  const ts = unit.tokens;
  const out: Candidate[] = [];
  let lineStart = true;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.type === 'INDENT' && !(i >= 2 && ts[i - 1].type === 'NEWLINE' && isOp(ts[i - 2], ':'))) {
      // CPython's last resort: any rule-specific error at the same token comes first
      out.push({ key: t.start, rank: 3, indentToken: true, diag: unit.session.tokenDiag('IndentationError', 'unexpected indent', t) });
    }
    if (t.type === 'NEWLINE' && isOp(ts[i - 1], ':') && ts[i + 1] !== undefined && ts[i + 1].type !== 'INDENT') {
      const d = header(ts, i + 1);
      if (d !== null) out.push({ key: ts[i + 1].start, rank: 0, diag: d });
    }
    if (t.type === 'NAME' && KEYWORDS.has(t.text) && isOp(ts[i - 1], '.') && !relativeImportDots(ts, i)) {
      // after a dot CPython wants a NAME, and keywords are not NAMEs (lezer accepts any word)
      out.push({ key: t.start, rank: 0, diag: unit.session.tokenDiag('SyntaxError', 'invalid syntax', t) });
    }
    if (isOp(t, ';') && isOp(ts[i - 1], ';')) {
      // simple_stmts: a statement between two semicolons (lezer accepts an empty one)
      out.push({ key: t.start, rank: 0, diag: unit.session.tokenDiag('SyntaxError', 'invalid syntax', t) });
    }
    if (lineStart && isName(t, 'try')) {
      const next = tokenAfterBlock(ts, i);
      if (next !== null && !isName(next, 'except') && !isName(next, 'finally')) {
        // between "expected an indented block" (inside the try block, first) and lezer's generic error
        out.push({ key: next.start, rank: 0.5, diag: unit.session.tokenDiag('SyntaxError', "expected 'except' or 'finally' block", next) });
      }
    }
    lineStart = t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT';
  }
  return out;
}

/** True when token `i` follows the dots of `from . import` / `from .. import`. */
function relativeImportDots(ts: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isOp(ts[k], '.') || isOp(ts[k], '...'))) k--;
  return isName(ts[k], 'from');
}

/** The token after the block of the compound statement whose header starts at `h`, or null. */
function tokenAfterBlock(ts: readonly Token[], h: number): Token | null {
  let j = h + 1;
  while (j < ts.length && !isOp(ts[j], ':') && ts[j].type !== 'NEWLINE') j++;
  if (!isOp(ts[j], ':') || j !== h + 1) return null;
  if (ts[j + 1]?.type === 'NEWLINE') {
    if (ts[j + 2]?.type !== 'INDENT') return null;
    let depth = 0;
    for (let k = j + 2; k < ts.length; k++) {
      if (ts[k].type === 'INDENT') depth++;
      if (ts[k].type === 'DEDENT') {
        depth--;
        if (depth === 0) return ts[k + 1] ?? null;
      }
    }
    return null;
  }
  // a one-line block: the token after its NEWLINE
  let k = j + 1;
  while (k < ts.length && ts[k].type !== 'NEWLINE') k++;
  return ts[k + 1] ?? null;
}

/**
 * The error CPython reports for a unit: its parse-error candidates, unless the tokenizer found
 * an error (which CPython checks the whole input for, and prefers), or a bracket was left open.
 */
export function finalCandidate(unit: Unit, parseSnippet: SnippetParser): Candidate | null {
  const list = [...unit.candidates];
  if (unit.firstError !== null) list.push(new ErrorDescriber(unit, parseSnippet).describe(unit.firstError.offset));
  // rank 9: "a subtree could not be converted" with nothing else to explain it
  const best = bestCandidate(list.filter((c) => c.rank < 9));
  const lines = unit.session.lines;
  if (unit.tokenizerError !== null) {
    const t = unit.tokenizerError;
    const tok: Candidate = { key: t.offset, rank: 0, diag: t.diag };
    if (t.deferred) {
      // recorded by the tokenizer, reported only when the parser gets to that line
      return best !== null && best.key < lines.lineStart(t.diag.line) ? best : tok;
    }
    // CPython tokenizes the rest of the input after a parse error; its errors win
    return best !== null && best.indentToken === true && best.key < t.offset ? best : tok;
  }
  if (unit.unclosed !== null) {
    // CPython reports the open bracket when its parser ran into the end of the input inside it,
    // or when the last token it read is on a later line than the bracket.
    const u = unit.unclosed;
    const last = unit.tokens[unit.tokens.length - 1];
    const reach = best?.reach ?? best?.key ?? 0;
    const atEnd = best !== null && last !== undefined && reach > last.start;
    if (best === null || (best.key >= u.offset && (atEnd || lines.lineOf(unit.session.clamp(reach)) > lines.lineOf(u.offset)))) {
      // raise_unclosed_parentheses_error: no end (end_offset 0)
      const d = { ...unit.session.diag('SyntaxError', `'${u.char}' was never closed`, u.offset, u.offset + 1), detail: { endOffset: 0 as const } };
      return { key: u.offset, rank: 0, diag: d };
    }
    return best;
  }
  return best ?? bestCandidate(list);
}

/** For the structural check: the "expected an indented block" error at token `f`, if any. */
export function indentedBlockAt(unit: Unit, parseSnippet: SnippetParser) {
  const d = new ErrorDescriber(unit, parseSnippet);
  return (_ts: readonly Token[], f: number): SourceDiagnostic | null => d.indentedBlock(f);
}
