// Objects without references to others: numbers, strings, bytes and the singletons.

import { PyAtom } from './object';
import type { PyType } from './type';

export class PyInt extends PyAtom {
  constructor(type: PyType, public readonly value: bigint) {
    super(type);
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
  constructor(type: PyType, public value: Uint8Array) {
    super(type);
  }
}

/** None, Ellipsis, NotImplemented and `object()` instances. */
export class PyPlain extends PyAtom {}
