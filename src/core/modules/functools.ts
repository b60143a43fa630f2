// The native half of functools: reduce, as CPython's C _functools.reduce (Modules/_functoolsmodule.c).
// The rest of the module is Python code (modules/python/functools-source.ts).

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { fn, checkPositional } from '../builtins/define';
import { getIter, iterNext } from '../runtime/iteration';
import { PyMethod } from '../objects/callables';

export function createFunctools(vm: VM, module: PyModule): void {
  // A bound method (PyMethod_New), which the lru_cache wrapper's __get__ returns as the C one does.
  fn(vm, module.dict, '_lens_method', (args) => {
    checkPositional(vm, '_lens_method', args.length, 2, 2);
    return vm.track(new PyMethod(vm.t.method, vm.incref(args[0], 'method', '__func__'), vm.incref(args[1], 'method', '__self__')));
  });
  fn(vm, module.dict, 'reduce', function* (args, kwargs): Native {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'reduce() takes no keyword arguments');
    checkPositional(vm, 'reduce', args.length, 2, 3);
    const [func, seq] = args;
    let it: PyObject;
    try {
      it = yield* getIter(vm, seq);
    } catch (e) {
      if (e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('TypeError') as never)) {
        vm.decref(e.exc, 'exception');
        throw vm.error('TypeError', 'reduce() arg 2 must support iteration');
      }
      throw e;
    }
    let result: PyObject | null = args[2] ? vm.incref(args[2], 'stack') : null;
    // The two-item argument tuple C reduce refills on each step: its items stay referenced until
    // the next step replaces them, or until reduce returns.
    const pair: (PyObject | null)[] = [null, null];
    const replace = (i: number, o: PyObject) => {
      const old = pair[i];
      pair[i] = o;
      if (old) vm.decref(old, 'slot');
    };
    try {
      for (;;) {
        const op2 = yield* iterNext(vm, it);
        if (!op2) break;
        if (!result) {
          result = op2;
          continue;
        }
        replace(0, result);
        result = null;
        replace(1, op2);
        result = yield { callable: func, args: [pair[0] as PyObject, op2], kwargs: null };
      }
    } catch (e) {
      if (result) vm.decref(result, 'stack');
      throw e;
    } finally {
      // The tuple's deallocation drops its items last to first, then the iterator goes.
      for (const o of [pair[1], pair[0]]) if (o) vm.decref(o, 'slot');
      vm.decref(it, 'stack');
    }
    if (!result) throw vm.error('TypeError', 'reduce() of empty iterable with no initial value');
    return result;
  });
}
