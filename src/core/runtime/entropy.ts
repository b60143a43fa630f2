// The simulated os.urandom: the system's randomness, which seeds `random` when the program does not.
// A run must be reproducible (the editor runs a program again to show its heap at a past step; a forked
// child re-runs its parent's program up to the fork), so the bytes come from a generator seeded with
// the run's entropy seed (RunOptions.entropySeed: fresh for each run unless the caller passes one). A
// forked child draws from a generator of its own from the fork on, as the real children read the
// kernel's pool independently: its seed is derived from its parent's generator and the fork's place
// in the run, so a later child replaying this one's run reseeds the same way at the same point.

import type { VM } from '../vm/vm';
import { MersenneTwister } from '../modules/random/mersenne-twister';

const sources = new WeakMap<VM, MersenneTwister>();

function sourceOf(vm: VM): MersenneTwister {
  let source = sources.get(vm);
  if (!source) {
    source = new MersenneTwister();
    source.seedWithMagnitude(BigInt(vm.options.entropySeed ?? 0));
    sources.set(vm, source);
  }
  return source;
}

/** `count` random 32-bit words. */
export function entropyWords(vm: VM, count: number): Uint32Array {
  const source = sourceOf(vm);
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) words[i] = source.nextUint32();
  return words;
}

/** os.urandom(n). */
export function entropyBytes(vm: VM, n: number): Uint8Array {
  const words = entropyWords(vm, Math.ceil(n / 4));
  return new Uint8Array(words.buffer, 0, n).slice();
}

/** The child's side of a fork, the `forkPlace`-th entry of the run's journal: a generator of its own. */
export function reseedEntropyAfterFork(vm: VM, forkPlace: number): void {
  const source = sourceOf(vm);
  source.initByArray([source.nextUint32(), source.nextUint32(), source.nextUint32(), source.nextUint32(), forkPlace >>> 0]);
}

/** A seed for a run that was given none: from the host's randomness (Web Crypto in Node and browsers). */
export function freshEntropySeed(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto;
  const words = new Uint32Array(2);
  if (crypto) crypto.getRandomValues(words);
  else for (let i = 0; i < 2; i++) words[i] = Math.floor(Math.random() * 2 ** 32);
  // An integer below 2**53, exact as a JSON number.
  return (words[0] & 0x1fffff) * 2 ** 32 + words[1];
}
