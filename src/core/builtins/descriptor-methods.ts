// __get__, __set__ and __delete__ of the built-in descriptors (function, property, classmethod,
// staticmethod, the C types' method, slot wrapper and getset descriptors) as methods, for code that calls them or asks whether an object has them (enum's
// _is_descriptor: `hasattr(obj, '__get__')`). Attribute lookup binds these objects itself
// (runtime/attributes.ts bindDescriptor) without going through the methods.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PyDescriptorWrapper } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity } from './define';
import { bindDescriptor, propertyName } from '../runtime/attributes';
import { Cause } from '../trace/events';
import type { PySlotMember } from '../runtime/slot-members';
import { PyNativeDescriptor } from '../objects/native-descriptor';

export function installDescriptorMethods(vm: VM): void {
  const t = vm.t;
  // wrap_descr_get (Objects/typeobject.c): None stands for a missing instance or owner, not both.
  for (const type of [t.function, t.property, t.classmethod, t.staticmethod, t.member_descriptor, t.method_descriptor, t.wrapper_descriptor, t.getset_descriptor]) {
    method(vm, type, '__get__', function* (args, _k, self): Native {
      arity(vm, '__get__', args, 1, 2);
      const obj = args[0] === vm.none ? null : args[0];
      const owner = args[1] && args[1] !== vm.none ? (args[1] as PyType) : null;
      if (!obj && !owner) throw vm.error('TypeError', '__get__(None, None) is invalid');
      return yield* bindDescriptor(vm, self as PyObject, obj, owner ?? (obj as PyObject).type);
    });
  }
  // property_descr_set: fset(obj, value), or fdel(obj) for a deletion.
  const propertyCall = function* (p: PyDescriptorWrapper, obj: PyObject, value: PyObject | null): Native {
    const f = p.slots[value ? 1 : 2];
    if (!f || f === vm.none) throw vm.error('AttributeError', `property '${propertyName(p)}' of '${obj.type.name}' object has no ${value ? 'setter' : 'deleter'}`);
    const r = yield { callable: f, args: value ? [obj, value] : [obj], kwargs: null };
    vm.decref(r, Cause.Return);
    return vm.newNone();
  };
  method(vm, t.property, '__set__', function* (args, _k, self): Native {
    arity(vm, '__set__', args, 2);
    return yield* propertyCall(self as PyDescriptorWrapper, args[0], args[1]);
  });
  method(vm, t.property, '__delete__', function* (args, _k, self): Native {
    arity(vm, '__delete__', args, 1);
    return yield* propertyCall(self as PyDescriptorWrapper, args[0], null);
  });
  // A __slots__ member (member_set): the slot written, or emptied for a deletion.
  method(vm, t.member_descriptor, '__set__', function* (args, _k, self): Native {
    arity(vm, '__set__', args, 2);
    (self as PySlotMember).descrSet(vm, args[0], args[1]);
    return vm.newNone();
  });
  method(vm, t.member_descriptor, '__delete__', function* (args, _k, self): Native {
    arity(vm, '__delete__', args, 1);
    (self as PySlotMember).descrSet(vm, args[0], null);
    return vm.newNone();
  });
  // A C type's getset descriptor (getset_set): its setter, which refuses when it has none.
  for (const [name, count] of [['__set__', 2], ['__delete__', 1]] as const) {
    method(vm, t.getset_descriptor, name, (args, _k, self) => {
      arity(vm, name, args, count);
      if (!(self instanceof PyNativeDescriptor)) throw vm.unsupported(`${name} of this getset descriptor called directly`);
      self.descrSet(vm, args[0], count === 2 ? args[1] : null);
      return vm.newNone();
    });
  }
}
