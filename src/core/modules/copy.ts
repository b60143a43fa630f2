// The native half of the copy module: what Lib/copy.py takes from elsewhere (weakref.ref for its
// tables of atomic types, whether a type is a heap type for object.__reduce_ex__'s refusal of
// built-in objects) and whether this version has copy.replace (3.13). The rest is Python code
// (modules/python/copy-source.ts), as in CPython.

import { PyType } from '../objects/type';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';
import { fn, arity, addNotModelled } from '../builtins/define';
import { baseNew } from '../vm/calls';
import type { Native } from '../vm/frame';
import { Cause } from '../trace/events';

export function createCopy(vm: VM, module: PyModule): void {
  const d = module.dict;
  setName(vm, d, 'ref', vm.incref(vm.t.weakref, Cause.Slot));
  setName(vm, d, '_copy_replace', vm.newBool(vm.options.version.copyReplace));
  fn(vm, d, '_is_heap_type', (args) => {
    arity(vm, '_is_heap_type', args, 1);
    return vm.newBool(args[0] instanceof PyType && args[0].heap);
  });
  addNotModelled(vm, d, (what) => `copy: ${what}`);
  // cls.__new__(cls, *args) for a class whose __new__ is its built-in base's (the simulated
  // object has no __new__ attribute): an instance made without calling __init__.
  fn(vm, d, '_base_new', function* (args): Native {
    const type = args[0];
    if (!(type instanceof PyType) || !type.heap) throw vm.error('TypeError', '_base_new() needs a class');
    return yield* baseNew(vm, type, args.slice(1), null, true);
  });
}
