// The instances of ctypes' simple types (Modules/_ctypes: CDataObject over a buffer): c_int(5), c_double(1.5),
// py_object([1, 2]), and c_long.from_address(id(x)), whose buffer is x's own memory (the object header).

import { PyObject } from './object';
import type { PyType } from './type';

/** What a simple type stores (its _type_ code's family) and how wide it is. */
export interface CSimpleKind {
  /** 'int' (signed or not), 'float', 'bool', 'char', 'pointer' (c_void_p) or 'object' (py_object). */
  family: 'int' | 'float' | 'bool' | 'char' | 'pointer' | 'object';
  size: number;
  signed: boolean;
}

/** Memory a from_address() instance reads: `offset` bytes into the header of the object at that address. */
export interface ObjectMemory {
  target: PyObject;
  offset: number;
  address: bigint;
}

export class PyCData extends PyObject {
  /** An integer's, a pointer's (null: NULL) or a char's value as a bigint, a float's as a number. */
  value: bigint | number | null = null;
  /** py_object's object (a counted reference: CPython keeps it alive in the instance's _objects). */
  object: PyObject | null = null;
  /** A py_object made by cast(address, py_object): the object it points to, without a reference of its own. */
  borrowed: PyObject | null = null;
  /** Set for c_long.from_address(...): the value lives in a Python object's header, read on each access. */
  memory: ObjectMemory | null = null;
  constructor(type: PyType, readonly kind: CSimpleKind) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.object) visit(this.object, 'value');
  }
  clearRefs(): PyObject[] {
    const out = this.object ? [this.object] : [];
    this.object = null;
    return out;
  }
}
