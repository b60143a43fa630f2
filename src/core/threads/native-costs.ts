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
