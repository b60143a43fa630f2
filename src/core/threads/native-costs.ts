// How long C code takes on one simulated core, fitted by scripts/calibrate-native.ts against the
// real interpreter (t(n) = fixed + n × per byte or element; best of 7 timings of a small and a large
// input). Last run: python3 3.11.7 (OpenSSL's hashes, zlib, numpy 2.4.6) on the 2-vCPU
// "Intel(R) Xeon(R) Processor" VM, shared with other jobs (2026-11-26). The figures are rounded.

export interface LinearCost {
  fixedNs: number;
  perUnitNs: number;
}

export function costOf(c: LinearCost, units: number): number {
  return c.fixedNs + c.perUnitNs * units;
}

/** HASH.update(data): per byte hashed. */
export const HASH_UPDATE: Record<string, LinearCost> = {
  md5: { fixedNs: 40, perUnitNs: 1.61 },
  sha1: { fixedNs: 60, perUnitNs: 0.61 },
  sha224: { fixedNs: 50, perUnitNs: 0.69 },
  sha256: { fixedNs: 55, perUnitNs: 0.68 },
  sha384: { fixedNs: 75, perUnitNs: 1.53 },
  sha512: { fixedNs: 80, perUnitNs: 1.56 },
  sha3_224: { fixedNs: 85, perUnitNs: 2.15 },
  sha3_256: { fixedNs: 85, perUnitNs: 2.28 },
  sha3_384: { fixedNs: 85, perUnitNs: 2.95 },
  sha3_512: { fixedNs: 85, perUnitNs: 4.2 },
};

/** Making a hash object (EVP_MD_CTX_new, EVP_DigestInit) and finishing one (digest(), a copy of the context). */
export const HASH_NEW_NS = 300;
export const HASH_DIGEST_NS = 150;

/**
 * zlib.compress: deflate's time grows with the input and with what it emits (literals and matches:
 * text-like input takes 4 times as long per byte as very repetitive input), so the cost is
 * `fixedNs + perUnitNs × input bytes + perOutputByteNs × output bytes`, fitted on both kinds of input.
 * Levels 1-3 use deflate_fast, 4-9 deflate_slow (deflate.c's configuration table); level 0 only
 * copies (not calibrated). The fixed part is mostly deflateInit's 256 KiB of state.
 */
export const ZLIB_COMPRESS: Record<'stored' | 'fast' | 'slow', LinearCost & { perOutputByteNs: number }> = {
  stored: { fixedNs: 12_000, perUnitNs: 0.2, perOutputByteNs: 0 },
  fast: { fixedNs: 13_500, perUnitNs: 2.4, perOutputByteNs: 18 },
  slow: { fixedNs: 12_000, perUnitNs: 6, perOutputByteNs: 62 },
};
/** zlib.decompress, per output byte. */
export const ZLIB_DECOMPRESS: LinearCost = { fixedNs: 1600, perUnitNs: 3.5 };
export const ZLIB_CRC32: LinearCost = { fixedNs: 195, perUnitNs: 0.22 };
export const ZLIB_ADLER32: LinearCost = { fixedNs: 65, perUnitNs: 0.34 };

/** numpy: an elementwise ufunc loop (add ≈ 0.75, sqrt ≈ 1.0 ns per float64), a reduction, a matrix product (per multiply-add). */
export const NUMPY_UFUNC: LinearCost = { fixedNs: 380, perUnitNs: 0.9 };
export const NUMPY_REDUCE: LinearCost = { fixedNs: 970, perUnitNs: 0.3 };
export const NUMPY_DOT: LinearCost = { fixedNs: 410, perUnitNs: 0.87 };

/**
 * A raw file's system call (open, read, write, close) on the page cache, GIL released: [estimate] a
 * couple of microseconds each plus a copy of the bytes (not measured: the goldens show no timing).
 */
export const FILE_SYSCALL_NS = 2_000;
export const FILE_BYTE_NS = 0.25;

/**
 * The loops built-ins run in C (threads/native-loops.ts), per unit of work, ns. Fitted by
 * scripts/calibrate-native-loops.ts against python3 3.11.7 on the same 2-vCPU VM, quiet (load 2-3, nothing
 * else running, 2026-11-27, 06:40 UTC): two runs (n = 10³ against 10⁵, best of 7 each) agreed within about
 * 15 %; the figures are their least, rounded. Earlier runs with the machine loaded (load 9-10) gave 1.5 to 4
 * times more (sorted() 34 ns per comparison, sum(range(n)) 25-75 ns per item): allocating many new objects
 * is the most disturbed.
 * 3.12 and 3.13 use the same figures (their C loops are alike; not measured apart).
 */
export type NativeLoop = 'rangeItem' | 'iterItem' | 'copyItem' | 'sumItem' | 'compareItem' | 'truthItem' | 'sortCompare' | 'joinItem' | 'hashItem' | 'char' | 'rebuildChar';
export const NATIVE_LOOPS: Record<NativeLoop, number> = {
  /** Besides, each item a range iterator makes: a new int (sum(range(n)) 12.3 − sum(a list) 3.7). */
  rangeItem: 8.6,
  /** An item C code pulls from an iterator and keeps (list(), tuple(), [*x], sorted()'s copy): list(iter(a_list)) 2.1. */
  iterItem: 2.1,
  /** An item copied out of a list or tuple (x[:], list(a_list), a + b, a * n, extend, copy()): x[:] 0.9 ([None] * n: 0.4). */
  copyItem: 0.9,
  /** sum(): one step and one addition (sum(a list of ints) 3.7). */
  sumItem: 3.7,
  /** One item compared (`in`, count(), index(), min(), max()): `-1 in a_list` 6.0-7.1, list.count 6.7-7.3 (min() 9.7-10.2 with the copy). */
  compareItem: 6.5,
  /** any(), all(): one step and one truth test (any([0] * n) 3.9-4.7). */
  truthItem: 3.9,
  /**
   * One comparison of list.sort / sorted(): sorted() of 10⁵ shuffled ints, 8.7 per comparison (n·log2(n) − n
   * of them). Ordered input costs less per comparison in CPython (memory read in order, branches predicted):
   * sorted(range(n), reverse=True) took 3.9-4.2 ns per item, about n comparisons, which this figure makes 8.7:
   * the order of the data is not modelled.
   */
  sortCompare: 8.7,
  /** str.join, bytes.join: one item (''.join(['ab'] * n) 4.0-4.3, the characters aside). */
  joinItem: 4.0,
  /** An item hashed into a set or a dict (set(a_list) 9.6-10.8, less the copy; dict.fromkeys costs 22.6, not modelled apart). */
  hashItem: 9,
  /** A character scanned or copied by memchr/memcpy-like loops (str.find, `in` on a str, str * n, join): 0.008. */
  char: 0.008,
  /** A character of a str rebuilt piecewise (str.replace): 0.25. */
  rebuildChar: 0.25,
};
