// A lesson text as runs of prose and code: backquoted spans (`a = []`) are code. Pure; the app renders the
// runs as text nodes and <code> elements (never as HTML, so a text cannot inject markup).

export type TextRun = { kind: 'text' | 'code'; text: string };

export function inlineCodeRuns(text: string): TextRun[] {
  const parts = text.split('`');
  const runs: TextRun[] = [];
  parts.forEach((part, i) => {
    // Odd parts are between backquotes; the text after an unmatched last backquote stays prose.
    const code = i % 2 === 1 && i < parts.length - 1;
    if (part) runs.push({ kind: code ? 'code' : 'text', text: part });
  });
  return runs;
}
