// Async generators (`async def` with `yield`: Objects/genobject.c PyAsyncGenObject) and the awaitables
// their methods return: __anext__()/asend() (async_generator_asend) and athrow()/aclose()
// (async_generator_athrow), plus the wrapper a `yield` puts around its value (_PyAsyncGenWrappedValue)
// so that the awaitable tells an async yield from an `await` inside the generator passing through.

import { PyObject } from './object';
import type { PyType } from './type';
import type { Frame } from '../vm/frame';
import type { PyAsyncGenerator } from './iterators';

export { PyAsyncGenerator } from './iterators';

/** _PyAsyncGenWrappedValue: a value an async generator yields, on its way out of the frame (owned). */
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(type: PyType, public value: PyObject | null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.value) visit(this.value, 'agw_val');
  }
  clearRefs(): PyObject[] {
    const v = this.value;
    this.value = null;
    return v ? [v] : [];
  }
}

/** AWAITABLE_STATE_INIT / _ITER / _CLOSED: not started, being awaited, done. */
export type AwaitableState = 'init' | 'iter' | 'closed';

/**
 * async_generator_asend (what __anext__() and asend(v) return) and async_generator_athrow (athrow(...)
 * and aclose(), `args` null for aclose): each holds its generator, and asend its value to send.
 */
export class PyAsyncGenAwaitable extends PyObject {
  state: AwaitableState = 'init';
  /** 3.13+: dying never awaited warns (async_gen_asend_finalize, async_gen_athrow_finalize). */
  warnsUnawaited = false;
  /** Where the program was when its count reached zero (as PyCoroutine.diedAt): the warning's line. */
  diedAt: { frame: Frame | null; line: number } | null = null;
  constructor(type: PyType, public gen: PyAsyncGenerator | null, public sendValue: PyObject | null, public args: PyObject[] | null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.gen) visit(this.gen, 'ags_gen');
    if (this.sendValue) visit(this.sendValue, 'ags_sendval');
    this.args?.forEach((a, i) => visit(a, `agt_args[${i}]`));
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    if (this.gen) out.push(this.gen);
    if (this.sendValue) out.push(this.sendValue);
    if (this.args) out.push(...this.args);
    this.gen = null;
    this.sendValue = null;
    this.args = null;
    return out;
  }
}
