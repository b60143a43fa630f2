// __slots__ (Objects/typeobject.c type_new_descriptors, Objects/descrobject.c, Python/structmember.c):
// each slot name becomes a member descriptor in the class dict, a data descriptor that reads and
// writes the instance's slot. The descriptor holds a reference to its class (d_type), so each slot
// adds one to the class's refcount. An instance of a class statement's class keeps the values in its own
// slot storage (PyInstance.slotValues, at the member's offset), apart from a __dict__ it may also have; an
// instance of a subclass of a built-in type keeps them with its other attributes (instanceDict).

import type { PyObject } from '../objects/object';
import type { PyType, SlotPlace } from '../objects/type';
import { PyNativeDescriptor } from '../objects/native-descriptor';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { setName, delName } from './dicts';
import { instanceDict } from './attributes';
import { PyInstance } from '../objects/instances';

/** A slot's member descriptor (PyMemberDescr of a T_OBJECT_EX member). */
export class PySlotMember extends PyNativeDescriptor {
  readonly isData = true;
  /** `offset`: its place in an instance's slot storage (PyMemberDef.offset). */
  constructor(type: PyType, readonly name: string, public owner: PyType | null, readonly offset: number) {
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
    const value = obj instanceof PyInstance ? obj.slotValues?.[this.offset] : instanceDict(obj)?.getStr(this.name);
    if (!value) throw vm.error('AttributeError', `'${obj.type.name}' object has no attribute '${this.name}'`);
    return vm.incref(value, Cause.Stack);
  }
  override descrSet(vm: VM, obj: PyObject, value: PyObject | null): void {
    const owner = this.owner;
    if (!owner) return;
    this.check(vm, obj, owner);
    if (obj instanceof PyInstance) {
      this.setInstanceSlot(vm, obj, value);
      return;
    }
    let dict = instanceDict(obj);
    if (value === null) {
      // PyMember_SetOne: deleting an empty T_OBJECT_EX slot raises AttributeError(name).
      if (!dict || !delName(vm, dict, this.name)) throw vm.error('AttributeError', this.name);
      return;
    }
    if (!dict) obj.subclassDict = dict = vm.newDict();
    setName(vm, dict, this.name, value, false, Cause.Attribute, `.${this.name}`);
  }
  /** PyMember_SetOne for T_OBJECT_EX: the new value in, then the old one released; deleting an empty slot fails. */
  private setInstanceSlot(vm: VM, obj: PyInstance, value: PyObject | null): void {
    const values = obj.slotValues ?? (obj.slotValues = new Array<PyObject | null>(obj.type.slotLayout.length).fill(null));
    const old = values[this.offset];
    if (value === null && !old) throw vm.error('AttributeError', this.name);
    values[this.offset] = value === null ? null : vm.incref(value, Cause.Attribute, `.${this.name}`);
    if (old) vm.decref(old, Cause.Attribute, `.${this.name}`);
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
 * The value of an instance's attribute `name` as native code reads its fields (borrowed): a __slots__
 * member's slot, else the instance dict's entry.
 */
export function instanceField(obj: PyObject, name: string): PyObject | undefined {
  const found = obj.type.lookup(name);
  if (found instanceof PySlotMember && obj instanceof PyInstance) return obj.slotValues?.[found.offset] ?? undefined;
  return instanceDict(obj)?.getStr(name) ?? undefined;
}

/**
 * type_new_descriptors + type_add_members: a member descriptor per slot name but __dict__ and
 * __weakref__, in sorted order (type_new_slots sorts the mangled names), after the namespace's entries.
 * Their offsets follow the base's members (the best base's: only one base may bring slots, else the
 * layouts conflict); the class's slotLayout lists its own, then the base's.
 */
export function addSlotMembers(vm: VM, cls: PyType, slotNames: string[] | null): void {
  const inherited = cls.bases.reduce<readonly SlotPlace[]>((best, b) => (b.slotLayout.length > best.length ? b.slotLayout : best), []);
  const names = (slotNames ?? []).filter((n) => n !== '__dict__' && n !== '__weakref__').sort();
  const own: SlotPlace[] = [];
  for (const name of names) {
    if (cls.dict.getStr(name)) throw vm.error('ValueError', `'${name}' in __slots__ conflicts with class variable`);
    const offset = inherited.length + own.length;
    const descriptor = vm.track(new PySlotMember(vm.t.member_descriptor, name, vm.incref(cls, Cause.Type, `${name} member`) as PyType, offset));
    setName(vm, cls.dict, name, descriptor, true);
    own.push({ name, offset });
  }
  if (own.length || inherited.length) cls.slotLayout = [...own, ...inherited];
}
