// The memoryview type's constructor and methods (Objects/memoryobject.c): its special methods sit in its
// dict as native slots (PyType.nativeSlots), which the generic paths (subscripts, len, iter, ==, repr,
// with) call as CPython calls the type's slots. The semantics are in runtime/memoryview-ops.ts.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyMemoryView, PyMemoryIter } from '../objects/memoryview';
import type { VM } from '../vm/vm';
import { constructors } from '../vm/calls';
import { method, checkAtMost, missingArgument } from './define';
import { checkKeywords } from './keyword-arguments';
import { hexMethod } from './bytes-methods';
import { noArgsMethod } from '../modules/collections/native-type';
import { builtinRepr } from '../runtime/repr';
import { setName } from '../runtime/dicts';
import { PyNativeGetSet } from '../objects/native-descriptor';
import { Cause } from '../trace/events';
import {
  VIEW_GETTERS, castView, checkReleased, newMemoryView, releaseView, viewItem, viewGetItem, viewSetItem, viewEquals, viewOf,
} from '../runtime/memoryview-ops';

export function installMemoryview(vm: VM): void {
  const t = vm.t.memoryview;
  t.nativeSlots = true;
  const V = (self: PyObject | null) => self as PyMemoryView;

  // memoryview(object): Argument Clinic, one argument named `object`.
  constructors.set(t, (vm, args, kwargs) => {
    checkAtMost(vm, 'memoryview', args.length + (kwargs?.size ?? 0), 1);
    // _PyArg_UnpackKeywords: a missing argument is reported before an unknown keyword.
    const o = args[0] ?? kwargs?.get('object');
    if (!o) missingArgument(vm, 'memoryview', 'object', 1);
    checkKeywords(vm, 'memoryview', kwargs, ['object']);
    return newMemoryView(vm, o);
  });

  noArgsMethod(vm, t, 'release', (self) => {
    releaseView(vm, V(self));
    return vm.newNone();
  });
  noArgsMethod(vm, t, '__enter__', (self) => {
    checkReleased(vm, V(self));
    return vm.incref(self, Cause.Return);
  });
  // memory_exit (METH_VARARGS): whatever the with statement passes, the view is released.
  method(vm, t, '__exit__', (_args, _k, self) => {
    releaseView(vm, V(self as PyObject));
    return vm.newNone();
  });
  noArgsMethod(vm, t, '__len__', (self) => {
    checkReleased(vm, V(self));
    return vm.newInt(V(self).length);
  });
  method(vm, t, '__getitem__', (args, _k, self) => viewGetItem(vm, V(self), args[0]));
  method(vm, t, '__setitem__', (args, _k, self) => {
    viewSetItem(vm, V(self), args[0], args[1]);
    return vm.newNone();
  });
  method(vm, t, '__delitem__', (args, _k, self) => {
    viewSetItem(vm, V(self), args[0], null);
    return vm.newNone();
  });
  noArgsMethod(vm, t, '__iter__', (self) => {
    const mv = V(self);
    // CPython 3.11-3.13 answer iter() of a released view with a SystemError (memory_iter's unchecked error).
    if (mv.released) throw vm.unsupported('iterating a released memoryview');
    return vm.track(new PyMemoryIter(vm.t.memory_iterator, vm.incref(mv, Cause.Iterator, 'it_seq') as PyMemoryView, viewItem));
  });
  for (const [name, equal] of [['__eq__', true], ['__ne__', false]] as const) {
    method(vm, t, name, (args, _k, self) => {
      const r = viewEquals(vm, V(self), args[0]);
      return r === null ? vm.incref(vm.notImplemented, Cause.Return) : vm.newBool(r === equal);
    });
  }
  noArgsMethod(vm, t, '__repr__', (self) => vm.newStr(builtinRepr(vm, V(self)) as string));

  for (const [name, get] of Object.entries(VIEW_GETTERS)) {
    const descriptor = new PyNativeGetSet(vm.t.getset_descriptor, name, t, 'attribute', (vm, o) => {
      checkReleased(vm, V(o));
      return get(vm, V(o));
    }, null);
    descriptor.immortal = true;
    setName(vm, t.dict, name, descriptor, true);
  }

  // memory_iterator: iter() gives itself, next() the next item (StopIteration at the end).
  const it = vm.t.memory_iterator;
  noArgsMethod(vm, it, '__iter__', (self) => vm.incref(self, Cause.Return));
  noArgsMethod(vm, it, '__next__', (self) => {
    const item = (self as PyMemoryIter).nextItem(vm);
    if (!item) throw vm.error('StopIteration');
    return item;
  });

  noArgsMethod(vm, t, 'tolist', (self) => {
    const mv = V(self);
    checkReleased(vm, mv);
    const items: PyObject[] = [];
    for (let i = 0; i < mv.length; i++) items.push(viewItem(vm, mv, i));
    return vm.newList(items);
  });
  noArgsMethod(vm, t, 'toreadonly', (self) => {
    checkReleased(vm, V(self));
    return viewOf(vm, V(self), { readonly: true });
  });
  method(vm, t, 'tobytes', (args, kwargs, self) => {
    checkAtMost(vm, 'tobytes', args.length + (kwargs?.size ?? 0), 1);
    checkKeywords(vm, 'tobytes', kwargs, ['order']);
    const order = args[0] ?? kwargs?.get('order') ?? vm.none;
    if (order !== vm.none && !(order instanceof PyStr)) throw vm.error('TypeError', `tobytes() argument 'order' must be str or None, not ${order.type.name}`);
    const mv = V(self);
    checkReleased(vm, mv);
    if (order instanceof PyStr && !['C', 'F', 'A'].includes(order.value)) throw vm.error('ValueError', "order must be 'C', 'F' or 'A'");
    return vm.newFilledBytes(mv.bytes());
  });
  method(vm, t, 'hex', (args, kwargs, self) => {
    checkReleased(vm, V(self));
    return hexMethod(vm, V(self).bytes(), args, kwargs);
  });
  // cast (Argument Clinic: format, then shape).
  method(vm, t, 'cast', (args, kwargs, self) => {
    checkKeywords(vm, 'cast', kwargs, ['format', 'shape']);
    checkAtMost(vm, 'cast', args.length + (kwargs?.size ?? 0), 2);
    const format = args[0] ?? kwargs?.get('format');
    if (!format) missingArgument(vm, 'cast', 'format', 1);
    if (!(format instanceof PyStr)) throw vm.error('TypeError', `cast() argument 'format' must be str, not ${format.type.name}`);
    return castView(vm, V(self), format.value, args[1] ?? kwargs?.get('shape') ?? null);
  });
}
