// `from module import *` (IMPORT_STAR): CPython's import_all_from (Python/ceval.c). The names are
// the module's __all__ when it has one, else the keys of its __dict__ that do not start with an
// underscore; each value is read with getattr, so a module's __getattr__ answers for a name listed
// in __all__ that its dict lacks.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyList, PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from './vm';
import type { Native } from './frame';
import { UnsupportedError } from './errors';
import { getAttr, lookupAttr } from '../runtime/attributes';
import { setName } from '../runtime/dicts';
import { strOf } from '../runtime/repr';
import { Cause } from '../trace/events';

/** Binds the names `from` exports in `ns`; releases `from` (the stack's reference) when done. */
export function* importAllFrom(vm: VM, from: PyObject, ns: PyDict): Native<PyObject | null> {
  try {
    let names = yield* lookupAttr(vm, from, '__all__');
    const skipUnderscores = names === null;
    if (names === null) {
      const dict = yield* lookupAttr(vm, from, '__dict__');
      if (dict === null) throw vm.error('ImportError', 'from-import-* object has no __dict__ and no __all__');
      try {
        if (!(dict instanceof PyDict)) throw new UnsupportedError('from-import-* of an object whose __dict__ is not a dict');
        // PyMapping_Keys: a new list of the keys.
        names = vm.newList(dict.entryList().map((e) => vm.incref(e.key, Cause.Slot)));
      } finally {
        vm.decref(dict, Cause.Internal, '__dict__');
      }
    }
    try {
      if (!(names instanceof PyList || names instanceof PyTuple)) {
        throw new UnsupportedError(`from-import-* with an __all__ that is a ${names.type.name}, not a list or tuple`);
      }
      // PySequence_GetItem by position: a list that changes meanwhile is read as it is then.
      for (let pos = 0; pos < names.items.length; pos++) {
        const name = vm.incref(names.items[pos], Cause.Internal, '__all__ item');
        try {
          if (!(name instanceof PyStr)) {
            const module = yield* lookupAttr(vm, from, '__name__');
            const moduleName = module ? yield* strOf(vm, module) : '?';
            if (module) vm.decref(module, Cause.Internal, '__name__');
            throw vm.error('TypeError', skipUnderscores
              ? `Key in ${moduleName}.__dict__ must be str, not ${name.type.name}`
              : `Item in ${moduleName}.__all__ must be str, not ${name.type.name}`);
          }
          if (skipUnderscores && name.value.startsWith('_')) continue;
          // PyDict_SetItem takes its own reference; getattr's is released after.
          const value = yield* getAttr(vm, from, name.value);
          setName(vm, ns, name.value, value);
          vm.decref(value, Cause.Return);
        } finally {
          vm.decref(name, Cause.Internal, '__all__ item');
        }
      }
    } finally {
      vm.decref(names, Cause.Internal, '__all__');
    }
  } finally {
    vm.decref(from, Cause.Stack);
  }
  return null;
}
