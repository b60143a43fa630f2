// A set's hash table as Objects/setobject.c keeps it, for a set whose members' hashes are the same
// in every CPython process (numbers, tuples and frozensets of them: runtime/value-hashes.ts). The
// table decides what a program sees: the order a set prints and iterates in, which member pop()
// returns, and (with its size) sys.getsizeof. A hash is kept as two unsigned 32-bit halves: the
// probe sequence needs all 64 bits (the perturbation shifts the high ones in), and numbers keep
// the probing free of BigInt arithmetic.

import type { PyObject } from './object';
import { SET_MINSIZE, setTableSize } from './capacity';

/** setobject.c's LINEAR_PROBES: slots tried next to the first before perturbing. */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const TWO_32 = 4294967296;

/** What a slot holds: a member, nothing (never used since the last resize), or a dummy (a member was removed). */
const DUMMY: unique symbol = Symbol('dummy');
type Slot = PyObject | null | typeof DUMMY;

export class SetTable {
  private slots: Slot[] = new Array<Slot>(SET_MINSIZE).fill(null);
  private hashLo = new Uint32Array(SET_MINSIZE);
  private hashHi = new Uint32Array(SET_MINSIZE);
  mask = SET_MINSIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  used = 0;
  /** The probe sequence's perturbation (the hash, shifted right as it goes), as two unsigned halves. */
  private perturbLo = 0;
  private perturbHi = 0;

  /** set_add_entry for a key not in the set: the last dummy its probe passes, else the unused slot that ends it. */
  add(key: PyObject, lo: number, hi: number): void {
    const mask = this.mask;
    this.perturbLo = lo;
    this.perturbHi = hi;
    let i = lo & mask;
    let freeSlot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let k = 0; k <= probes; k++) {
        const slot = this.slots[i + k];
        if (slot === null) {
          if (freeSlot >= 0) {
            this.put(freeSlot, key, lo, hi);
            this.used++;
            return;
          }
          this.put(i + k, key, lo, hi);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (slot === DUMMY) freeSlot = i + k;
      }
      i = this.nextProbe(i, mask);
    }
  }

  /** set_discard_entry: the member's slot, found along its probe sequence, becomes a dummy (it still counts in `fill`). */
  discard(key: PyObject, lo: number, hi: number): void {
    const mask = this.mask;
    this.perturbLo = lo;
    this.perturbHi = hi;
    let i = lo & mask;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let k = 0; k <= probes; k++) {
        const slot = this.slots[i + k];
        if (slot === key) {
          this.slots[i + k] = DUMMY;
          this.used--;
          return;
        }
        if (slot === null) return;
      }
      i = this.nextProbe(i, mask);
    }
  }

  /**
   * set_pop: removes the first member at or after slot `finger` (wrapping around) and returns it with
   * where the next search starts; null when empty. The finger is the set's (a clear or a body swap keeps it).
   */
  pop(finger: number): [member: PyObject, nextFinger: number] | null {
    if (this.used === 0) return null;
    let i = finger & this.mask;
    for (;;) {
      const slot = this.slots[i];
      if (slot !== null && slot !== DUMMY) {
        this.slots[i] = DUMMY;
        this.used--;
        return [slot, i + 1];
      }
      i = i === this.mask ? 0 : i + 1;
    }
  }

  /** set_table_resize: a table for `minused` members, the members reinserted in slot order, dummies dropped. */
  resize(minused: number): void {
    const oldSlots = this.slots;
    const oldLo = this.hashLo;
    const oldHi = this.hashHi;
    const size = setTableSize(minused);
    this.slots = new Array<Slot>(size).fill(null);
    this.hashLo = new Uint32Array(size);
    this.hashHi = new Uint32Array(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let s = 0; s < oldSlots.length; s++) {
      const key = oldSlots[s];
      if (key !== null && key !== DUMMY) this.insertClean(key, oldLo[s], oldHi[s]);
    }
  }

  /** set_clear_internal: back to the small table. */
  clear(): void {
    this.slots = new Array<Slot>(SET_MINSIZE).fill(null);
    this.hashLo = new Uint32Array(SET_MINSIZE);
    this.hashHi = new Uint32Array(SET_MINSIZE);
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** Whether set_merge may copy `other`'s slots as they are: this table empty and as large, `other` without dummies. */
  canCopySlotsOf(other: SetTable): boolean {
    return this.fill === 0 && this.mask === other.mask && other.fill === other.used;
  }

  /** set_merge's fast path: the same members in the same slots. */
  copySlotsOf(other: SetTable): void {
    this.slots = other.slots.slice();
    this.hashLo = other.hashLo.slice();
    this.hashHi = other.hashHi.slice();
    this.fill = other.fill;
    this.used = other.used;
  }

  /** The members in slot order: how CPython iterates, prints and copies the set. */
  members(): PyObject[] {
    const out: PyObject[] = [];
    for (const slot of this.slots) if (slot !== null && slot !== DUMMY) out.push(slot);
    return out;
  }

  /** set_insert_clean: into a table without dummies, during a resize. */
  private insertClean(key: PyObject, lo: number, hi: number): void {
    const mask = this.mask;
    this.perturbLo = lo;
    this.perturbHi = hi;
    let i = lo & mask;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let k = 0; k <= probes; k++) {
        if (this.slots[i + k] === null) {
          this.put(i + k, key, lo, hi);
          return;
        }
      }
      i = this.nextProbe(i, mask);
    }
  }

  /** The probe after slot `i`'s run of linear probes: the perturbation shifts the hash's high bits in. */
  private nextProbe(i: number, mask: number): number {
    this.perturbLo = ((this.perturbLo >>> PERTURB_SHIFT) | (this.perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
    this.perturbHi >>>= PERTURB_SHIFT;
    return (i * 5 + 1 + this.perturbLo) % TWO_32 & mask;
  }

  private put(i: number, key: PyObject, lo: number, hi: number): void {
    this.slots[i] = key;
    this.hashLo[i] = lo;
    this.hashHi[i] = hi;
  }
}

/** A signed 64-bit hash as the two unsigned halves SetTable takes. */
export function hashHalves(hash: bigint): [lo: number, hi: number] {
  const u = BigInt.asUintN(64, hash);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

/** The halves of a safe-integer hash (an int's), without BigInt. */
export function smallHashHalves(hash: number): [lo: number, hi: number] {
  return [hash >>> 0, Math.floor(hash / TWO_32) >>> 0];
}
