// The native half of functools (CPython's C _functools, Modules/_functoolsmodule.c): reduce, and what
// the Python half (modules/python/functools-source.ts) cannot say in Python with C's references:
// calling a partial, and the bound method the lru_cache wrapper's __get__ makes.

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { defineCTypeMarker } from './c-type-names';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { fn, method, checkPositional } from '../builtins/define';
import { getIter, iterNext } from '../runtime/iteration';
import { PyMethod, type PyBuiltin } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyStr } from '../objects/atoms';
import { PyType } from '../objects/type';
import { instanceField } from '../runtime/slot-members';
import { setName } from '../runtime/dicts';
import { Cause } from '../trace/events';

export function createFunctools(vm: VM, module: PyModule): void {
  defineCTypeMarker(vm, module.dict);
  // A bound method (PyMethod_New), which the lru_cache wrapper's __get__ returns as the C one does.
  fn(vm, module.dict, '_lens_method', (args) => {
    checkPositional(vm, '_lens_method', args.length, 2, 2);
    return vm.track(new PyMethod(vm.t.method, vm.incref(args[0], Cause.Method, '__func__'), vm.incref(args[1], Cause.Method, '__self__')));
  });
  // partial.__call__ as C's: the functools source hands its partial class over once defined.
  fn(vm, module.dict, '_lens_install_partial_call', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw vm.error('TypeError', 'a class is required');
    method(vm, cls, '__call__', function* (callArgs, callKwargs, self): Native {
      return yield* callPartial(vm, self as PyObject, callArgs, callKwargs);
    });
    return vm.newNone();
  });
  fn(vm, module.dict, 'reduce', function* (args, kwargs): Native {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'reduce() takes no keyword arguments');
    checkPositional(vm, 'reduce', args.length, 2, 3);
    const [func, seq] = args;
    // METH_VARARGS: the arguments arrive as a new tuple, released when reduce returns.
    const argsTuple = vm.newTuple(args.map((a) => vm.incref(a, Cause.Slot)));
    try {
      return yield* reduce(func, seq, args[2] ?? null);
    } finally {
      vm.decref(argsTuple, Cause.Argument);
    }
  });

  function* reduce(func: PyObject, seq: PyObject, initial: PyObject | null): Native {
    let it: PyObject;
    try {
      it = yield* getIter(vm, seq);
    } catch (e) {
      if (e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('TypeError') as never)) {
        vm.decref(e.exc, Cause.Exception);
        throw vm.error('TypeError', 'reduce() arg 2 must support iteration');
      }
      throw e;
    }
    let result: PyObject | null = initial ? vm.incref(initial, Cause.Stack) : null;
    // The two-item argument tuple C reduce refills on each step: its items stay referenced until
    // the next step replaces them, or until reduce returns.
    const pair: (PyObject | null)[] = [null, null];
    const replace = (i: number, o: PyObject) => {
      const old = pair[i];
      pair[i] = o;
      if (old) vm.decref(old, Cause.Slot);
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
      if (result) vm.decref(result, Cause.Stack);
      throw e;
    } finally {
      // The tuple's deallocation drops its items last to first, then the iterator goes.
      for (const o of [pair[1], pair[0]]) if (o) vm.decref(o, Cause.Slot);
      vm.decref(it, Cause.Stack);
    }
    if (!result) throw vm.error('TypeError', 'reduce() of empty iterable with no initial value');
    return result;
  }
  // C functions of _functools.
  for (const name of ['reduce']) (module.dict.getStr(name) as PyBuiltin).module = '_functools';
}

/**
 * Calling a partial (Modules/_functoolsmodule.c). Without stored keywords, partial_vectorcall: the
 * stored arguments then the new ones, borrowed, in one array. With some, the call goes through
 * tp_call (_PyObject_MakeTpCall packs the arguments into a tuple, the keywords into a dict) to
 * partial_call, which concatenates the tuples (an empty side gives the other tuple itself), copies
 * the stored keywords and merges the call's; PyObject_Call then spreads them for the function
 * (_PyStack_UnpackDict takes one more reference to each argument). All of it is held until the
 * function returns.
 */
function* callPartial(vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  const func = instanceField(self, 'func');
  const pargs = instanceField(self, 'args');
  const pkw = instanceField(self, 'keywords');
  if (!func || !(pargs instanceof PyTuple) || !(pkw instanceof PyDict)) throw vm.error('TypeError', 'partial object is not initialized');
  if (pkw.size === 0) return yield { callable: func, args: [...pargs.items, ...args], kwargs };
  const held: PyObject[] = [];
  const hold = <T extends PyObject>(o: T): T => {
    held.push(o);
    return o;
  };
  try {
    const callTuple = args.length ? hold(vm.newTuple(args.map((a) => vm.incref(a, Cause.Slot)))) : null;
    const callDict = kwargs && kwargs.size ? hold(vm.newDict()) : null;
    for (const [k, v] of kwargs ?? []) setName(vm, callDict as PyDict, k, v);
    const positional = !callTuple ? pargs : pargs.items.length === 0 ? callTuple : hold(vm.newTuple([...pargs.items, ...args].map((a) => vm.incref(a, Cause.Slot))));
    const merged = hold(vm.newDict());
    const map = new Map<string, PyObject>();
    for (const e of [...pkw.items(), ...(callDict ? callDict.items() : [])]) {
      setName(vm, merged, (e.key as PyStr).value, e.value);
      map.set((e.key as PyStr).value, e.value);
    }
    const spread = [...positional.items, ...map.values()];
    for (const o of spread) vm.incref(o, Cause.Argument);
    try {
      return yield { callable: func, args: positional.items, kwargs: map };
    } finally {
      for (const o of spread) vm.decref(o, Cause.Argument);
    }
  } finally {
    for (const o of held.reverse()) vm.decref(o, Cause.Stack);
  }
}
