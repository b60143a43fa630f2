// Objects without references to others: numbers, strings, bytes and the singletons.

import { PyAtom } from './object';
import type { PyType } from './type';
import { bytearrayResizeCapacity } from './capacity';

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class PyInt extends PyAtom {
  /**
   * The value as a JS number when it is a safe integer, else NaN. Arithmetic on safe integers
   * stays in numbers (as CPython's compact ints avoid its bignum code): BigInt operations
   * allocate and cost ten times more; the bigint is made only when something asks for it.
   */
  readonly small: number;
  private big: bigint | null;
  /** `value` must be an integer; a number outside the safe range is taken as its bigint. */
  constructor(type: PyType, value: bigint | number) {
    super(type);
    if (typeof value === 'number' && Number.isSafeInteger(value)) {
      this.small = value;
      this.big = null;
    } else {
      const big = typeof value === 'number' ? BigInt(value) : value;
      this.big = big;
      this.small = big >= MIN_SAFE && big <= MAX_SAFE ? Number(big) : NaN;
    }
  }

  get value(): bigint {
    const big = this.big;
    if (big !== null) return big;
    return (this.big = BigInt(this.small));
  }
}

export class PyFloat extends PyAtom {
  constructor(type: PyType, public readonly value: number) {
    super(type);
  }
}

export class PyComplex extends PyAtom {
  constructor(type: PyType, public readonly real: number, public readonly imag: number) {
    super(type);
  }
}

export class PyStr extends PyAtom {
  /** Interned strings are shared (and immortal under the 3.12 model). */
  interned = false;
  constructor(type: PyType, public readonly value: string) {
    super(type);
  }
}

/** bytes, and bytearray (same storage, mutable: its `value` is replaced when it changes). */
export class PyBytes extends PyAtom {
  /** bytearray's ob_alloc (bytes plus the trailing NUL; 0 while empty and never grown). */
  allocated: number;
  /** bytearray's ob_exports: buffers handed out (memoryviews' managed buffers) that forbid resizing. */
  exports = 0;
  private data: Uint8Array;
  constructor(type: PyType, value: Uint8Array) {
    super(type);
    this.data = value;
    // PyByteArray_FromStringAndSize allocates size + 1 (nothing for an empty bytearray).
    this.allocated = value.length ? value.length + 1 : 0;
  }
  get value(): Uint8Array {
    return this.data;
  }
  /** A bytearray that changes length goes through PyByteArray_Resize's allocation rule. */
  set value(v: Uint8Array) {
    if (v.length !== this.data.length) this.allocated = bytearrayResizeCapacity(this.allocated, v.length);
    this.data = v;
  }
}

/** None, Ellipsis, NotImplemented and `object()` instances. */
export class PyPlain extends PyAtom {}
