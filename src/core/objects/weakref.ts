// Weak references (Objects/weakrefobject.c): a ref or proxy points at its referent without
// counting, and holds a counted reference to its callback. The referent keeps the list of its
// weak references; when it dies they are cleared and the callbacks called (runtime/weakrefs.ts).

import { PyObject } from './object';
import type { PyType } from './type';
import type { PyDict } from './dict';

export class PyWeakref extends PyObject {
  /** The referent, not counted; null once it died (the ref is "dead"). */
  referent: PyObject | null;
  /** The callback, counted; dropped when called or when the ref is cleared by a collection. */
  callback: PyObject | null;
  /** A ref's dict key is its referent's, computed once and kept after death (hash(ref) is cached too). */
  hashKey: string | null = null;
  hashValue: bigint | null = null;
  /** Attributes of instances of subclasses (`class KeyedRef(ref)`). */
  dict: PyDict | null = null;
  constructor(type: PyType, referent: PyObject, callback: PyObject | null, readonly proxy: boolean) {
    super(type);
    this.referent = referent;
    this.callback = callback;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.callback) visit(this.callback, '__callback__');
    if (this.dict) visit(this.dict, '__dict__');
    if (this.type.heap) visit(this.type, '__class__');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    if (this.callback) out.push(this.callback);
    if (this.dict) out.push(this.dict);
    this.callback = null;
    this.dict = null;
    return out;
  }
}
