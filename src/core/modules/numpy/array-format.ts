// repr() and str() of the simulated numpy arrays, following numpy 2.x's arrayprint.py with its
// default options (precision 8, floatmode 'maxprec', linewidth 75, threshold 1000, edgeitems 3):
// one format for every element (FloatingFormat / IntegerFormat), then _formatArray's line wrapping.

export type Kind = 'f' | 'i';

const PRECISION = 8;
const LINEWIDTH = 75;
const THRESHOLD = 1000;
const EDGEITEMS = 3;

/** dragon4_positional(x, precision=8, unique=True, fractional=True, trim='.') without padding. */
function positional(x: number): string {
  let s = shortestDecimal(Math.abs(x));
  const dot = s.indexOf('.');
  if (dot >= 0 && s.length - dot - 1 > PRECISION) s = Math.abs(x).toFixed(PRECISION).replace(/0+$/, '');
  if (!s.includes('.')) s += '.';
  return (x < 0 || Object.is(x, -0) ? '-' : '') + s;
}

/** The shortest decimal that reads back as x, written positionally (no exponent). */
function shortestDecimal(x: number): string {
  const s = String(x);
  if (!s.includes('e')) return s;
  const [mantissa, expText] = s.split('e');
  const exp = Number(expText);
  const digits = mantissa.replace('.', '');
  const point = (mantissa.indexOf('.') < 0 ? mantissa.length : mantissa.indexOf('.')) + exp;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length) + '.0';
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** dragon4_scientific(x, precision=8, unique=True, trim='.'): mantissa digits and exponent. */
function scientific(x: number): { int: string; frac: string; exp: number } {
  let [m, e] = Math.abs(x).toExponential().split('e');
  if ((m.split('.')[1] ?? '').length > PRECISION) [m, e] = Math.abs(x).toExponential(PRECISION).split('e');
  const [int, frac = ''] = m.split('.');
  return { int: (x < 0 ? '-' : '') + int, frac: frac.replace(/0+$/, ''), exp: Number(e) };
}

