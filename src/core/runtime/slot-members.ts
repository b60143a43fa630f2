// __slots__ (Objects/typeobject.c type_new_descriptors, Objects/descrobject.c, Python/structmember.c):
// each slot name becomes a member descriptor in the class dict, a data descriptor that reads and
// writes the instance's slot. The descriptor holds a reference to its class (d_type), so each slot
// adds one to the class's refcount. The simulator keeps the slot values with the instance's other
// attributes (runtime/attributes.ts instanceDict); the descriptor reaches them there.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyNativeDescriptor } from '../objects/native-descriptor';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { setName, delName } from './dicts';
import { instanceDict } from './attributes';
import { PyInstance } from '../objects/instances';

/** A slot's member descriptor (PyMemberDescr of a T_OBJECT_EX member). */
export class PySlotMember extends PyNativeDescriptor {
  readonly isData = true;
  constructor(type: PyType, readonly name: string, public owner: PyType | null) {
    super(type);
  }
  private check(vm: VM, obj: PyObject, owner: PyType): void {
    // descr_check
    if (!obj.type.isSubtypeOf(owner)) {
      throw vm.error('TypeError', `descriptor '${this.name}' for '${owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
    }
  }
  descrGet(vm: VM, obj: PyObject | null): PyObject {
    const owner = this.owner;
    if (!obj || !owner) return vm.incref(this, Cause.Stack);
    this.check(vm, obj, owner);
    // PyMember_GetOne: an empty T_OBJECT_EX slot raises AttributeError.
    const value = instanceDict(obj)?.getStr(this.name);
    if (!value) throw vm.error('AttributeError', `'${obj.type.name}' object has no attribute '${this.name}'`);
    return vm.incref(value, Cause.Stack);
  }
  override descrSet(vm: VM, obj: PyObject, value: PyObject | null): void {
    const owner = this.owner;
    if (!owner) return;
    this.check(vm, obj, owner);
    let dict = instanceDict(obj);
    if (value === null) {
      // PyMember_SetOne: deleting an empty T_OBJECT_EX slot raises AttributeError(name).
      if (!dict || !delName(vm, dict, this.name)) throw vm.error('AttributeError', this.name);
      return;
    }
    if (!dict) {
      dict = obj instanceof PyInstance ? vm.newAttributeDict(obj) : vm.newDict();
      if (obj instanceof PyInstance) obj.dict = dict;
      else obj.subclassDict = dict;
    }
    setName(vm, dict, this.name, value, false, Cause.Attribute, `.${this.name}`);
  }
  override nativeRepr(): string {
    return `<member '${this.name}' of '${this.owner?.name ?? '?'}' objects>`;
  }
  // descr_traverse visits d_type; member descriptors have no tp_clear (runtime/gc.ts hasTpClear).
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.owner) visit(this.owner, '__objclass__');
  }
  clearRefs(): PyObject[] {
    const out = this.owner ? [this.owner] : [];
    this.owner = null;
    return out;
  }
}

/**
 * type_new_descriptors + type_add_members: a member descriptor per slot name but __dict__ and
 * __weakref__, in sorted order (type_new_slots sorts the mangled names), after the namespace's entries.
 */
export function addSlotMembers(vm: VM, cls: PyType, slotNames: string[]): void {
  const names = slotNames.filter((n) => n !== '__dict__' && n !== '__weakref__').sort();
  for (const name of names) {
    if (cls.dict.getStr(name)) throw vm.error('ValueError', `'${name}' in __slots__ conflicts with class variable`);
    const descriptor = vm.track(new PySlotMember(vm.t.member_descriptor, name, vm.incref(cls, Cause.Type, `${name} member`) as PyType));
    setName(vm, cls.dict, name, descriptor, true);
  }
}
