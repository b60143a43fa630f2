// dict_merge (Objects/dictobject.c): `{**m}` (DICT_UPDATE), `f(**m)` (DICT_MERGE), dict(m) and
// d.update(m). A dict whose type keeps dict's __iter__ is copied entry by entry; any other object is a
// mapping through its keys() and [] (PyMapping_Keys, PyObject_GetItem): a missing keys() raises the
// AttributeError the callers reword ("not a mapping").

import type { PyObject } from '../objects/object';
import { PyList } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native, CallRequest } from '../vm/frame';
import { PyError } from '../vm/errors';
import { dictSet, dictMergeKeys, hashKey } from './dicts';
import { getAttr } from './attributes';
import { getIter, iterNext } from './iteration';
import { chargeLoop } from '../threads/native-loops';
import { getItem } from './subscripts';
import { behavesAsBuiltin } from './subclass';
import { Cause } from '../trace/events';

/** 1: later keys replace earlier ones (PyDict_Update); 2: a key already present raises KeyError(key) (f(**m)). */
export type MergeOverride = 1 | 2;

/**
 * KeyErrors dict_merge raised itself for a duplicate key (_PyErr_SetKeyError): 3.11's
 * format_kwargs_error turns only those into "got multiple values", an unnormalized (key,) value.
 */
const duplicateKeyErrors = new WeakSet<PyExceptionObj>();

export function isDuplicateKeyError(exc: PyExceptionObj): boolean {
  return duplicateKeyErrors.has(exc);
}

function duplicateKey(vm: VM, key: PyObject): PyError {
  const err = vm.errorWith('KeyError', [vm.incref(key, Cause.Exception, 'args')]);
  duplicateKeyErrors.add(err.exc);
  return err;
}

export function* dictMerge(vm: VM, target: PyDict, source: PyObject, override: MergeOverride): Native<null> {
  if (source instanceof PyDict && behavesAsBuiltin(source, '__iter__')) {
    dictMergeKeys(target, source);
    // dict_merge: each entry inserted (hashes reused, not recomputed; the same figure all the same).
    chargeLoop(vm, 'hashItem', source.size);
    for (const e of source.items()) {
      if (override === 2 && target.get(hashKey(vm, e.key))) throw duplicateKey(vm, e.key);
      dictSet(vm, target, e.key, e.value);
    }
    return null;
  }
  const keys = yield* mappingKeys(vm, source);
  chargeLoop(vm, 'hashItem', keys.length);
  try {
    for (const key of keys) {
      if (override === 2 && target.get(hashKey(vm, key))) throw duplicateKey(vm, key);
      const value = yield* getItem(vm, source, key);
      dictSet(vm, target, key, value);
      vm.decref(value, Cause.Stack);
    }
  } finally {
    for (const key of keys) vm.decref(key, Cause.Slot);
  }
  return null;
}

/** PyMapping_Keys: list(o.keys()) (method_output_as_list), new references. */
function* mappingKeys(vm: VM, o: PyObject): Generator<CallRequest, PyObject[], PyObject> {
  const method = yield* getAttr(vm, o, 'keys');
  let output: PyObject;
  try {
    output = yield { callable: method, args: [], kwargs: null };
  } finally {
    vm.decref(method, Cause.Stack);
  }
  try {
    if (output instanceof PyList && output.type === vm.t.list) return output.items.map((k) => vm.incref(k, Cause.Slot));
    let it: PyObject;
    try {
      it = yield* getIter(vm, output);
    } catch (e) {
      if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('TypeError') as never)) throw e;
      vm.decref(e.exc, Cause.Exception);
      throw vm.error('TypeError', `${o.type.name}.keys() returned a non-iterable (type ${output.type.name})`);
    }
    const keys: PyObject[] = [];
    try {
      for (let key = yield* iterNext(vm, it); key; key = yield* iterNext(vm, it)) keys.push(key);
      return keys;
    } catch (e) {
      for (const key of keys) vm.decref(key, Cause.Slot);
      throw e;
    } finally {
      vm.decref(it, Cause.Stack);
    }
  } finally {
    vm.decref(output, Cause.Stack);
  }
}
