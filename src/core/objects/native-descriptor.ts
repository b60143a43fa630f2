// Descriptors of C types that simulated extension modules write in TS: a member or getset descriptor
// (defaultdict.default_factory, deque.maxlen) and collections._tuplegetter. Attribute access calls them
// as CPython calls tp_descr_get / tp_descr_set (runtime/attributes.ts).

import { PyObject } from './object';
import type { PyType } from './type';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

export abstract class PyNativeDescriptor extends PyObject {
  /** A data descriptor (it has tp_descr_set): it wins over an instance's __dict__, and assignments go to it. */
  abstract readonly isData: boolean;
  /** obj.name, or owner.name when `obj` is null: a new reference. */
  abstract descrGet(vm: VM, obj: PyObject | null, owner: PyType): PyObject;
  /** obj.name = value, or `del obj.name` when `value` is null. */
  descrSet(vm: VM, obj: PyObject, _value: PyObject | null): void {
    throw vm.error('AttributeError', `'${obj.type.name}' object attribute is read-only`);
  }
  /** repr(), or null for the type's own __repr__. */
  nativeRepr(): string | null {
    return null;
  }
}

/** A getset or member descriptor of a C type: TS accessors for one attribute of its instances. */
export class PyNativeGetSet extends PyNativeDescriptor {
  readonly isData = true;
  /** `of`: 'member' (a PyMemberDef, `<member 'x' of 't' objects>`) or 'attribute' (a PyGetSetDef). */
  constructor(
    type: PyType,
    readonly name: string,
    readonly owner: PyType,
    readonly of: 'member' | 'attribute',
    private readonly get: (vm: VM, obj: PyObject) => PyObject,
    private readonly set: ((vm: VM, obj: PyObject, value: PyObject | null) => void) | null,
  ) {
    super(type);
  }
  descrGet(vm: VM, obj: PyObject | null): PyObject {
    if (!obj) return vm.incref(this, Cause.Stack);
    if (!obj.type.isSubtypeOf(this.owner)) {
      throw vm.error('TypeError', `descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
    }
    return this.get(vm, obj);
  }
  override descrSet(vm: VM, obj: PyObject, value: PyObject | null): void {
    if (!this.set) throw vm.error('AttributeError', `attribute '${this.name}' of '${this.owner.name}' objects is not writable`);
    this.set(vm, obj, value);
  }
  override nativeRepr(): string {
    return `<${this.of} '${this.name}' of '${this.owner.name}' objects>`;
  }
  traverse(): void {}
  clearRefs(): PyObject[] {
    return [];
  }
}
