// What makes `list[int]` and `int | None` values: subscripting a class (PyObject_GetItem's
// __class_getitem__ branch) and `|` between classes (type.__or__, _Py_union_type_or). The objects
// themselves, types.GenericAlias and types.UnionType, are written in Python (modules/python/types-source.ts,
// the helper module _lens_generic_alias).

import type { VM } from '../vm/vm';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyFunction, type PyDescriptorWrapper } from '../objects/callables';
import { PyInstance } from '../objects/instances';
import type { Native } from '../vm/frame';
import { importModule } from '../modules/registry';
import { NO_POSITION } from '../compile/bytecode';

/**
 * Built-in classes with a __class_getitem__ (they return a types.GenericAlias), and `type` itself, which
 * PyObject_GetItem special-cases; collections' C types are named for when they are modelled natively.
 */
const GENERIC_BUILTINS = new Set([
  'list', 'dict', 'tuple', 'set', 'frozenset', 'type', 'enumerate', 'deque', 'defaultdict', 'OrderedDict', 'Counter',
]);

/** The simulator's helper module behind GenericAlias and UnionType (not types: CPython's are C objects, imported by nothing). */
function helperFunction(vm: VM, name: string): PyObject {
  const f = importModule(vm, '_lens_generic_alias', NO_POSITION).dict.getStr(name);
  if (!f) throw new Error(`internal: _lens_generic_alias.${name} missing`);
  return f;
}

/** cls[key] (a new reference): the class's __class_getitem__, a GenericAlias for generic built-ins. */
export function* subscriptClass(vm: VM, cls: PyType, key: PyObject): Native {
  const hook = cls.lookup('__class_getitem__');
  if (hook instanceof PyFunction) return yield { callable: hook, args: [cls, key], kwargs: null };
  if (hook && hook.type === vm.t.classmethod) {
    return yield { callable: (hook as PyDescriptorWrapper).slots[0] as PyObject, args: [cls, key], kwargs: null };
  }
  if (!cls.heap && GENERIC_BUILTINS.has(cls.name)) return yield { callable: helperFunction(vm, '_generic_alias'), args: [cls, key], kwargs: null };
  throw vm.error('TypeError', `type '${cls.name}' is not subscriptable`);
}

/** type.__or__ between classes and None: a types.UnionType (or the class, for `int | int`); null if not for it. */
export function* classUnion(vm: VM, a: PyObject, b: PyObject): Native<PyObject | null> {
  const unionable = (o: PyObject): boolean => o === vm.none || o instanceof PyType;
  if (!unionable(a) || !unionable(b) || (a === vm.none && b === vm.none)) return null;
  return yield { callable: helperFunction(vm, '_union'), args: [a, b], kwargs: null };
}

/** isinstance(x, int | str): a types.UnionType's members; null when `cls` is no union. */
export function unionMembers(vm: VM, cls: PyObject): PyObject | null {
  const helper = vm.modules.get('_lens_generic_alias');
  if (!helper || !(cls instanceof PyInstance) || cls.type !== helper.dict.getStr('UnionType')) return null;
  return cls.dict?.getStr('__args__') ?? null;
}

/** Whether cls is a types.GenericAlias (`list[int]`), whose __instancecheck__ and __subclasscheck__ refuse it. */
export function isParameterizedGeneric(vm: VM, cls: PyObject): boolean {
  const helper = vm.modules.get('_lens_generic_alias');
  return !!helper && cls instanceof PyInstance && cls.type === helper.dict.getStr('GenericAlias');
}
