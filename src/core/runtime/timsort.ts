// CPython's list sort (Objects/listobject.c, described in Objects/listsort.txt): natural runs extended
// to minrun by binary insertion, merged by the powersort policy, with galloping merges. Ported for the
// order of its comparisons, which a class's __lt__ sees: the same `<` calls, on the same operands, in
// the same order. It sorts `keys` in place and moves `values` (the items, when a key function made
// the keys) in lockstep; when a comparison raises, the arrays are left a permutation of what they
// were, as CPython's merges leave them.
//
// 3.13 (gh-116554) made count_run extend a descending run over equal elements (reversing each group
// of equals in place); 3.11 and 3.12 end a descending run at the first pair that is not strictly
// descending (VersionModel.sortDescendingRunsTakeEquals).

import type { PyObject } from '../objects/object';
import type { Native } from '../vm/frame';

/** `a < b` for the sort (CPython's ms->key_compare). */
export type SortLessThan = (a: PyObject, b: PyObject) => Native<boolean>;

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

interface Run {
  base: number;
  len: number;
  /** Its depth in the powersort merge tree, set when the next run is found. */
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];

  constructor(
    readonly keys: PyObject[],
    readonly values: PyObject[] | null,
    readonly lt: SortLessThan,
  ) {}

  /** Copies keys (and values) from one place to another, one slot at a time in the given direction. */
  move(fromKeys: PyObject[], fromValues: PyObject[] | null, from: number, to: number, n: number): void {
    const forward = fromKeys !== this.keys || to <= from;
    for (let i = 0; i < n; i++) {
      const j = forward ? i : n - 1 - i;
      this.keys[to + j] = fromKeys[from + j];
      if (this.values && fromValues) this.values[to + j] = fromValues[from + j];
    }
  }

  reverse(lo: number, n: number): void {
    reverseSlice(this.keys, lo, n);
    if (this.values) reverseSlice(this.values, lo, n);
  }
}

function reverseSlice(a: PyObject[], lo: number, n: number): void {
  for (let i = lo, j = lo + n - 1; i < j; i++, j--) [a[i], a[j]] = [a[j], a[i]];
}

/** Sorts keys[0:n] (and values alongside) as list.sort does. */
export function* timsort(keys: PyObject[], values: PyObject[] | null, lt: SortLessThan, descendingRunsTakeEquals: boolean): Native<void> {
  const n = keys.length;
  if (n < 2) return;
  const ms = new MergeState(keys, values, lt);
  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    let run = descendingRunsTakeEquals ? yield* countRun(ms, lo, remaining) : yield* countStrictRun(ms, lo, remaining);
    if (run < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      yield* binarySort(ms, lo, force, run);
      run = force;
    }
    yield* foundNewRun(ms, run, n);
    ms.pending.push({ base: lo, len: run, power: 0 });
    lo += run;
    remaining -= run;
  } while (remaining);
  // merge_force_collapse
  const p = ms.pending;
  while (p.length > 1) {
    let i = p.length - 2;
    if (i > 0 && p[i - 1].len < p[i + 1].len) i--;
    yield* mergeAt(ms, i);
  }
}

/** merge_compute_minrun: n below 64 as it is, else a k in [32, 64] with n/k just under a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** binarysort: keys[lo:lo+ok] is sorted; binary insertion of the rest of keys[lo:lo+n]. */
function* binarySort(ms: MergeState, lo: number, n: number, ok: number): Native<void> {
  const { keys, values } = ms;
  if (!ok) ok++;
  for (; ok < n; ok++) {
    let l = 0;
    let r = ok;
    const pivot = keys[lo + ok];
    do {
      const m = (l + r) >> 1;
      if (yield* ms.lt(pivot, keys[lo + m])) r = m;
      else l = m + 1;
    } while (l < r);
    for (let m = ok; m > l; m--) keys[lo + m] = keys[lo + m - 1];
    keys[lo + l] = pivot;
    if (values) {
      const v = values[lo + ok];
      for (let m = ok; m > l; m--) values[lo + m] = values[lo + m - 1];
      values[lo + l] = v;
    }
  }
}

