// Weak references (Objects/weakrefobject.c): a ref or proxy points at its referent without
// counting, and holds a counted reference to its callback. The referent keeps the list of its
// weak references; when it dies they are cleared and the callbacks called (runtime/weakrefs.ts).

import { PyObject } from './object';
import type { PyType } from './type';

export class PyWeakref extends PyObject {
  /** The referent, not counted; null once it died (the ref is "dead"). */
  referent: PyObject | null;
  /** The callback, counted; dropped when called or when the ref is cleared by a collection. */
  callback: PyObject | null;
  /** hash(ref) is the referent's hash, computed once and kept after death. */
  hash: bigint | null = null;
  constructor(type: PyType, referent: PyObject, callback: PyObject | null, readonly proxy: boolean) {
    super(type);
    this.referent = referent;
    this.callback = callback;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.callback) visit(this.callback, '__callback__');
  }
  clearRefs(): PyObject[] {
    const c = this.callback;
    this.callback = null;
    return c ? [c] : [];
  }
}