/** A function formatting every element alike (numpy's FloatingFormat / IntegerFormat over the shown data). */
function elementFormat(shown: number[], kind: Kind): (x: number) => string {
  if (kind === 'i') {
    const width = Math.max(0, ...shown.map((v) => String(v).length));
    return (x) => String(x).padStart(width);
  }
  const finite = shown.filter((v) => Number.isFinite(v));
  const nonZero = finite.map(Math.abs).filter((v) => v !== 0);
  let expFormat = false;
  if (nonZero.length) {
    const max = Math.max(...nonZero);
    const min = Math.min(...nonZero);
    expFormat = max >= 1e8 || min < 0.0001 || max / min > 1000;
  }
  const special = (x: number) => (Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf');
  if (!finite.length) {
    const width = Math.max(...shown.map((v) => special(v).length));
    return (x) => special(x).padStart(width);
  }
  if (expFormat) {
    const parts = finite.map(scientific);
    const precision = Math.max(...parts.map((p) => p.frac.length));
    const expSize = Math.max(2, ...parts.map((p) => String(Math.abs(p.exp)).length));
    const padLeft = Math.max(...parts.map((p) => p.int.length));
    const body = (x: number) => {
      const p = scientific(x);
      const sign = p.exp < 0 ? '-' : '+';
      return `${p.int.padStart(padLeft)}.${p.frac.padEnd(precision, '0')}e${sign}${String(Math.abs(p.exp)).padStart(expSize, '0')}`;
    };
    const width = body(finite[0]).length;
    return (x) => (Number.isFinite(x) ? body(x) : special(x).padStart(width));
  }
  const strs = finite.map(positional);
  let padLeft = Math.max(...strs.map((s) => s.split('.')[0].length));
  const padRight = Math.max(...strs.map((s) => s.split('.')[1].length));
  const specials = shown.filter((v) => !Number.isFinite(v)).map(special);
  if (specials.length) padLeft = Math.max(padLeft, ...specials.map((s) => s.length - padRight - 1));
  return (x) => {
    if (!Number.isFinite(x)) return special(x).padStart(padLeft + padRight + 1);
    const [int, frac] = positional(x).split('.');
    return `${int.padStart(padLeft)}.${frac.padEnd(padRight)}`;
  };
}

/** _extendLine: wrap when the word would pass the width (unless the line holds only the prefix). */
function extendLine(s: string, line: string, word: string, width: number, prefix: string): [string, string] {
  let wrap = line.length + word.length > width;
  if (line.length <= prefix.length) wrap = false;
  if (wrap) {
    s += `${line.trimEnd()}\n`;
    line = prefix;
  }
  return [s, line + word];
}

/** array_repr (`array([1, 2])`) or array_str (`[1 2]`) of a C-ordered array of float64 or int64 values. */
export function formatArray(values: ArrayLike<number>, shape: readonly number[], kind: Kind, mode: 'repr' | 'str'): string {
  const size = values.length;
  const dtypeName = kind === 'f' ? 'float64' : 'int64';
  if (size === 0 && mode === 'repr') return shape.length === 1 ? `array([], dtype=${dtypeName})` : `array([], shape=(${shape.join(', ')}${shape.length === 1 ? ',' : ''}), dtype=${dtypeName})`;
  const summarize = size > THRESHOLD;
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  // The indices shown along each axis (edge items around "..." when summarizing).
  const shownAlong = (n: number): number[] => (summarize && n > 2 * EDGEITEMS ? [...Array(EDGEITEMS).keys(), ...[...Array(EDGEITEMS).keys()].map((i) => n - EDGEITEMS + i)] : [...Array(n).keys()]);
  const shown: number[] = [];
  const collect = (axis: number, offset: number) => {
    if (axis === shape.length) {
      shown.push(values[offset]);
      return;
    }
    for (const i of shownAlong(shape[axis])) collect(axis + 1, offset + i * strides[axis]);
  };
  collect(0, 0);
  const fmt = elementFormat(shown, kind);
  const prefixText = mode === 'repr' ? 'array(' : '';
  const separator = mode === 'repr' ? ', ' : ' ';
  const width = LINEWIDTH - (mode === 'repr' ? 1 : 0);
  const nextLinePrefix = ` ${' '.repeat(prefixText.length)}`;

  const recurse = (axis: number, offset: number, hanging: string, currWidth: number): string => {
    if (axis === shape.length) return fmt(values[offset]);
    const nextHanging = `${hanging} `;
    const nextWidth = currWidth - 1;
    const n = shape[axis];
    const summary = summarize && 2 * EDGEITEMS < n;
    const leading = summary ? EDGEITEMS : 0;
    const trailing = summary ? EDGEITEMS : n;
    const at = (i: number) => offset + (i < 0 ? n + i : i) * strides[axis];
    let s = '';
    if (axis === shape.length - 1) {
      const elemWidth = currWidth - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLine(s, line, recurse(axis + 1, at(i), nextHanging, nextWidth), elemWidth, hanging);
        line += separator;
      }
      if (summary) {
        [s, line] = extendLine(s, line, '...', elemWidth, hanging);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLine(s, line, recurse(axis + 1, at(-i), nextHanging, nextWidth), elemWidth, hanging);
        line += separator;
      }
      [s, line] = extendLine(s, line, recurse(axis + 1, at(-1), nextHanging, nextWidth), elemWidth, hanging);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(shape.length - axis - 1);
      for (let i = 0; i < leading; i++) s += hanging + recurse(axis + 1, at(i), nextHanging, nextWidth) + lineSep;
      if (summary) s += `${hanging}...${lineSep}`;
      for (let i = trailing; i > 1; i--) s += hanging + recurse(axis + 1, at(-i), nextHanging, nextWidth) + lineSep;
      s += hanging + recurse(axis + 1, at(-1), nextHanging, nextWidth);
    }
    return `[${s.slice(hanging.length)}]`;
  };
  const body = shape.length === 0 ? fmt(values[0]) : recurse(0, 0, nextLinePrefix, width);
  if (mode === 'str') return body;
  if (!summarize) return `${prefixText}${body})`;
  // numpy ≥ 2.2 names the shape of a summarized array, on the last line if it fits.
  const text = `${prefixText}${body}`;
  const extra = `shape=(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
  const lastLine = text.length - (text.lastIndexOf('\n') + 1);
  const spacer = lastLine + extra.length + 1 > LINEWIDTH ? `\n${' '.repeat(prefixText.length)}` : ' ';
  return `${text},${spacer}${extra})`;
}
