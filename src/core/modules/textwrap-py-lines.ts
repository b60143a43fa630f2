// Lines of Lib/textwrap.py that tracebacks show, by the key the simulator's textwrap source marks them with
// (modules/python/textwrap-source.ts, runtime/stdlib-frames.ts): 3.11.7, 3.12.1 and 3.13.0 (3.13.5t's as 3.13.0's).
// Read off the real files.

type Lines = Readonly<Record<string, number>>;

const KEYS = [
  'textwrap.TextWrapper._munge_whitespace.expandtabs',
  'textwrap.TextWrapper._munge_whitespace.translate',
  'textwrap.TextWrapper._wrap_chunks.width',
  'textwrap.TextWrapper._wrap_chunks.placeholder',
  'textwrap.TextWrapper._split_chunks',
  'textwrap.TextWrapper.wrap.split',
  'textwrap.TextWrapper.wrap',
  'textwrap.TextWrapper.fill',
  'textwrap.wrap.init',
  'textwrap.wrap',
  'textwrap.fill.init',
  'textwrap.fill',
  'textwrap.shorten.init',
  'textwrap.shorten',
  'textwrap.dedent.blank',
  'textwrap.indent.splitlines',
  'textwrap.indent.predicate',
  'textwrap.indent.prefixed_lines.splitlines',
  'textwrap.indent.prefixed_lines',
  'textwrap.indent.join',
] as const;

/** The line numbers in KEYS' order. */
function lines(numbers: readonly number[]): Lines {
  if (numbers.length !== KEYS.length) throw new Error('internal: textwrap.py lines do not match their keys');
  // 0: a line the version's file does not have (the code marked there never runs in it).
  return Object.fromEntries(KEYS.map((key, i) => [key, numbers[i]] as const).filter(([, n]) => n > 0));
}

export const TEXTWRAP_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': lines([151, 153, 253, 260, 342, 356, 359, 368, 383, 384, 395, 396, 410, 411, 435, 0, 0, 483, 484, 485]),
  '3.12': lines([151, 153, 253, 260, 342, 356, 359, 368, 383, 384, 395, 396, 410, 411, 435, 0, 0, 483, 484, 485]),
  '3.13': lines([151, 153, 253, 260, 342, 356, 359, 368, 383, 384, 395, 396, 410, 411, 435, 486, 487, 0, 0, 0]),
};
