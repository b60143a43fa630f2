// MT19937, the generator under CPython's random module (Modules/_randommodule.c, after Matsumoto and
// Nishimura's mt19937ar.c): the 624-word state, its seeding by an array of 32-bit words
// (init_by_array), 32-bit outputs, random() with 53 bits, getrandbits(k) and the state as getstate()
// gives it. Plain numbers kept in uint32 range; Math.imul gives C's wrapping 32-bit products.

export const MT_N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  /** mt[N]; a new object's state is zeros with index 0, as PyType_GenericNew leaves a RandomObject. */
  readonly state = new Uint32Array(MT_N);
  index = 0;

  /** init_genrand. */
  initGenrand(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < MT_N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = MT_N;
  }

  /** init_by_array: the seed's 32-bit words, least significant first. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(MT_N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1: a non-zero initial array
  }

  /** random_seed for an int: its absolute value's 32-bit words, least significant first (one word for 0). */
  seedWithMagnitude(n: bigint): void {
    let rest = n < 0n ? -n : n;
    const key: number[] = [];
    do {
      key.push(Number(rest & 0xffffffffn));
      rest >>= 32n;
    } while (rest > 0n);
    this.initByArray(key);
  }

  /** genrand_uint32: the next 32-bit output, regenerating the N words when they are used up. */
  nextUint32(): number {
    const mt = this.state;
    if (this.index >= MT_N) {
      let kk = 0;
      for (; kk < MT_N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < MT_N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - MT_N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[MT_N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random_random (genrand_res53): 27 then 26 bits of two outputs, a multiple of 2**-53 in [0, 1). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** getrandbits(k), k >= 0: 32-bit words from the least significant, the last one's excess low bits dropped. */
  getrandbits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.nextUint32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
    }
    return result;
  }

  /** setstate's part after its checks: the words (taken modulo 2**32) and the index. */
  restore(words: ArrayLike<number>, index: number): void {
    for (let i = 0; i < MT_N; i++) this.state[i] = words[i] >>> 0;
    this.index = index;
  }
}
