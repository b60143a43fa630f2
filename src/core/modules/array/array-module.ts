// The array module (Modules/arraymodule.c): array.array and its iterator as C types whose special
// methods sit in their dicts (PyType.nativeSlots), the constructor's checks in array_new's order,
// and every size change through PyArray.resize (array_resize's over-allocation, refused while a
// buffer is exported). The methods are in array-methods.ts, the sequence protocol in array-sequence.ts.

import type { PyObject } from '../../objects/object';
import type { PyModule } from '../../objects/instances';
import type { PyType } from '../../objects/type';
import { PyBytes, PyStr } from '../../objects/atoms';
import { PyList, PyTuple } from '../../objects/containers';
import { PyArray, ITEM_SIZES, type ArrayTypecode } from '../../objects/array';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { setName } from '../../runtime/dicts';
import { getIter } from '../../runtime/iteration';
import { nativeType, refuseKeywords } from '../collections/native-type';
import { cValue } from './array-items';
import { extendFromIterator, fromBytes, newArray, type ArrayTypes } from './array-storage';
import { installArrayMethods } from './array-methods';
import { installArraySequence } from './array-sequence';
import { Cause } from '../../trace/events';

const typesByVm = new WeakMap<VM, ArrayTypes>();

/** The module's types, made once per run. */
export function arrayTypes(vm: VM): ArrayTypes {
  let types = typesByVm.get(vm);
  if (types) return types;
  types = {
    array: nativeType(vm, 'array.array', vm.t.object, 'object'),
    iterator: nativeType(vm, 'array.arrayiterator', vm.t.object, 'iterator'),
  };
  typesByVm.set(vm, types);
  installArrayConstructor(vm, types);
  installArrayMethods(vm, types);
  installArraySequence(vm, types);
  return types;
}

export function createArray(vm: VM, module: PyModule): void {
  const types = arrayTypes(vm);
  setName(vm, module.dict, 'array', types.array);
  setName(vm, module.dict, 'ArrayType', types.array);
  setName(vm, module.dict, 'typecodes', vm.newStr(vm.options.version.array.typecodes), true);
}

function isTypecode(c: string): c is ArrayTypecode {
  return Object.prototype.hasOwnProperty.call(ITEM_SIZES, c);
}

/** array_new: array(typecode[, initializer]). */
function* arrayNew(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  refuseKeywords(vm, 'array.array', kwargs);
  if (args.length < 1) throw vm.error('TypeError', `array() takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) throw vm.error('TypeError', `array() takes at most 2 arguments (${args.length} given)`);
  // PyArg_Parse's 'C': one character.
  const code = args[0];
  if (!(code instanceof PyStr) || [...code.value].length !== 1) {
    throw vm.error('TypeError', `array() argument 1 must be a unicode character, not ${code.type.name}`);
  }
  const c = code.value;
  if (c === 'u' || c === 'w') throw vm.unsupported(`array.array with typecode '${c}'`);
  let initial: PyObject | null = args[1] ?? null;
  if (initial instanceof PyStr) throw vm.error('TypeError', `cannot use a str to initialize an array with typecode '${c}'`);
  let it: PyObject | null = null;
  const direct = initial === null || initial instanceof PyList || initial instanceof PyTuple || initial instanceof PyBytes ||
    (initial instanceof PyArray && initial.typecode === c);
  if (!direct) {
    // Anything else is iterated (after the typecode is known good only: array('z', 5) says "not iterable").
    it = yield* getIter(vm, initial as PyObject);
    initial = null;
  }
  try {
    if (!isTypecode(c)) throw vm.error('ValueError', `bad typecode (must be ${vm.options.version.array.badTypecodeList})`);
    const len = initial instanceof PyList || initial instanceof PyTuple ? initial.items.length : initial instanceof PyArray ? initial.length : 0;
    const a = newArray(vm, type, c, len);
    try {
      if (initial instanceof PyList || initial instanceof PyTuple) {
        const items = initial.items;
        for (let i = 0; i < len; i++) {
          // PySequence_GetItem then setarrayitem: a reference held while the item is converted.
          const v = vm.incref(items[i], Cause.Stack);
          try {
            a.set(i, yield* cValue(vm, c, v));
          } finally {
            vm.decref(v, Cause.Stack);
          }
        }
      } else if (initial instanceof PyBytes) {
        fromBytes(vm, a, initial.value);
      } else if (initial instanceof PyArray) {
        a.data.set(initial.data.subarray(0, len * a.itemsize));
      }
      if (it) yield* extendFromIterator(vm, a, it);
    } catch (e) {
      vm.decref(a, Cause.New);
      throw e;
    }
    return a;
  } finally {
    if (it) vm.decref(it, Cause.Stack);
  }
}

function installArrayConstructor(vm: VM, types: ArrayTypes): void {
  constructors.set(types.array, function* (vm, args, kwargs, type): Native {
    // array.array has no vectorcall: type_call goes through _PyObject_MakeTpCall, which packs the
    // arguments into a tuple for tp_new (a GC allocation the collector counts, unless a free list has one).
    const packed = vm.newTuple(args.map((a) => vm.incref(a, Cause.Slot)));
    try {
      return yield* arrayNew(vm, type, args, kwargs);
    } finally {
      vm.decref(packed, Cause.Argument);
    }
  });
}
