// The sequence protocol C code uses on any object (Objects/abstract.c): PySequence_Size (sq_length) and
// item access through sq_item, which mappings (dict, mappingproxy) do not have. A class that defines
// __getitem__ or __len__ gets those slots (slot_sq_item passes a new int to its __getitem__).

import type { PyObject } from '../objects/object';
import { PyInt, PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyDeque } from '../objects/deque';
import { PyArray } from '../objects/array';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { builtinLen, lengthOf } from '../builtins/functions';
import { behavesAsBuiltin } from './subclass';
import { getItem } from './subscripts';
import { Cause } from '../trace/events';

/** Whether a class of `o`'s own (not a built-in base) defines `name`. */
function definedByClass(o: PyObject, name: string): boolean {
  return o.type.mro.some((cls) => cls.heap && cls.dict.getStr(name) !== null);
}

/** A mapping's subscript without a sequence's (dict, its subclasses, mappingproxy). */
function mappingOnly(vm: VM, o: PyObject, slot: '__len__' | '__getitem__'): boolean {
  return !definedByClass(o, slot) && (o instanceof PyDict || o.type === vm.t.mappingproxy);
}

/** PySequence_Size: the length, or "dict is not a sequence" / "object of type 'int' has no len()". */
export function* sequenceSize(vm: VM, o: PyObject): Native<number> {
  if (mappingOnly(vm, o, '__len__')) throw vm.error('TypeError', `${o.type.name} is not a sequence`);
  if (!definedByClass(o, '__len__')) {
    const n = builtinLen(o);
    if (n !== null) return n;
  }
  const r = lengthOf(vm, o);
  const len = (typeof (r as Native).next === 'function' ? yield* r as Native : r) as PyInt;
  vm.decref(len, Cause.Stack);
  return Number(len.value);
}

/** o[i] for an index the caller knows to be >= 0: a new reference. */
export type SequenceItem = (i: bigint) => PyObject | Native;

/**
 * The object's sq_item, or CPython's TypeError for an object without one (PySequence_GetItem's
 * messages): "dict is not a sequence", "'set' object does not support indexing".
 */
export function sequenceItemSlot(vm: VM, o: PyObject): SequenceItem {
  if ((o instanceof PyList || o instanceof PyTuple) && behavesAsBuiltin(o, '__getitem__')) {
    // list_item / tupleitem: the slot's object, no index object made.
    const what = o instanceof PyList ? 'list' : 'tuple';
    return (i) => {
      if (i >= BigInt(o.items.length)) throw vm.error('IndexError', `${what} index out of range`);
      return vm.incref(o.items[Number(i)], Cause.Stack);
    };
  }
  const builtinSequence = o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes
    || o instanceof PyRange || o instanceof PyDeque || o instanceof PyArray || o.type === vm.t.memoryview;
  if (!builtinSequence && !definedByClass(o, '__getitem__')) {
    if (mappingOnly(vm, o, '__getitem__')) throw vm.error('TypeError', `${o.type.name} is not a sequence`);
    throw vm.error('TypeError', `'${o.type.name}' object does not support indexing`);
  }
  return function* (i): Native {
    const index = vm.newInt(i);
    try {
      return yield* getItem(vm, o, index);
    } finally {
      vm.decref(index, Cause.Stack);
    }
  };
}
