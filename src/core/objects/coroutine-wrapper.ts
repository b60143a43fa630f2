// The iterator a coroutine's __await__ returns (Objects/genobject.c PyCoroWrapper, type
// 'coroutine_wrapper'): it holds the coroutine (cw_coroutine, a strong reference) and its __next__,
// send, throw and close drive that coroutine.

import { PyObject } from './object';
import type { PyType } from './type';
import type { PyCoroutine } from './iterators';

export class PyCoroWrapper extends PyObject {
  constructor(type: PyType, public coroutine: PyCoroutine | null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.coroutine) visit(this.coroutine, 'cw_coroutine');
  }
  /** coro_wrapper_dealloc: Py_CLEAR(cw->cw_coroutine). */
  clearRefs(): PyObject[] {
    const c = this.coroutine;
    this.coroutine = null;
    return c ? [c] : [];
  }
}