/** 3.11/3.12's count_run: an ascending run, or a strictly descending one, reversed in place. */
function* countStrictRun(ms: MergeState, lo: number, remaining: number): Native<number> {
  const { keys } = ms;
  if (remaining === 1) return 1;
  let n = 2;
  if (yield* ms.lt(keys[lo + 1], keys[lo])) {
    for (let i = lo + 2; i < lo + remaining && (yield* ms.lt(keys[i], keys[i - 1])); i++) n++;
    ms.reverse(lo, n);
  } else {
    for (let i = lo + 2; i < lo + remaining && !(yield* ms.lt(keys[i], keys[i - 1])); i++) n++;
  }
  return n;
}

/** 3.13's count_run: equal elements may continue a descending run (each group reversed, so stability holds). */
function* countRun(ms: MergeState, lo: number, remaining: number): Native<number> {
  const { keys } = ms;
  const nextSmaller = (n: number) => ms.lt(keys[lo + n], keys[lo + n - 1]);
  let n = 1;
  for (; n < remaining; n++) if (yield* nextSmaller(n)) break;
  if (n === remaining) return n;
  if (n > 1) {
    // An ascending run ended by a smaller element: descending only if it was all equal.
    if (yield* ms.lt(keys[lo], keys[lo + n - 1])) return n;
    ms.reverse(lo, n);
  }
  n++;
  let neq = 0;
  const reverseLastEqual = () => {
    if (!neq) return;
    neq++;
    ms.reverse(lo + n - neq, neq);
    neq = 0;
  };
  for (; n < remaining; n++) {
    if (yield* nextSmaller(n)) reverseLastEqual();
    else if (yield* ms.lt(keys[lo + n - 1], keys[lo + n])) break;
    else neq++;
  }
  reverseLastEqual();
  ms.reverse(lo, n);
  for (; n < remaining; n++) if (yield* nextSmaller(n)) break;
  return n;
}

