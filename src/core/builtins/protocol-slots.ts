// The slot wrappers of the object protocols (tp_iter, tp_hash, tp_richcompare) as Python sees them:
// `list.__iter__`, `int.__hash__`, `tuple.__lt__`, `object.__eq__`. Each runs the type's own slot,
// never a subclass's override (`super().__eq__(other)` reaches it from one); the interpreter's own
// iteration, hashing and comparison do not go through them.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyList, PySet, PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import type { CallRequest, Native } from '../vm/frame';
import { newBuiltinIterator } from '../runtime/iteration';
import { compareSequences, dictsEqual, truthy } from '../runtime/operators';
import { builtinHash, identityHash } from './functions';
import { method } from './define';
import { setName } from '../runtime/dicts';
import { Cause } from '../trace/events';

const ORDER = ['__lt__', '__le__', '__gt__', '__ge__'] as const;
const OP: Record<string, string> = { __eq__: 'Eq', __ne__: 'NotEq', __lt__: 'Lt', __le__: 'LtE', __gt__: 'Gt', __ge__: 'GtE' };

export function installProtocolSlots(vm: VM): void {
  const t = vm.t;
  const notImplemented = () => vm.incref(vm.notImplemented, Cause.Return);

  // ---- tp_iter of the built-in iterables
  for (const type of [t.str, t.bytes, t.bytearray, t.list, t.tuple, t.dict, t.set, t.frozenset, t.range]) {
    method(vm, type, '__iter__', (_a, _k, self) => newBuiltinIterator(vm, self as PyObject) as PyObject);
  }

  // ---- tp_hash: the value's hash; object's from the address. The mutable containers set
  // PyObject_HashNotImplemented, which type_ready shows as `__hash__ = None`.
  for (const type of [t.int, t.float, t.complex, t.str, t.bytes, t.tuple, t.frozenset]) {
    method(vm, type, '__hash__', (_a, _k, self) => vm.newInt(builtinHash(vm, self as PyObject)));
  }
  method(vm, t.object, '__hash__', (_a, _k, self) => vm.newInt(identityHash(self as PyObject)));
  for (const type of [t.list, t.dict, t.set, t.bytearray]) setName(vm, type.dict, '__hash__', vm.none, true);

  // ---- tp_richcompare of the containers: NotImplemented for another kind of operand.
  const compare = (type: PyType, names: readonly string[], run: (a: PyObject, b: PyObject, op: string) => Generator<CallRequest, boolean, PyObject>) => {
    const isSet = type === t.set || type === t.frozenset;
    for (const name of names) {
      method(vm, type, name, function* (args, _k, self): Native {
        const other = args[0];
        if (!(isSet ? other instanceof PySet : other.type.isSubtypeOf(type))) return notImplemented();
        return vm.newBool(yield* run(self as PyObject, other, OP[name]));
      });
    }
  };
  const all = ['__eq__', '__ne__', ...ORDER];
  // list_richcompare, tuplerichcompare: item by item, then by length.
  compare(t.list, all, (a, b, op) => compareSequences(vm, (a as PyList).items, (b as PyList).items, op));
  compare(t.tuple, all, (a, b, op) => compareSequences(vm, (a as PyTuple).items, (b as PyTuple).items, op));
  // dict_richcompare: equality only.
  compare(t.dict, ['__eq__', '__ne__'], function* (a, b, op) {
    return (yield* dictsEqual(vm, a as PyDict, b as PyDict)) === (op === 'Eq');
  });
  // set_richcompare: any set or frozenset, by inclusion.
  for (const type of [t.set, t.frozenset]) {
    compare(type, all, function* (a, b, op) {
      const x = (a as PySet).members;
      const y = (b as PySet).members;
      const sub = x.size <= y.size && [...x.keys()].every((k) => y.has(k));
      const sup = y.size <= x.size && [...y.keys()].every((k) => x.has(k));
      return op === 'Eq' ? sub && sup : op === 'NotEq' ? !(sub && sup) : op === 'LtE' ? sub : op === 'Lt' ? sub && !sup : op === 'GtE' ? sup : sup && !sub;
    });
  }

  // ---- object_richcompare: == is identity, != the inverse of the type's own __eq__, ordering not implemented.
  method(vm, t.object, '__eq__', (args, _k, self) => (self === args[0] ? vm.newBool(true) : notImplemented()));
  method(vm, t.object, '__ne__', function* (args, _k, self): Native {
    const o = self as PyObject;
    const eq = o.type.lookup('__eq__') as PyObject;
    const r = (yield { callable: eq, args: [o, args[0]], kwargs: null }) as PyObject;
    if (r === vm.notImplemented) return r;
    const equal = yield* truthy(vm, r);
    vm.decref(r, Cause.Return);
    return vm.newBool(!equal);
  });
  for (const name of ORDER) method(vm, t.object, name, () => notImplemented());
}
