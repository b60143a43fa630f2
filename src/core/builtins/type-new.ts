// T.__new__(S, ...): the built-in method CPython puts in the dict of every type with a tp_new
// (typeobject.c: type_ready_set_new → add_tp_new_wrapper, tp_new_wrapper), so that a class's own
// __new__ can make its instance with `super().__new__(cls, ...)`, and `object.__new__(cls)` makes an
// instance without running __init__ (copyreg, the singleton pattern).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyFunction } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { constructors, baseNew } from '../vm/calls';
import { fn } from './define';
import { checkNotAbstract } from '../runtime/abstract-classes';

/** Adds `__new__` to each of `types` that has a constructor and no `__new__` of its own yet. */
export function addNewWrappers(vm: VM, types: Iterable<PyObject>): void {
  for (const type of types) {
    if (!(type instanceof PyType) || type.heap || !constructors.has(type) || type.dict.getStr('__new__')) continue;
    // The exception types share BaseException's tp_new (OSError's subclasses, OSError's): the wrapper is found along the MRO.
    if (isException(vm, type) && newFamily(vm, type) !== type) continue;
    fn(vm, type.dict, '__new__', (args, kwargs) => wrappedNew(vm, type, args, kwargs), type);
  }
}

/** The built-in types' wrappers, once their constructors are registered. */
export function addBuiltinNewWrappers(vm: VM): void {
  addNewWrappers(vm, [vm.t.object, ...Object.values(vm.t), ...vm.exc.values()]);
}

/** tp_new_wrapper: the checks on the class to instantiate, then the type's own tp_new with it. */
function* wrappedNew(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): Native<PyObject> {
  if (args.length === 0) throw vm.error('TypeError', `${type.name}.__new__(): not enough arguments`);
  const sub = args[0];
  if (!(sub instanceof PyType)) throw vm.error('TypeError', `${type.name}.__new__(X): X is not a type object (${sub.type.name})`);
  if (!sub.isSubtypeOf(type)) throw vm.error('TypeError', `${type.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${type.name}`);
  // The nearest built-in type of `sub` must make instances the same way `type` does.
  const staticBase = nearestStaticBase(sub);
  if (newFamily(vm, staticBase) !== newFamily(vm, type)) {
    throw vm.error('TypeError', `${type.name}.__new__(${sub.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
  const rest = args.slice(1);
  if (type === vm.t.object) return objectNew(vm, sub, rest, kwargs);
  return yield* baseNew(vm, sub, rest, kwargs, true);
}

/** object_new: an instance, refusing arguments nobody would take. */
function objectNew(vm: VM, sub: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (args.length || (kwargs && kwargs.size)) {
    if (hasOwnNew(sub)) throw vm.error('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (!sub.mro.some((t) => t.heap && t.dict.getStr('__init__') instanceof PyFunction)) throw vm.error('TypeError', `${sub.name}() takes no arguments`);
  }
  checkNotAbstract(vm, sub);
  return vm.newInstance(sub);
}

/** A class whose tp_new is slot_tp_new: one of its classes defines __new__ in Python. */
function hasOwnNew(type: PyType): boolean {
  return type.mro.some((t) => t.heap && !!t.dict.getStr('__new__'));
}

/** The first built-in type along the tp_base chain (heap types inherit tp_new or replace it by slot_tp_new). */
function nearestStaticBase(type: PyType): PyType {
  let t: PyType = type;
  while (t.heap && t.bases.length) t = t.baseRef ?? t.bases[0];
  return t;
}

/** The type whose tp_new a built-in type uses: its own, or for exceptions OSError's or BaseException's. */
function newFamily(vm: VM, type: PyType): PyType {
  if (!isException(vm, type)) {
    let t: PyType = type;
    while (!constructors.has(t) && t.bases.length) t = t.baseRef ?? t.bases[0];
    return t;
  }
  const osError = vm.exc.get('OSError') as PyType;
  return type.isSubtypeOf(osError) ? osError : (vm.exc.get('BaseException') as PyType);
}

function isException(vm: VM, type: PyType): boolean {
  return type.isSubtypeOf(vm.exc.get('BaseException') as PyType);
}
