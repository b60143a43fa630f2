// tp_finalize (PEP 442), run once per object before it is freed, by a count reaching zero or by the
// collector: a class's `__del__`, or a generator's _PyGen_Finalize, which closes a generator suspended at a
// yield (GeneratorExit raised there: its `finally` blocks and `with` exits run). An exception escaping
// either is reported as unraisable and dropped.

import type { PyObject } from '../objects/object';
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from '../objects/iterators';
import { PyAsyncGenAwaitable } from '../objects/async-generators';
import type { PyType } from '../objects/type';
import { warn } from './warnings';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { closeGenerator } from '../vm/generators';
import { Cause } from '../trace/events';
import { PyIOObject } from '../objects/io-objects';
import { finalizeFile } from '../modules/io/io-types';

/**
 * Whether `o` has a finalizer to run. A generator that never started or finished has nothing to close;
 * a coroutine that never started warns that it was never awaited.
 */
export function hasFinalizer(o: PyObject): boolean {
  const type = o.type;
  // Most objects freed are of a built-in type without a finalizer (ints, above all): one test.
  if (type.heap) return type.lookup('__del__') !== null;
  if (!type.finalizesNatively) return false;
  if (o instanceof PyCoroutine) return o.frame !== null;
  if (o instanceof PyAsyncGenAwaitable) return o.warnsUnawaited && o.state === 'init' && o.gen !== null;
  // One whose finalizer hook was kept calls it even before it started (_PyGen_Finalize).
  if (o instanceof PyAsyncGenerator) return o.frame !== null && (o.frame.pc > 0 || (o.finalizer !== null && !o.closed));
  if (o instanceof PyGenerator) return o.frame !== null && o.frame.pc > 0;
  if (o instanceof PyIOObject) return !o.isClosed;
  return false;
}

/** A never-awaited warning that a filter turned into an error is unraisable (_PyErr_WarnUnawaitedCoroutine). */
function warnUnawaited(vm: VM, o: PyObject, warnNow: () => void): void {
  try {
    warnNow();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.writeUnraisable(e, o);
  }
}

/** Runs `o`'s finalizer (the caller holds a reference to it meanwhile). */
export function* callFinalizer(vm: VM, o: PyObject): Native<void> {
  if (o instanceof PyCoroutine && o.frame?.pc === 0) {
    // _PyErr_WarnUnawaitedCoroutine: warnings.warn(..., RuntimeWarning, stacklevel=2, source=coro) from
    // warnings._warn_unawaited_coroutine, so attributed to the code running when the coroutine went.
    warnUnawaited(vm, o, () => warn(vm, `coroutine '${o.qualname}' was never awaited`, vm.exc.get('RuntimeWarning') as PyType, 1, o, o.diedAt ?? undefined));
    o.diedAt = null;
    return;
  }
  if (o instanceof PyAsyncGenAwaitable) {
    // _PyErr_WarnUnawaitedAgenMethod: "coroutine method 'asend' of 'agen' was never awaited" (__anext__() is an asend).
    const method = o.type === vm.t.async_generator_asend ? 'asend' : o.args ? 'athrow' : 'aclose';
    warnUnawaited(vm, o, () => warn(vm, `coroutine method '${method}' of '${o.gen?.qualname}' was never awaited`, vm.exc.get('RuntimeWarning') as PyType, 1, o, o.diedAt ?? undefined));
    o.diedAt = null;
    return;
  }
  if (o instanceof PyAsyncGenerator && o.finalizer && !o.closed) {
    // _PyGen_Finalize: an async generator that got sys.set_asyncgen_hooks' finalizer is handed to it
    // (asyncio schedules its aclose()) instead of being closed here.
    const finalizer = o.finalizer;
    try {
      vm.decref(yield { callable: finalizer, args: [o], kwargs: null }, Cause.Return);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.writeUnraisable(e, o);
    }
    return;
  }
  if (o instanceof PyGenerator) {
    try {
      vm.decref(yield* closeGenerator(vm, o, vm.options.version.generators.closeReturnsValue), Cause.Return);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.writeUnraisable(e, o);
    }
    return;
  }
  if (o instanceof PyIOObject && !o.type.heap) {
    yield* finalizeFile(vm, o);
    return;
  }
  const del = o.type.lookup('__del__');
  if (!del) return;
  try {
    vm.decref(yield { callable: del, args: [o], kwargs: null }, Cause.Return);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.writeUnraisable(e, del);
  }
}
