// collections._tuplegetter (Modules/_collectionsmodule.c): the descriptor namedtuple puts in its class
// for each field. Reading it on an instance gives that tuple item; setting or deleting it fails.

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/containers';
import { PyInt } from '../../objects/atoms';
import { PyNativeDescriptor, PyNativeGetSet } from '../../objects/native-descriptor';
import { setName } from '../../runtime/dicts';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { arity, method } from '../../builtins/define';
import { reprOf } from '../../runtime/repr';
import { noArgsMethod, shortTypeName } from './native-type';
import { Cause } from '../../trace/events';

export class PyTupleGetter extends PyNativeDescriptor {
  readonly isData = true;
  constructor(type: PyType, readonly index: number, public doc: PyObject | null) {
    super(type);
  }
  /** tuplegetter_descr_get. */
  descrGet(vm: VM, obj: PyObject | null): PyObject {
    if (!obj || obj === vm.none) return vm.incref(this, Cause.Stack);
    if (!(obj instanceof PyTuple)) {
      throw vm.error('TypeError', `descriptor for index '${this.index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
    }
    if (this.index < 0 || this.index >= obj.items.length) throw vm.error('IndexError', 'tuple index out of range');
    return vm.incref(obj.items[this.index], Cause.Stack);
  }
  /** tuplegetter_descr_set. */
  override descrSet(vm: VM, _obj: PyObject, value: PyObject | null): void {
    throw vm.error('AttributeError', value ? "can't set attribute" : "can't delete attribute");
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.doc) visit(this.doc, '__doc__');
  }
  clearRefs(): PyObject[] {
    const doc = this.doc;
    this.doc = null;
    return doc ? [doc] : [];
  }
}

export function installTupleGetter(vm: VM, t: PyType, memberDescriptor: PyType): void {
  // tuplegetter_new(index, doc): both positional.
  constructors.set(t, (vm, args, kwargs, type) => {
    if (kwargs && kwargs.size) throw vm.error('TypeError', '_tuplegetter() takes no keyword arguments');
    arity(vm, '_tuplegetter', args, 2);
    if (!(args[0] instanceof PyInt)) throw vm.error('TypeError', `'${args[0].type.name}' object cannot be interpreted as an integer`);
    return vm.track(new PyTupleGetter(type, Number(args[0].value), vm.incref(args[1], Cause.Slot, '__doc__')), 'fresh');
  });
  noArgsMethod(vm, t, '__repr__', function* (self): Native {
    const g = self as PyTupleGetter;
    return vm.newStr(`${shortTypeName(g.type)}(${g.index}, ${yield* reprOf(vm, g.doc ?? vm.none)})`);
  });
  // The descriptor protocol as methods: getter.__get__(obj, type=None), __set__ and __delete__.
  method(vm, t, '__get__', (args, _k, self) => {
    arity(vm, '__get__', args, 1, 2);
    const obj = args[0] === vm.none && args[1] ? null : args[0];
    return (self as PyTupleGetter).descrGet(vm, obj);
  });
  method(vm, t, '__set__', (args, _k, self) => {
    arity(vm, '__set__', args, 2);
    (self as PyTupleGetter).descrSet(vm, args[0], args[1]);
    return vm.newNone();
  });
  method(vm, t, '__delete__', (args, _k, self) => {
    arity(vm, '__delete__', args, 1);
    (self as PyTupleGetter).descrSet(vm, args[0], null);
    return vm.newNone();
  });
  // The __doc__ member (what help() shows for the field).
  const doc = new PyNativeGetSet(memberDescriptor, '__doc__', t, 'member', (vm, o) => vm.incref((o as PyTupleGetter).doc ?? vm.none, Cause.Stack), (vm, o, value) => {
    const g = o as PyTupleGetter;
    const old = g.doc;
    g.doc = value ? vm.incref(value, Cause.Slot, '__doc__') : null;
    if (old) vm.decref(old, Cause.Slot, '__doc__');
  });
  doc.immortal = true;
  setName(vm, t.dict, '__doc__', doc, true);
  noArgsMethod(vm, t, '__reduce__', (self) => {
    const g = self as PyTupleGetter;
    return vm.newTuple([vm.incref(g.type, Cause.Slot), vm.newTuple([vm.newInt(g.index), vm.incref(g.doc ?? vm.none, Cause.Slot)])]);
  });
}
