// The _collections module (Modules/_collectionsmodule.c): deque, defaultdict, OrderedDict (a C type of
// Objects/odictobject.c that it exports), _count_elements (Counter's counting loop, in C) and
// _tuplegetter; collections itself is Python code over it (modules/python/collections-source.ts). The
// `_lens_` helpers stand in for what collections/__init__.py takes from modules not modelled.

import type { PyObject } from '../../objects/object';
import type { PyModule } from '../../objects/instances';
import { PyType } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { fn, arity, addNotModelled } from '../../builtins/define';
import { setName, hashKey, dictSet } from '../../runtime/dicts';
import { getIter, iterNext } from '../../runtime/iteration';
import { binaryOp } from '../../runtime/operators';
import { getAttr } from '../../runtime/attributes';
import { setItem } from '../../runtime/subscripts';
import { baseNew } from '../../vm/calls';
import { BinaryOps } from '../../compile/bytecode';
import { collectionsTypes } from './types';
import { Cause } from '../../trace/events';

const ADD = BinaryOps.indexOf('Add');

export function createCollectionsNative(vm: VM, module: PyModule): void {
  const types = collectionsTypes(vm);
  const d = module.dict;
  setName(vm, d, 'deque', types.deque);
  setName(vm, d, 'defaultdict', types.defaultdict);
  setName(vm, d, 'OrderedDict', types.orderedDict);
  setName(vm, d, '_tuplegetter', types.tuplegetter);
  if (vm.options.version.collections.helperTypesModule === 'collections') {
    // 3.12+ exports the deque iterator types (collections imports _deque_iterator from here).
    setName(vm, d, '_deque_iterator', types.dequeIter);
    setName(vm, d, '_deque_reverse_iterator', types.dequeReverseIter);
  }
  // 3.13's copy.replace protocol: namedtuple classes get __replace__, and _replace raises TypeError.
  setName(vm, d, '_lens_copy_replace', vm.newBool(vm.options.version.copyReplace), true);
  addNotModelled(vm, d);
  fn(vm, d, '_count_elements', function* (args): Native {
    arity(vm, '_count_elements', args, 2);
    yield* countElements(vm, args[0], args[1]);
    return vm.newNone();
  });
  // tuple.__new__(cls, iterable), which namedtuple's __new__ calls (the simulated tuple has no __new__ attribute).
  fn(vm, d, '_lens_tuple_new', function* (args): Native {
    arity(vm, '_lens_tuple_new', args, 2);
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtypeOf(vm.t.tuple)) throw vm.error('TypeError', 'tuple.__new__(X): X is not a subtype of tuple');
    if (cls === vm.t.tuple) return yield { callable: cls, args: [args[1]], kwargs: null };
    return yield* baseNew(vm, cls, [args[1]], null, false);
  });
}

/** _collections__count_elements_impl: mapping[elem] = mapping.get(elem, 0) + 1 for each element, in C. */
function* countElements(vm: VM, mapping: PyObject, iterable: PyObject): Native<void> {
  const it = yield* getIter(vm, iterable);
  try {
    const dictGet = vm.t.dict.lookup('get');
    const dictSetitem = vm.t.dict.lookup('__setitem__');
    const fast = mapping instanceof PyDict && mapping.type.lookup('get') === dictGet && mapping.type.lookup('__setitem__') === dictSetitem && dictGet !== null;
    if (fast) {
      // The fast path: the dict's own lookup and store, 1 for a new key.
      const one = vm.newInt(1);
      try {
        for (let key = yield* iterNext(vm, it); key; key = yield* iterNext(vm, it)) {
          try {
            const old = (mapping as PyDict).get(hashKey(vm, key));
            if (!old) dictSet(vm, mapping as PyDict, key, one);
            else {
              const value = yield* binaryOp(vm, old.value, one, ADD);
              dictSet(vm, mapping as PyDict, key, value, true);
            }
          } finally {
            vm.decref(key, Cause.Stack);
          }
        }
      } finally {
        vm.decref(one, Cause.Stack);
      }
      return;
    }
    const get = yield* getAttr(vm, mapping, 'get');
    const zero = vm.newInt(0);
    const one = vm.newInt(1);
    try {
      for (let key = yield* iterNext(vm, it); key; key = yield* iterNext(vm, it)) {
        try {
          const old = yield { callable: get, args: [key, zero], kwargs: null };
          let value: PyObject;
          try {
            value = yield* binaryOp(vm, old, one, ADD);
          } finally {
            vm.decref(old, Cause.Return);
          }
          try {
            yield* setItem(vm, mapping, key, value);
          } finally {
            vm.decref(value, Cause.Stack);
          }
        } finally {
          vm.decref(key, Cause.Stack);
        }
      }
    } finally {
      vm.decref(get, Cause.Stack);
      vm.decref(zero, Cause.Stack);
      vm.decref(one, Cause.Stack);
    }
  } finally {
    vm.decref(it, Cause.Stack);
  }
}
