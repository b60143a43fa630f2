// Float functions where V8's Math differs in the last bit from what CPython prints: the natural
// logarithm, the exponential, the sine and the cosine (glibc's are correctly rounded but in about
// one case in a thousand; V8's fdlibm ports are within one ulp, and V8's sin and cos differ from
// glibc's for about 3 % of arguments), computed here in double-double arithmetic, and hypot, which
// CPython computes with its own vector_norm (Modules/mathmodule.c: scaled, exact squares,
// compensated sums, one correction step).

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

// ---- sin and cos -----------------------------------------------------------------------------
// pi/2 as three 33-bit parts and a rest (k * part is exact for |k| < 2**20): Cody and Waite's reduction.
const PIO2_1 = 1.5707963267341256;
const PIO2_2 = 6.077100506303966e-11;
const PIO2_3 = 2.0222662487111665e-21;
const PIO2_REST = 8.4784276603689e-32;
/** Past this, the reduction above loses exactness: V8's own (fdlibm's Payne-Hanek) is used. */
const REDUCTION_LIMIT = 2 ** 19 * PIO2_1;

type DD = [number, number];

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return fastSum(s, e + a[1] + b[1]);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProduct(a[0], b[0]);
  return fastSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

/** 1/n! for n = 0..30 as double-doubles (each the previous one divided by n, with its remainder). */
const INVERSE_FACTORIALS: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  for (let n = 1; n <= 30; n++) {
    const [hi, lo] = out[n - 1];
    const q = hi / n;
    const [p, pe] = twoProduct(q, n);
    const r = (hi - p - pe + lo) / n;
    out.push(fastSum(q, r));
  }
  return out;
})();

/** The Taylor series of sin (odd: true) or cos at r (|r| <= pi/4), Horner in double-double to r**29. */
function taylor(r: DD, odd: boolean): DD {
  const r2 = ddMul(r, r);
  let sum: DD = [0, 0];
  for (let n = odd ? 29 : 28; n >= 0; n -= 2) {
    const c = INVERSE_FACTORIALS[n];
    const term: DD = (n / 2) % 2 >= 1 ? [-c[0], -c[1]] : c;
    sum = ddAdd(ddMul(sum, r2), term);
  }
  return odd ? ddMul(sum, r) : sum;
}

/** x - k pi/2 as a double-double, and k mod 4. */
function reduce(x: number): { r: DD; quadrant: number } {
  const k = Math.round(x / PIO2_1);
  if (k === 0) return { r: [x, 0], quadrant: 0 };
  let r: DD = [x - k * PIO2_1, 0]; // exact: k * PIO2_1 fits, and the difference is exact (Sterbenz)
  r = ddAdd(r, [-k * PIO2_2, 0]);
  r = ddAdd(r, twoProduct(-k, PIO2_3));
  r = ddAdd(r, [-k * PIO2_REST, 0]);
  return { r, quadrant: ((k % 4) + 4) % 4 };
}

/** sin(x), correctly rounded but for extremely rare cases. */
export function accurateSin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > REDUCTION_LIMIT) return Math.sin(x);
  if (Math.abs(x) < 2 ** -26) return x;
  const { r, quadrant } = reduce(x);
  const v = quadrant % 2 === 0 ? taylor(r, true) : taylor(r, false);
  const out = v[0] + v[1];
  return quadrant >= 2 ? -out : out;
}

/** cos(x), correctly rounded but for extremely rare cases. */
export function accurateCos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > REDUCTION_LIMIT) return Math.cos(x);
  if (Math.abs(x) < 2 ** -27) return 1;
  const { r, quadrant } = reduce(x);
  const v = quadrant % 2 === 0 ? taylor(r, false) : taylor(r, true);
  const out = v[0] + v[1];
  return quadrant === 1 || quadrant === 2 ? -out : out;
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
