// Py_TPFLAGS_IS_ABSTRACT: assigning a true __abstractmethods__ to a class (abc.ABCMeta does, with the
// names of the abstract methods it has left) makes object.__new__ refuse to instantiate it.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyStr } from '../objects/atoms';
import { PySet, PyTuple, PyList } from '../objects/containers';
import type { VM } from '../vm/vm';

/** object_new's check: a TypeError naming the abstract methods, sorted, in the version's words. */
export function checkNotAbstract(vm: VM, type: PyType): void {
  if (!type.heap) return;
  const abstracts = type.dict.getStr('__abstractmethods__');
  const names = abstracts ? memberNames(abstracts) : null;
  if (!names || names.length === 0) return;
  names.sort();
  const plural = names.length > 1 ? 's' : '';
  const message = vm.options.version.abstractClassMessage === 'with'
    ? `Can't instantiate abstract class ${type.name} with abstract method${plural} ${names.join(', ')}`
    : `Can't instantiate abstract class ${type.name} without an implementation for abstract method${plural} ${names.map((n) => `'${n}'`).join(', ')}`;
  throw vm.error('TypeError', message);
}

function memberNames(o: PyObject): string[] | null {
  const items = o instanceof PySet ? [...o.members.values()] : o instanceof PyTuple || o instanceof PyList ? o.items : null;
  return items ? items.map((i) => (i instanceof PyStr ? i.value : '?')) : null;
}
