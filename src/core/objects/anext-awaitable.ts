// What anext(iterator, default) returns (Objects/iterobject.c anextawaitableobject, type 'anext_awaitable'):
// it holds the awaitable __anext__ gave (wrapped) and the default (default_value), both strong references,
// and turns the StopAsyncIteration that ends the iteration into the default.

import { PyObject } from './object';
import type { PyType } from './type';

export class PyAnextAwaitable extends PyObject {
  constructor(type: PyType, public wrapped: PyObject | null, public defaultValue: PyObject | null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.wrapped) visit(this.wrapped, 'wrapped');
    if (this.defaultValue) visit(this.defaultValue, 'default_value');
  }
  /** anextawaitable_dealloc: Py_XDECREF(wrapped), Py_XDECREF(default_value). */
  clearRefs(): PyObject[] {
    const refs = [this.wrapped, this.defaultValue].filter((o): o is PyObject => o !== null);
    this.wrapped = null;
    this.defaultValue = null;
    return refs;
  }
}
