// MutableMapping.update as Objects/odictobject.c writes it in C for OrderedDict (mutablemapping_update):
// an exact dict's items, else keys() and [key], else items(), else (key, value) pairs; each stored through
// PyObject_SetItem, so that a subclass's __setitem__ runs.

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { method, arity } from '../../builtins/define';
import { PyDict } from '../../objects/dict';
import type { VM } from '../../vm/vm';
import type { CallRequest } from '../../vm/frame';
import { dictSet } from '../../runtime/dicts';
import { getItem, setItem } from '../../runtime/subscripts';
import { getIter, iterNext } from '../../runtime/iteration';
import { lookupAttr } from '../../runtime/attributes';
import { Cause } from '../../trace/events';
import { keywordKey } from '../../vm/keyword-keys';

type Gen<T> = Generator<CallRequest, T, PyObject>;

/**
 * mutablemapping_add_pairs: each item of `pairs` unpacked into a key and a value, stored through
 * PyObject_SetItem (so a subclass's __setitem__ runs).
 */
function* addPairs(vm: VM, self: PyObject, pairs: PyObject): Gen<void> {
  const it = yield* getIter(vm, pairs);
  try {
    for (let pair = yield* iterNext(vm, it); pair; pair = yield* iterNext(vm, it)) {
      const parts: PyObject[] = [];
      try {
        const pairIt = yield* getIter(vm, pair);
        try {
          for (let i = 0; i < 3; i++) {
            const part = yield* iterNext(vm, pairIt);
            if (!part) break;
            parts.push(part);
          }
        } finally {
          vm.decref(pairIt, Cause.Stack);
        }
        if (parts.length === 0) throw vm.error('ValueError', 'need more than 0 values to unpack');
        if (parts.length === 1) throw vm.error('ValueError', 'need more than 1 value to unpack');
        if (parts.length === 3) throw vm.error('ValueError', 'too many values to unpack (expected 2)');
        yield* setItem(vm, self, parts[0], parts[1]);
      } finally {
        vm.decref(pair, Cause.Stack);
        for (const p of parts) vm.decref(p, Cause.Stack);
      }
    }
  } finally {
    vm.decref(it, Cause.Stack);
  }
}

/** PyDict_Items: a new list of (key, value) tuples. */
function dictItemsList(vm: VM, d: PyDict): PyObject {
  return vm.newList(d.entryList().map((e) => vm.newTuple([vm.incref(e.key, Cause.Slot), vm.incref(e.value, Cause.Slot)])));
}

/** mutablemapping_update_arg: an exact dict's items; else keys() and [key], or items(), or pairs. */
export function* updateFrom(vm: VM, self: PyObject, arg: PyObject): Gen<void> {
  if (arg instanceof PyDict && arg.type === vm.t.dict) {
    const items = dictItemsList(vm, arg);
    try {
      return yield* addPairs(vm, self, items);
    } finally {
      vm.decref(items, Cause.Stack);
    }
  }
  const keysMethod = yield* lookupAttr(vm, arg, 'keys');
  if (keysMethod) {
    let keys: PyObject;
    try {
      keys = yield { callable: keysMethod, args: [], kwargs: null };
    } finally {
      vm.decref(keysMethod, Cause.Stack);
    }
    let it: PyObject;
    try {
      it = yield* getIter(vm, keys);
    } finally {
      vm.decref(keys, Cause.Stack);
    }
    try {
      for (let key = yield* iterNext(vm, it); key; key = yield* iterNext(vm, it)) {
        try {
          const value = yield* getItem(vm, arg, key);
          try {
            yield* setItem(vm, self, key, value);
          } finally {
            vm.decref(value, Cause.Stack);
          }
        } finally {
          vm.decref(key, Cause.Stack);
        }
      }
    } finally {
      vm.decref(it, Cause.Stack);
    }
    return;
  }
  const itemsMethod = yield* lookupAttr(vm, arg, 'items');
  if (itemsMethod) {
    let items: PyObject;
    try {
      items = yield { callable: itemsMethod, args: [], kwargs: null };
    } finally {
      vm.decref(itemsMethod, Cause.Stack);
    }
    try {
      return yield* addPairs(vm, self, items);
    } finally {
      vm.decref(items, Cause.Stack);
    }
  }
  yield* addPairs(vm, self, arg);
}

/** mutablemapping_update: update([other], **kwargs). */
export function* update(vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): Gen<void> {
  if (args.length > 1) throw vm.error('TypeError', `update() takes at most 1 positional argument (${args.length} given)`);
  if (args.length) yield* updateFrom(vm, self, args[0]);
  if (kwargs && kwargs.size) {
    const d = vm.newDict();
    for (const [k, v] of kwargs) {
      const key = keywordKey(vm, kwargs, k);
      dictSet(vm, d, key, v);
      vm.decref(key, Cause.Stack);
    }
    const items = dictItemsList(vm, d);
    vm.decref(d, Cause.Stack);
    try {
      yield* addPairs(vm, self, items);
    } finally {
      vm.decref(items, Cause.Stack);
    }
  }
}

/**
 * `|`, the reflected `|` and `|=` of a dict written as a C type (defdict_or, odict_or and dict's
 * nb_inplace_or): a new mapping made by `copy` from the left operand (`self` is whichever operand has
 * the type), updated with the right one by `merge`; `|=` merges into the mapping itself.
 */
export function defineMappingOr(
  vm: VM,
  type: PyType,
  hasType: (o: PyObject) => boolean,
  copy: (self: PyObject, left: PyObject) => Gen<PyObject>,
  merge: (vm: VM, target: PyObject, other: PyObject) => Gen<unknown>,
): void {
  const or = function* (left: PyObject, right: PyObject): Gen<PyObject> {
    const self = hasType(left) ? left : right;
    const other = self === left ? right : left;
    if (!(other instanceof PyDict)) return vm.incref(vm.notImplemented, Cause.Return);
    const made = yield* copy(self, left);
    try {
      yield* merge(vm, made, right);
    } catch (e) {
      vm.decref(made, Cause.Return);
      throw e;
    }
    return made;
  };
  method(vm, type, '__or__', (args, _k, self) => {
    arity(vm, '__or__', args, 1);
    return or(self as PyObject, args[0]);
  });
  method(vm, type, '__ror__', (args, _k, self) => {
    arity(vm, '__ror__', args, 1);
    return or(args[0], self as PyObject);
  });
  method(vm, type, '__ior__', function* (args, _k, self): Gen<PyObject> {
    arity(vm, '__ior__', args, 1);
    yield* merge(vm, self as PyObject, args[0]);
    return vm.incref(self as PyObject, Cause.Return);
  });
}
