// atexit (Modules/atexitmodule.c): the functions Py_FinalizeEx calls, last registered first, each with the
// arguments given to register(). An unregistered entry leaves an empty slot (atexit_delete_cb), which
// _ncallbacks() still counts; every entry is released once all have run (atexit_cleanup).

import type { PyModule } from '../objects/instances';
import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { PyError } from '../vm/errors';
import { isCallable } from './collections/defaultdict';
import { Cause } from '../trace/events';

export function createAtexit(vm: VM, module: PyModule): void {
  const d = module.dict;
  fn(vm, d, 'register', (args, kwargs) => {
    if (args.length === 0) throw vm.error('TypeError', 'register() takes at least 1 argument (0 given)');
    const [func, ...rest] = args;
    if (!isCallable(func)) throw vm.error('TypeError', 'the first argument must be callable');
    const callKwargs = kwargs && kwargs.size ? new Map(kwargs) : null;
    for (const a of rest) vm.incref(a, Cause.Internal, 'atexit');
    for (const v of callKwargs?.values() ?? []) vm.incref(v, Cause.Internal, 'atexit');
    vm.atexit.push({ func: vm.incref(func, Cause.Internal, 'atexit'), args: rest, kwargs: callKwargs });
    return vm.incref(func, Cause.Return);
  });
  fn(vm, d, 'unregister', (args) => {
    arity(vm, 'unregister', args, 1);
    for (let i = 0; i < vm.atexit.length; i++) {
      const cb = vm.atexit[i];
      // PyObject_RichCompareBool: identity first; functions compare by identity.
      if (cb && cb.func === args[0]) deleteCallback(vm, i);
    }
    return vm.newNone();
  });
  fn(vm, d, '_run_exitfuncs', (args) => {
    arity(vm, '_run_exitfuncs', args, 0);
    runAtexitCallbacks(vm);
    return vm.newNone();
  });
  fn(vm, d, '_clear', (args) => {
    arity(vm, '_clear', args, 0);
    clearCallbacks(vm);
    return vm.newNone();
  });
  fn(vm, d, '_ncallbacks', (args) => {
    arity(vm, '_ncallbacks', args, 0);
    return vm.newInt(vm.atexit.length);
  });
}

function deleteCallback(vm: VM, i: number): void {
  const cb = vm.atexit[i];
  if (!cb) return;
  vm.atexit[i] = null;
  vm.decref(cb.func, Cause.Internal, 'atexit');
  for (const a of cb.args) vm.decref(a, Cause.Internal, 'atexit');
  for (const v of cb.kwargs?.values() ?? []) vm.decref(v, Cause.Internal, 'atexit');
}

/** atexit_cleanup: every entry released, in registration order. */
function clearCallbacks(vm: VM): void {
  for (let i = 0; i < vm.atexit.length; i++) deleteCallback(vm, i);
  vm.atexit.length = 0;
}

/**
 * atexit_callfuncs: the callbacks registered so far, last first; an exception is unraisable ("in atexit
 * callback"). `afterEach` runs what the call left to do (finalizers of what it freed).
 */
export function runAtexitCallbacks(vm: VM, afterEach: () => void = () => undefined): void {
  for (let i = vm.atexit.length - 1; i >= 0; i--) {
    const cb = vm.atexit[i];
    if (!cb) continue;
    // bpo-46025: the call itself may unregister its function.
    const func: PyObject = vm.incref(cb.func, Cause.Internal, 'atexit');
    try {
      vm.decref(vm.callSync(func, [...cb.args], cb.kwargs), Cause.Return);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.writeUnraisable(e, func, 'in atexit callback');
    }
    vm.decref(func, Cause.Internal, 'atexit');
    afterEach();
  }
  clearCallbacks(vm);
}
