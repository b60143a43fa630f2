// Objects of C types the simulator writes in TS (a hashlib HASH, a zlib Compress): their computed
// attributes (C getters: `h.name`, `h.digest_size`) and their repr come from the object itself.

import { PyAtom, type PyObject } from './object';
import type { VM } from '../vm/vm';

export abstract class PyNativeObject extends PyAtom {
  /** A computed attribute as a new reference, or null when the type has none of that name. */
  abstract nativeAttribute(vm: VM, name: string): PyObject | null;
  /** repr(), or null for the default `<type object at 0x…>`. */
  nativeRepr(_vm: VM): string | null {
    return null;
  }
}
