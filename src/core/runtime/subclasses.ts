// tp_subclasses (Objects/typeobject.c add_subclass / remove_all_subclasses): every base keeps a weak
// reference to each class made from it, in a dict keyed by the class's address. That weakref is the
// class's basic weakref — `weakref.ref(C)` returns it, `weakref.getweakrefcount(C)` counts it — and a
// GC object the collector counts. A built-in base's dict belongs to the interpreter (not modelled as an
// object: only its reference to the weakref is); a class statement's base gets one with its first
// subclass, and loses it when its last subclass leaves. When the class is deallocated it leaves its bases'
// dicts first (type_dealloc_common), so the weakref goes before the class's other weakrefs are cleared.

import type { PyType } from '../objects/type';
import type { PyWeakref } from '../objects/weakref';
import { pythonId } from '../objects/object';
import type { VM } from '../vm/vm';
import { newWeakref } from './weakrefs';
import { dictDel, dictSet } from './dicts';
import { Cause } from '../trace/events';

/** add_all_subclasses: one entry per base, all holding the class's one basic weakref. */
export function addSubclass(vm: VM, cls: PyType): void {
  for (const base of cls.bases) {
    const ref = newWeakref(vm, vm.t.weakref, cls, null, false);
    cls.subclassRef = ref;
    if (!base.heap) continue;
    // init_tp_subclasses: the base's dict is made on its first subclass.
    base.subclassesDict ??= vm.newDict();
    const key = vm.newInt(pythonId(cls));
    dictSet(vm, base.subclassesDict, key, ref, true, '__subclasses__');
    vm.decref(key, Cause.Stack);
  }
}

/** remove_all_subclasses: the class leaves the tp_subclasses of each of `bases` (its own, or its old ones). */
export function removeFromBases(vm: VM, cls: PyType, bases: readonly PyType[]): void {
  const ref = cls.subclassRef as PyWeakref | null;
  if (!ref) return;
  for (const base of bases) {
    if (!base.heap) vm.decref(ref, Cause.Internal, 'tp_subclasses');
    else if (base.subclassesDict && !base.subclassesDict.freed) {
      const key = vm.newInt(pythonId(cls));
      dictDel(vm, base.subclassesDict, key);
      vm.decref(key, Cause.Stack);
      // remove_subclass: a dict left empty goes (clear_tp_subclasses); the next subclass makes a new one.
      if (base.subclassesDict.size === 0) {
        const emptied = base.subclassesDict;
        base.subclassesDict = null;
        vm.decref(emptied, Cause.Internal, '__subclasses__');
      }
    }
  }
}

/** A class is deallocated: it leaves its bases' dicts (remove_all_subclasses), then drops its own (clear_tp_subclasses). */
export function releaseSubclasses(vm: VM, cls: PyType): void {
  removeFromBases(vm, cls, cls.bases);
  cls.subclassRef = null;
  const own = cls.subclassesDict;
  cls.subclassesDict = null;
  if (own) vm.decref(own, Cause.Internal, '__subclasses__');
}
