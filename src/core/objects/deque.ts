// collections.deque (Modules/_collectionsmodule.c): items in order, each a counted reference, and the
// block layout's two indices. CPython keeps a deque's items in linked blocks of 64 slots; which slots
// the ends occupy only shows in sys.getsizeof (the blocks in use), so the indices move here as they
// move there and no block is stored. Counting references is the module's job (modules/collections).

import { PyObject } from './object';
import type { PyType } from './type';
import { PyNativeIterator } from './native-iterator';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

/** BLOCKLEN: slots per block. */
export const DEQUE_BLOCKLEN = 64;
/** CENTER: where an empty deque's ends sit, so that it can grow either way. */
const CENTER = (DEQUE_BLOCKLEN - 1) >> 1;

const wrap = (i: number) => ((i % DEQUE_BLOCKLEN) + DEQUE_BLOCKLEN) % DEQUE_BLOCKLEN;

export class PyDeque extends PyObject {
  items: PyObject[] = [];
  /** -1: unbounded. */
  maxlen = -1;
  /** leftindex and rightindex: the first and last items' slots in their blocks. */
  leftIndex = CENTER + 1;
  rightIndex = CENTER;
  /** Bumped whenever an end moves (deque->state): an iterator made before then raises. */
  state = 0;
  constructor(type: PyType) {
    super(type);
  }

  /** Blocks in use (deque___sizeof__). */
  get blocks(): number {
    return Math.floor((this.leftIndex + this.items.length + DEQUE_BLOCKLEN - 1) / DEQUE_BLOCKLEN);
  }

  /** deque_append_lock_held before trimming: stores an owned reference at the right end. */
  pushRight(item: PyObject): void {
    if (this.rightIndex === DEQUE_BLOCKLEN - 1) this.rightIndex = -1;
    this.rightIndex++;
    this.items.push(item);
  }
  /** deque_appendleft_lock_held before trimming. */
  pushLeft(item: PyObject): void {
    if (this.leftIndex === 0) this.leftIndex = DEQUE_BLOCKLEN;
    this.leftIndex--;
    this.items.unshift(item);
  }
  /** deque_pop: the rightmost item, whose reference passes to the caller. */
  takeRight(): PyObject {
    const item = this.items.pop() as PyObject;
    this.rightIndex--;
    this.state++;
    if (this.rightIndex < 0) {
      if (this.items.length) this.rightIndex = DEQUE_BLOCKLEN - 1;
      else this.recenter();
    }
    return item;
  }
  /** deque_popleft. */
  takeLeft(): PyObject {
    const item = this.items.shift() as PyObject;
    this.leftIndex++;
    this.state++;
    if (this.leftIndex === DEQUE_BLOCKLEN) {
      if (this.items.length) this.leftIndex = 0;
      else this.recenter();
    }
    return item;
  }
  /** An empty deque's ends go back to the middle of its block. */
  recenter(): void {
    this.leftIndex = CENTER + 1;
    this.rightIndex = CENTER;
  }
  /** deque_extend / deque_extendleft's space-saving start on an empty deque: fill from one end of the block. */
  startFilling(fromLeft: boolean): void {
    if (this.items.length) return;
    this.leftIndex = fromLeft ? 1 : DEQUE_BLOCKLEN - 1;
    this.rightIndex = this.leftIndex - 1;
  }
  /** _deque_rotate: n steps to the right (left when negative), moving references without counting them. */
  rotate(n: number): void {
    const len = this.items.length;
    const half = len >> 1;
    if (len <= 1) return;
    if (n > half || n < -half) {
      n %= len;
      if (n > half) n -= len;
      else if (n < -half) n += len;
    }
    this.state++;
    if (n === 0) return;
    if (n > 0) this.items.unshift(...this.items.splice(len - n, n));
    else this.items.push(...this.items.splice(0, -n));
    this.leftIndex = wrap(this.leftIndex - n);
    this.rightIndex = wrap(this.rightIndex - n);
  }
  /** deque_clear: empties the deque at once; the caller releases the returned items, left to right. */
  takeAll(): PyObject[] {
    const out = this.items;
    if (!out.length) return out;
    this.items = [];
    this.recenter();
    this.state++;
    return out;
  }

  traverse(visit: (child: PyObject, slot: string) => void): void {
    this.items.forEach((item, i) => visit(item, `[${i}]`));
  }
  clearRefs(): PyObject[] {
    return this.takeAll();
  }
}

/** _deque_iterator and _deque_reverse_iterator: the deque (held until the iterator goes), a count of items left. */
export class PyDequeIter extends PyNativeIterator {
  private taken = 0;
  private readonly state: number;
  private left: number;
  constructor(type: PyType, public deque: PyDeque | null, readonly reversed: boolean) {
    super(type);
    this.state = deque?.state ?? 0;
    this.left = deque?.items.length ?? 0;
  }
  nextItem(vm: VM): PyObject | null {
    const d = this.deque;
    if (!d) return null;
    // dequeiter_next checks the state first, dequereviter_next the count first.
    const mutated = d.state !== this.state;
    if (this.reversed && this.left === 0) return null;
    if (mutated) {
      this.left = 0;
      throw vm.error('RuntimeError', 'deque mutated during iteration');
    }
    if (this.left === 0) return null;
    const i = this.reversed ? d.items.length - 1 - this.taken : this.taken;
    this.taken++;
    this.left--;
    return vm.incref(d.items[i], Cause.Stack);
  }
  /** __length_hint__. */
  get remaining(): number {
    return this.left;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.deque) visit(this.deque, 'deque');
  }
  clearRefs(): PyObject[] {
    const d = this.deque;
    this.deque = null;
    return d ? [d] : [];
  }
}
