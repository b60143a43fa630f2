// CPython's hash functions for the values whose hash does not depend on the process: numbers
// (Python/pyhash.c), tuples (Objects/tupleobject.c, xxHash-based) and frozensets
// (Objects/setobject.c). A str's or bytes' hash is randomised per process (PYTHONHASHSEED) and
// None's and an object's come from an address, so no program can rely on them: `stableHash`
// returns null for those, and a set holding one keeps insertion order (set-order.ts).

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyComplex } from '../objects/atoms';
import { PyTuple, PySet } from '../objects/containers';
import { complexHash } from './complex-math';

const MODULUS = (1n << 61n) - 1n;
const HALF = (MODULUS + 1n) / 2n;
const U64 = (1n << 64n) - 1n;
const INF_HASH = 314159n;

/** -1 is CPython's error return: a hash that would be -1 is -2. */
const noMinusOne = (h: bigint): bigint => (h === -1n ? -2n : h);

/** _PyLong_Hash: the value modulo 2**61 - 1, with the sign of the value. */
function intHash(v: bigint): bigint {
  const h = (v < 0n ? -1n : 1n) * ((v < 0n ? -v : v) % MODULUS);
  return noMinusOne(h);
}

/** _Py_HashDouble: equal to the hash of the equal int or fraction; null for a NaN (hashed by identity). */
function floatHash(x: number): bigint | null {
  if (Number.isNaN(x)) return null;
  if (!Number.isFinite(x)) return x > 0 ? INF_HASH : -INF_HASH;
  if (Number.isInteger(x)) return intHash(BigInt(x));
  // x = m * 2**e exactly (m an integer); hash = m * 2**e modulo 2**61 - 1.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e -= 1;
  }
  let h = BigInt(m) % MODULUS;
  for (let i = 0; i < -e; i++) h = (h * HALF) % MODULUS;
  return noMinusOne(x < 0 ? -h : h);
}

/** hash() of an int, bool, float or complex; null for anything else (and for a NaN). */
export function numberHash(o: PyObject): bigint | null {
  if (o instanceof PyInt) return intHash(o.value);
  if (o instanceof PyFloat) return floatHash(o.value);
  if (o instanceof PyComplex) {
    const re = floatHash(o.real);
    const im = floatHash(o.imag);
    return re === null || im === null ? null : complexHash(re, im);
  }
  return null;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash over the items' hashes. */
export function tupleHash(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** slice_hash (3.12+): tuplehash's lanes over start, stop and step, without the length added at the end. */
export function sliceHash(laneHashes: readonly [bigint, bigint, bigint]): bigint {
  let acc = XXPRIME_5;
  for (const h of laneHashes) {
    acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** _shuffle_bits: spreads an entry's hash before the xor. */
const shuffle = (h: bigint): bigint => ((((BigInt.asUintN(64, h) ^ 89869747n) ^ (BigInt.asUintN(64, h) << 16n)) & U64) * 3644798167n) & U64;

/**
 * frozenset_hash over the members' hashes. CPython xors the shuffled hash of every slot, empty and
 * dummy ones too, then takes out the empty and dummy slots' share: what stays is the members' xor.
 */
export function frozensetHash(memberHashes: readonly bigint[]): bigint {
  let h = 0n;
  for (const m of memberHashes) h ^= shuffle(m);
  h ^= ((BigInt(memberHashes.length) + 1n) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return BigInt.asIntN(64, h);
}

/** The hash CPython gives `o` in every process (numbers, and tuples and frozensets of them); null otherwise. */
export function stableHash(o: PyObject, frozenset: PyObject): bigint | null {
  // A class statement's subclass may define __hash__.
  if (o.type.heap) return null;
  const n = numberHash(o);
  if (n !== null) return n;
  if (o instanceof PyTuple) {
    const items: bigint[] = [];
    for (const item of o.items) {
      const h = stableHash(item, frozenset);
      if (h === null) return null;
      items.push(h);
    }
    return tupleHash(items);
  }
  if (o instanceof PySet && o.type === frozenset) {
    const members: bigint[] = [];
    for (const m of o.members.values()) {
      const h = stableHash(m, frozenset);
      if (h === null) return null;
      members.push(h);
    }
    return frozensetHash(members);
  }
  return null;
}

/**
 * A stand-in for a bytes' hash (CPython's is SipHash of the bytes, keyed per process): a function of the
 * bytes only, so equal bytes, and a read-only memoryview of them, hash alike as in CPython.
 */
export function bytesContentHash(b: Uint8Array): bigint {
  let h = 0xcbf29ce484222325n;
  for (const x of b) h = ((h ^ BigInt(x)) * 0x100000001b3n) & U64;
  return noMinusOne(BigInt.asIntN(64, h));
}
