// math.fsum: the exactly rounded sum of floats, with Shewchuk's non-overlapping partial sums as
// Modules/mathmodule.c keeps them (infinities and NaNs summed apart; the final round-half-even fix).

export function exactSum(xs: readonly number[]): number | 'overflow' | 'nan' {
  let partials: number[] = [];
  let special = 0;
  let infinities = 0;
  for (const original of xs) {
    let x = original;
    const kept: number[] = [];
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) kept.push(lo);
      x = hi;
    }
    partials = kept;
    if (x === 0) continue;
    if (!Number.isFinite(x)) {
      // An infinity out of finite numbers is an overflow; real infinities and NaNs are summed apart.
      if (Number.isFinite(original)) return 'overflow';
      if (!Number.isNaN(original)) infinities += original;
      special += original;
      partials = [];
    } else {
      partials.push(x);
    }
  }
  if (special !== 0) return Number.isNaN(infinities) ? 'nan' : special;
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even when the rest of the partials push the halfway case one way.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
