// Iterator objects. Each holds a counted reference to what it iterates over (that is why
// `it = iter(lst)` raises lst's count by one).

import { PyObject } from './object';
import type { PyType } from './type';
import type { Frame } from '../vm/frame';
import type { PyTuple } from './containers';

/** list/tuple/str/bytes iterators: the sequence and a position; the sequence is dropped at the end. */
export class PySeqIter extends PyObject {
  constructor(type: PyType, public seq: PyObject | null, public index = 0, public reversed = false) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.seq) visit(this.seq, 'it_seq');
  }
  clearRefs(): PyObject[] {
    const s = this.seq;
    this.seq = null;
    return s ? [s] : [];
  }
}

export class PyRangeIter extends PyObject {
  constructor(type: PyType, public next: bigint, public step: bigint, public remaining: bigint) {
    super(type);
  }
  traverse(): void {}
  clearRefs(): PyObject[] {
    return [];
  }
}

export type DictIterKind = 'keys' | 'values' | 'items';

export class PyDictIter extends PyObject {
  /** The items iterator reuses its result tuple (di_result). */
  result: PyTuple | null = null;
  /** 1, or -1 for reversed(d): `position` walks the entries from the last one down (dictreviter_iternext). */
  step: 1 | -1 = 1;
  constructor(type: PyType, public dict: PyObject | null, public kind: DictIterKind, public position: number, public expectedSize: number) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.dict) visit(this.dict, 'di_dict');
    if (this.result) visit(this.result, 'di_result');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    if (this.dict) out.push(this.dict);
    if (this.result) out.push(this.result);
    this.dict = null;
    this.result = null;
    return out;
  }
}

/** enumerate, zip, map, filter, set iterators, dict views: a kind plus the objects they hold. */
export class PyCompositeIter extends PyObject {
  /** enumerate and zip reuse their result tuple while nobody else holds it (en_result). */
  result: PyTuple | null = null;
  /** zip(..., strict=True): arguments of different lengths raise ValueError. */
  strict = false;
  constructor(type: PyType, public refs: PyObject[], public counter: bigint = 0n) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    this.refs.forEach((r, i) => visit(r, `ref${i}`));
    if (this.result) visit(this.result, 'result');
  }
  clearRefs(): PyObject[] {
    const out = this.refs;
    if (this.result) out.push(this.result);
    this.refs = [];
    this.result = null;
    return out;
  }
}

/** A generator object: a suspended frame resumed by next()/send(). */
export class PyGenerator extends PyObject {
  running = false;
  /**
   * A code reference of the generator's own (counted): 3.11's gi_code, from its creation; 3.12+'s
   * frame keeps its f_code when it finishes (_PyFrame_ClearExceptCode), until the generator goes.
   */
  code: PyObject | null = null;
  /** The exception it handles while suspended in an except block (gi_exc_state), owned; null when none. */
  excState: PyObject | null = null;
  constructor(type: PyType, public frame: Frame | null, public name: string, public qualname: string) {
    super(type);
  }
  /** gen_traverse: gi_code, then _PyFrame_Traverse (f_func, f_code, locals and stack), then gi_exc_state. */
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.code) visit(this.code, 'gi_code');
    const frame = this.frame;
    if (frame?.func) {
      visit(frame.func, 'f_func');
      visit(frame.code, 'f_code');
    }
    frame?.traverse(visit);
    if (this.excState) visit(this.excState, 'gi_exc_state');
  }
  clearRefs(): PyObject[] {
    const frame = this.frame;
    const out = frame ? frame.takeRefs() : [];
    if (this.excState) out.push(this.excState);
    this.excState = null;
    if (frame?.func) {
      // The frame's function and code (f_func, f_code) go with it.
      out.push(frame.func, frame.code);
      frame.func = null;
    }
    if (this.code) out.push(this.code);
    this.code = null;
    this.frame = null;
    return out;
  }
}

/**
 * A coroutine object (`async def` called: PyCoroObject). It is a generator underneath (the same
 * _PyGenObject_HEAD, resumed by send/throw/close and by `await`'s SEND), but not an iterator: only
 * `await` and send() drive it.
 */
export class PyCoroutine extends PyGenerator {
  /**
   * Where the program was when a never-awaited coroutine's count reached zero: CPython warns there,
   * inside the deallocation; the simulator runs finalizers after the instruction, when that frame may be gone.
   */
  diedAt: { frame: Frame | null; line: number } | null = null;
}

/** An async generator: a generator underneath, driven only through the awaitables of its methods. */
export class PyAsyncGenerator extends PyGenerator {
  /** ag_running_async: an asend/athrow awaitable is running it (across the awaits inside it too). */
  runningAsync = false;
  /** ag_closed: it ended by StopAsyncIteration or GeneratorExit, or aclose() started. */
  closed = false;
  /** ag_hooks_inited: sys.set_asyncgen_hooks' firstiter was called for it (on its first anext/asend/athrow/aclose). */
  hooksInited = false;
  /** ag_origin_or_finalizer: the finalizer hook it got then (owned): called instead of closing it when it dies. */
  finalizer: PyObject | null = null;
  override traverse(visit: (child: PyObject, slot: string) => void): void {
    super.traverse(visit);
    if (this.finalizer) visit(this.finalizer, 'ag_origin_or_finalizer');
  }
  override clearRefs(): PyObject[] {
    const out = super.clearRefs();
    if (this.finalizer) out.push(this.finalizer);
    this.finalizer = null;
    return out;
  }
}

/** A generator that iterates (a coroutine is resumed only by await/send, an async generator by its awaitables). */
export function isIteratingGenerator(o: PyObject): o is PyGenerator {
  return o instanceof PyGenerator && !(o instanceof PyCoroutine) && !(o instanceof PyAsyncGenerator);
}
