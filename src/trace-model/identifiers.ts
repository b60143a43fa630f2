// The identifiers written on a source line: which names a hover or an annotation may talk about.

const IDENTIFIER = /[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/g;
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Identifiers outside comments and string literals (a line-local approximation: no multi-line strings). */
export function identifiersOnLine(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of stripStringsAndComment(text).matchAll(IDENTIFIER)) {
    if (!KEYWORDS.has(match[0])) names.add(match[0]);
  }
  return names;
}

/** Blanks out string literals (keeping f-string replacement fields) and the trailing comment. */
export function stripStringsAndComment(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '#') break;
    if (c === '"' || c === "'") {
      const prefix = /(?<![\w])(?:[rRbBuU]|[fF][rR]?|[rR][fFbB]|[bB][rR])$/.exec(out)?.[0] ?? '';
      const formatted = /[fF]/.test(prefix);
      out = out.slice(0, out.length - prefix.length) + ' '.repeat(prefix.length);
      const end = closingQuote(text, i);
      const body = text.slice(i, end);
      out += formatted ? keepReplacementFields(body) : ' '.repeat(body.length);
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  const triple = text.startsWith(quote.repeat(3), start);
  const delimiter = triple ? quote.repeat(3) : quote;
  let i = start + delimiter.length;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text.startsWith(delimiter, i)) return i + delimiter.length;
    i++;
  }
  return text.length;
}

/** `f"x {a + b} y"` → `     a + b    `: only the expressions inside braces stay. */
function keepReplacementFields(body: string): string {
  let out = '';
  let depth = 0;
  for (const c of body) {
    if (c === '{') depth++;
    out += depth > 0 && c !== '{' && c !== '}' ? c : ' ';
    if (c === '}' && depth > 0) depth--;
  }
  return out;
}
