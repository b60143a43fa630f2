// The special methods of C types that simulated extension modules write in TS (collections.deque,
// defaultdict, OrderedDict): CPython calls a type's slots (tp_repr, tp_richcompare, nb_or, ...); here
// such a type keeps them as method descriptors in its dict (PyType.nativeSlots), and the runtime's
// generic paths call them where they would call a class's Python methods.

import type { PyType } from '../objects/type';
import { PyMethodDescriptor } from '../objects/callables';

/**
 * The special method `name` as `type` resolves it, when it is a native-slots type's own (what the
 * slot would run); null for other types, and when a class overrides it in Python (the class path runs it).
 */
export function nativeSlot(type: PyType, name: string): PyMethodDescriptor | null {
  if (!type.nativeSlots) return null;
  const m = type.lookup(name);
  return m instanceof PyMethodDescriptor && m.owner.nativeSlots ? m : null;
}
