// The C types of CPython's _collections (and OrderedDict, a C type of Objects/odictobject.c it exports),
// made once per run with their methods.

import type { PyType } from '../../objects/type';
import type { VM } from '../../vm/vm';
import { nativeType } from './native-type';
import { installDeque } from './deque';
import { installDefaultDict } from './defaultdict';
import { installOrderedDict } from './ordered-dict';
import { installTupleGetter } from './tuplegetter';

export interface CollectionsTypes {
  deque: PyType;
  dequeIter: PyType;
  dequeReverseIter: PyType;
  defaultdict: PyType;
  orderedDict: PyType;
  odictIter: PyType;
  odictKeys: PyType;
  odictValues: PyType;
  odictItems: PyType;
  tuplegetter: PyType;
  memberDescriptor: PyType;
}

const typesByVm = new WeakMap<VM, CollectionsTypes>();

export function collectionsTypes(vm: VM): CollectionsTypes {
  let types = typesByVm.get(vm);
  if (types) return types;
  const t = vm.t;
  // The helper types' tp_name: `_collections._deque_iterator` (3.11's static types), `collections.…` (3.12+).
  const helpers = vm.options.version.collections.helperTypesModule;
  types = {
    deque: nativeType(vm, 'collections.deque', t.object, 'object'),
    dequeIter: nativeType(vm, `${helpers}._deque_iterator`, t.object, 'iterator'),
    dequeReverseIter: nativeType(vm, `${helpers}._deque_reverse_iterator`, t.object, 'iterator'),
    defaultdict: nativeType(vm, 'collections.defaultdict', t.dict, 'dict'),
    orderedDict: nativeType(vm, 'collections.OrderedDict', t.dict, 'dict'),
    odictIter: nativeType(vm, 'odict_iterator', t.object, 'iterator'),
    odictKeys: nativeType(vm, 'odict_keys', t.dict_keys, 'iterator'),
    odictValues: nativeType(vm, 'odict_values', t.dict_values, 'iterator'),
    odictItems: nativeType(vm, 'odict_items', t.dict_items, 'iterator'),
    tuplegetter: nativeType(vm, `${helpers}._tuplegetter`, t.object, 'object'),
    memberDescriptor: t.member_descriptor,
  };
  typesByVm.set(vm, types);
  installDeque(vm, types);
  installDefaultDict(vm, types);
  installOrderedDict(vm, types);
  installTupleGetter(vm, types.tuplegetter, types.memberDescriptor);
  return types;
}