/** gallop_left: k in [0, n] with a[base+k-1] < key <= a[base+k], searched from a[base+hint] outwards. */
function* gallopLeft(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): Native<number> {
  const at = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (yield* ms.lt(a[at], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (!(yield* ms.lt(a[at + ofs], key))) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (yield* ms.lt(a[at - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (yield* ms.lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: k in [0, n] with a[base+k-1] <= key < a[base+k] (after the rightmost equal). */
function* gallopRight(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): Native<number> {
  const at = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (yield* ms.lt(key, a[at])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (!(yield* ms.lt(key, a[at - ofs]))) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (yield* ms.lt(key, a[at + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (yield* ms.lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** powerloop: the depth of the boundary between two adjacent runs in the merge tree over [0, n). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: before the run of length n2 is pushed, merges the pending runs deeper than the new boundary. */
function* foundNewRun(ms: MergeState, n2: number, listlen: number): Native<void> {
  const p = ms.pending;
  if (!p.length) return;
  const top = p[p.length - 1];
  const power = powerloop(top.base, top.len, n2, listlen);
  while (p.length > 1 && p[p.length - 2].power > power) yield* mergeAt(ms, p.length - 2);
  p[p.length - 1].power = power;
}

/** merge_at: merges pending runs i and i+1, skipping what is already in place at either end. */
function* mergeAt(ms: MergeState, i: number): Native<void> {
  const p = ms.pending;
  let a = p[i].base;
  let na = p[i].len;
  const b = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  p.splice(i + 1, 1);
  const k = yield* gallopRight(ms, ms.keys[b], ms.keys, a, na, 0);
  a += k;
  na -= k;
  if (na === 0) return;
  nb = yield* gallopLeft(ms, ms.keys[a + na - 1], ms.keys, b, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) yield* mergeLo(ms, a, na, b, nb);
  else yield* mergeHi(ms, a, na, b, nb);
}

/** merge_lo: run a (copied aside) merged with run b from the left; na <= nb, a's last item ends the merge. */
function* mergeLo(ms: MergeState, a0: number, na: number, b0: number, nb: number): Native<void> {
  const { keys, values } = ms;
  const tmpKeys = keys.slice(a0, a0 + na);
  const tmpValues = values ? values.slice(a0, a0 + na) : null;
  let dest = a0;
  let pa = 0;
  let pb = b0;
  const takeB = () => ms.move(keys, values, pb++, dest++, 1);
  const takeA = () => ms.move(tmpKeys, tmpValues, pa++, dest++, 1);
  let copyB = false;
  try {
    takeB();
    if (--nb === 0) return;
    if (na === 1) {
      copyB = true;
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (yield* ms.lt(keys[pb], tmpKeys[pa])) {
          takeB();
          bcount++;
          acount = 0;
          if (--nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          takeA();
          acount++;
          bcount = 0;
          if (--na === 1) {
            copyB = true;
            return;
          }
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = yield* gallopRight(ms, keys[pb], tmpKeys, pa, na, 0);
        acount = k;
        if (k) {
          ms.move(tmpKeys, tmpValues, pa, dest, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) {
            copyB = true;
            return;
          }
          if (na === 0) return;
        }
        takeB();
        if (--nb === 0) return;
        k = yield* gallopLeft(ms, tmpKeys[pa], keys, pb, nb, 0);
        bcount = k;
        if (k) {
          ms.move(keys, values, pb, dest, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb === 0) return;
        }
        takeA();
        if (--na === 1) {
          copyB = true;
          return;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    if (copyB) {
      // The rest of b, then a's last item.
      ms.move(keys, values, pb, dest, nb);
      ms.move(tmpKeys, tmpValues, pa, dest + nb, 1);
    } else if (na) {
      ms.move(tmpKeys, tmpValues, pa, dest, na);
    }
  }
}

/** merge_hi: run b (copied aside) merged with run a from the right; na >= nb, b's first item starts the merge. */
function* mergeHi(ms: MergeState, a0: number, na: number, b0: number, nb: number): Native<void> {
  const { keys, values } = ms;
  const tmpKeys = keys.slice(b0, b0 + nb);
  const tmpValues = values ? values.slice(b0, b0 + nb) : null;
  let dest = b0 + nb - 1;
  let pa = a0 + na - 1;
  let pb = nb - 1;
  const takeA = () => ms.move(keys, values, pa--, dest--, 1);
  const takeB = () => ms.move(tmpKeys, tmpValues, pb--, dest--, 1);
  let copyA = false;
  try {
    takeA();
    if (--na === 0) return;
    if (nb === 1) {
      copyA = true;
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (yield* ms.lt(tmpKeys[pb], keys[pa])) {
          takeA();
          acount++;
          bcount = 0;
          if (--na === 0) return;
          if (acount >= minGallop) break;
        } else {
          takeB();
          bcount++;
          acount = 0;
          if (--nb === 1) {
            copyA = true;
            return;
          }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = yield* gallopRight(ms, tmpKeys[pb], keys, a0, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          ms.move(keys, values, pa + 1, dest + 1, k);
          na -= k;
          if (na === 0) return;
        }
        takeB();
        if (--nb === 1) {
          copyA = true;
          return;
        }
        k = yield* gallopLeft(ms, keys[pa], tmpKeys, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          ms.move(tmpKeys, tmpValues, pb + 1, dest + 1, k);
          nb -= k;
          if (nb === 1) {
            copyA = true;
            return;
          }
          if (nb === 0) return;
        }
        takeA();
        if (--na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    if (copyA) {
      // The rest of a moves right, b's first item goes before it.
      ms.move(keys, values, pa + 1 - na, dest + 1 - na, na);
      ms.move(tmpKeys, tmpValues, pb, dest - na, 1);
    } else if (nb) {
      ms.move(tmpKeys, tmpValues, 0, dest - (nb - 1), nb);
    }
  }
}
