// Float functions where V8's Math differs in the last bit from what CPython prints: the natural
// logarithm and the exponential (glibc's are correctly rounded; V8's fdlibm ports are within one
// ulp), computed here in double-double arithmetic, and hypot, which CPython computes with its own
// vector_norm (Modules/mathmodule.c: scaled, exact squares, compensated sums, one correction step).

/** The exact product of two doubles as hi + lo (Dekker's mul12 with Veltkamp's split). */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (v: number): [number, number] => {
    const c = 134217729 * v;
    const h = c - (c - v);
    return [h, v - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const lo = ((ah * bh - hi) + ah * bl + al * bh) + al * bl;
  return [hi, lo];
}

/** dl_fast_sum: a + b exactly as hi + lo, for |a| >= |b|. */
function fastSum(a: number, b: number): [number, number] {
  const hi = a + b;
  return [hi, (a - hi) + b];
}

/** Knuth's two-sum: a + b exactly as hi + lo. */
function twoSum(a: number, b: number): [number, number] {
  const hi = a + b;
  const bb = hi - a;
  return [hi, (a - (hi - bb)) + (b - bb)];
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

/** log(x) for finite x > 0, correctly rounded but for extremely rare cases. */
export function accurateLog(x: number): number {
  const [hi, lo] = logParts(x);
  return hi + lo;
}

/** log(x) as a double-double hi + lo (about 100 bits). */
function logParts(x: number): [number, number] {
  if (x === 1) return [0, 0];
  // x = m * 2**k with m in [sqrt(1/2), sqrt(2)).
  let k = 0;
  let m = x;
  while (m > Math.SQRT2) { m /= 2; k++; }
  while (m < Math.SQRT1_2) { m *= 2; k--; }
  // log(m) = 2 atanh(s) with s = (m-1)/(m+1), summed in double-double.
  const num = m - 1; // exact (Sterbenz)
  const [den, denLo] = twoSum(m, 1); // m + 1 may not fit a double: its lost bit is kept
  let sHi = num / den;
  const [p, pl] = twoProduct(sHi, den);
  let sLo = ((num - p) - pl - sHi * denLo) / den;
  [sHi, sLo] = fastSum(sHi, sLo);
  const s2 = sHi * sHi;
  // The series' tail in plain doubles: s**2 <= 0.03, so 2 s**3/3 onwards is well under an ulp of s.
  let tail = 0;
  for (let n = 41; n >= 3; n -= 2) tail = tail * s2 + 1 / n;
  tail *= s2 * sHi;
  // 2 * (s + tail) + k * ln2, adding the small parts first.
  const [khi, klo] = twoProduct(k, LN2_HI);
  let hi = 0;
  let lo = 0;
  for (const part of [khi, 2 * sHi, 2 * tail, klo, 2 * sLo, k * LN2_LO]) {
    const [h, l] = twoSum(hi, part);
    hi = h;
    lo += l;
  }
  return twoSum(hi, lo);
}

/**
 * exp(x) correctly rounded but for extremely rare cases: of V8's result and its two neighbours,
 * the one whose logarithm (double-double) is nearest x.
 */
export function accurateExp(x: number): number {
  const c = Math.exp(x);
  if (!Number.isFinite(c) || c < 2.2250738585072014e-308) return c;
  let best = c;
  let bestErr = Infinity;
  for (const candidate of [nextAfter(c, -1), c, nextAfter(c, 1)]) {
    const [hi, lo] = logParts(candidate);
    const err = Math.abs((hi - x) + lo);
    if (err < bestErr) {
      best = candidate;
      bestErr = err;
    }
  }
  return best;
}

const bits = new DataView(new ArrayBuffer(8));
/** The next double after a positive finite x, up (1) or down (-1). */
function nextAfter(x: number, direction: 1 | -1): number {
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) + BigInt(direction));
  return bits.getFloat64(0);
}

/** CPython's vector_norm over absolute values. */
export function vectorNorm(values: readonly number[]): number {
  const vec = values.map(Math.abs);
  let max = 0;
  let nan = false;
  for (const v of vec) {
    if (Number.isNaN(v)) nan = true;
    else if (v > max) max = v;
  }
  if (max === Infinity) return max;
  if (nan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = Math.floor(Math.log2(max)) + 1; // frexp's exponent
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN));
  }
  const scale = 2 ** -maxE;
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (const v of vec) {
    const x = v * scale;
    const [ph, pl] = twoProduct(x, x);
    const [sh, sl] = fastSum(csum, ph);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [ph, pl] = twoProduct(-h, h);
  const [sh, sl] = fastSum(csum, ph);
  csum = sh;
  frac1 += pl;
  frac2 += sl;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}
