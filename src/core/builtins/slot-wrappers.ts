// The special methods of built-in types as Python sees them (CPython's slot wrappers: `int.__add__`,
// `str.__len__`, `list.__getitem__`): `(3).__add__(4)`, `"ab".__len__()`, or `super().__repr__()` from
// a subclass. Each runs the type's own operation on its operands' values, never a subclass's
// override, and gives NotImplemented for an operand the type does not handle (`(3).__add__(1.5)`:
// int leaves the sum to float.__radd__).

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyBytes, PyComplex, PyFloat, PyInt, PyStr } from '../objects/atoms';
import { PyList, PySet, PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { BinaryOps } from '../compile/bytecode';
import { builtinBinaryOp, builtinCompare, builtinTruth, unaryOp } from '../runtime/operators';
import { builtinTypeRepr } from '../runtime/repr';
import { builtinGetItem, contains, listSetItem, listDelItem } from '../runtime/subscripts';
import { iterNext } from '../runtime/iteration';
import { dictSet, dictDel } from '../runtime/dicts';
import { percentFormat } from '../runtime/formatting';
import { unwrap } from '../runtime/numbers';
import { floatToInt } from '../runtime/text/float-ops';
import { numberIndex } from '../runtime/number-index';
import { builtinLen, modularPower } from './functions';
import { method, slotMethod, selfSlot, arity } from './define';
import { Cause } from '../trace/events';
import { installProtocolSlots } from './protocol-slots';

type BinaryOp = (typeof BinaryOps)[number];
/** Which right operands a type's binary slot handles, by operation. */
type Accepts = (other: PyObject) => boolean;

const DUNDER: Record<BinaryOp, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'truediv', FloorDiv: 'floordiv', Mod: 'mod', Pow: 'pow', LShift: 'lshift',
  RShift: 'rshift', BitAnd: 'and', BitOr: 'or', BitXor: 'xor', MatMult: 'matmul',
};
const COMPARE: Record<string, string> = { __eq__: 'Eq', __ne__: 'NotEq', __lt__: 'Lt', __le__: 'LtE', __gt__: 'Gt', __ge__: 'GtE' };

const isInt = (o: PyObject) => o instanceof PyInt;
const isReal = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;
const isNumber = (o: PyObject) => isReal(o) || o instanceof PyComplex;

export function installSlotWrappers(vm: VM): void {
  const t = vm.t;
  /** `__op__(self, other)` and `__rop__(self, other)`: the type's operation on (self, other) or (other, self). */
  const binary = (type: PyType, ops: readonly BinaryOp[], accepts: Accepts, reflected = true) => {
    for (const op of ops) {
      const index = BinaryOps.indexOf(op);
      const run = (a: PyObject, b: PyObject, mod: PyObject | undefined) => {
        if (mod !== undefined && mod !== vm.none) return ternaryPower(vm, type, a, b, mod);
        return builtinBinaryOp(vm, a, b, index) ?? vm.incref(vm.notImplemented, Cause.Return);
      };
      // __pow__ and __rpow__ take a modulus too (wrap_ternaryfunc): `int.__pow__(2, 10, 7)`.
      const most = op === 'Pow' ? 2 : 1;
      method(vm, type, `__${DUNDER[op]}__`, (args, _k, self) => {
        arity(vm, `__${DUNDER[op]}__`, args, 1, most);
        return accepts(args[0]) ? run(self as PyObject, args[0], args[1]) : vm.incref(vm.notImplemented, Cause.Return);
      });
      if (!reflected) continue;
      method(vm, type, `__r${DUNDER[op]}__`, (args, _k, self) => {
        arity(vm, `__r${DUNDER[op]}__`, args, 1, most);
        return accepts(args[0]) ? run(args[0], self as PyObject, args[1]) : vm.incref(vm.notImplemented, Cause.Return);
      });
    }
  };
  /** Rich comparisons with operands of the kinds `accepts` lets through (NotImplemented otherwise). */
  const comparisons = (type: PyType, accepts: Accepts, names = Object.keys(COMPARE)) => {
    for (const name of names) {
      method(vm, type, name, (args, _k, self) => {
        arity(vm, name, args, 1);
        const result = accepts(args[0]) ? builtinCompare(vm, self as PyObject, args[0], COMPARE[name]) : null;
        return result === null ? vm.incref(vm.notImplemented, Cause.Return) : vm.newBool(result);
      });
    }
  };
  const unary = (type: PyType, name: string, impl: (self: PyObject) => PyObject) =>
    method(vm, type, name, (args, _k, self) => {
      arity(vm, name, args, 0);
      return impl(self as PyObject);
    });

  // ---- numbers
  const intOps: BinaryOp[] = ['Add', 'Sub', 'Mult', 'Div', 'FloorDiv', 'Mod', 'Pow', 'LShift', 'RShift', 'BitAnd', 'BitOr', 'BitXor'];
  binary(t.int, intOps, isInt);
  // bool_and, bool_or, bool_xor: a bool for two bools, else int's result.
  binary(t.bool, ['BitAnd', 'BitOr', 'BitXor'], isInt);
  binary(t.float, ['Add', 'Sub', 'Mult', 'Div', 'FloorDiv', 'Mod', 'Pow'], isReal);
  binary(t.complex, ['Add', 'Sub', 'Mult', 'Div', 'Pow'], isNumber);
  comparisons(t.int, isInt);
  comparisons(t.float, isReal);
  comparisons(t.complex, isNumber, ['__eq__', '__ne__']);
  for (const type of [t.int, t.float, t.complex]) {
    for (const [name, op] of [['__neg__', 'neg'], ['__pos__', 'pos']] as const) {
      method(vm, type, name, function* (args, _k, self): Native {
        arity(vm, name, args, 0);
        return yield* unaryOp(vm, valueOf(vm, self as PyObject), op);
      });
    }
    unary(type, '__bool__', (o) => vm.newBool(builtinTruth(vm, valueOf(vm, o)) ?? true));
  }
  method(vm, t.int, '__invert__', function* (args, _k, self): Native {
    arity(vm, '__invert__', args, 0);
    return yield* unaryOp(vm, valueOf(vm, self as PyObject), 'invert');
  });
  unary(t.int, '__abs__', (o) => vm.newInt((o as PyInt).value < 0n ? -(o as PyInt).value : (o as PyInt).value));
  for (const name of ['__int__', '__index__']) unary(t.int, name, (o) => (o.type === t.int ? vm.incref(o, Cause.Return) : vm.newInt((o as PyInt).value)));
  unary(t.int, '__float__', (o) => vm.newFloat(Number((o as PyInt).value)));
  unary(t.float, '__abs__', (o) => vm.newFloat(Math.abs((o as PyFloat).value)));
  unary(t.float, '__int__', (o) => vm.newInt(unwrap(vm, floatToInt((o as PyFloat).value))));
  unary(t.float, '__float__', (o) => (o.type === t.float ? vm.incref(o, Cause.Return) : vm.newFloat((o as PyFloat).value)));
  unary(t.complex, '__abs__', (o) => vm.newFloat(Math.hypot((o as PyComplex).real, (o as PyComplex).imag)));

  // ---- sequences and containers: concatenation, repetition, length, items, membership
  const sequences: [PyType, Accepts][] = [[t.str, (o) => o instanceof PyStr], [t.bytes, (o) => o instanceof PyBytes], [t.list, (o) => o instanceof PyList], [t.tuple, (o) => o instanceof PyTuple]];
  for (const [type, same] of sequences) {
    // sq_concat (wrap_binaryfunc): list_concat, tupleconcat, PyUnicode_Concat and bytes_concat raise for
    // another kind of operand, no NotImplemented.
    method(vm, type, '__add__', (args, _k, self) => {
      if (!same(args[0])) throw concatError(vm, type, args[0]);
      return builtinBinaryOp(vm, self as PyObject, args[0], BinaryOps.indexOf('Add')) as PyObject;
    });
    // sq_repeat (wrap_indexargfunc): the count through PyNumber_AsSsize_t, on either side.
    for (const name of ['__mul__', '__rmul__']) {
      method(vm, type, name, function* (args, _k, self): Native {
        const count = isInt(args[0]) ? args[0] : new PyInt(t.int, yield* numberIndex(vm, args[0]));
        return builtinBinaryOp(vm, self as PyObject, count, BinaryOps.indexOf('Mult')) as PyObject;
      });
    }
  }
  method(vm, t.str, '__mod__', (args, _k, self) => {
    arity(vm, '__mod__', args, 1);
    return percentFormat(vm, self as PyStr, args[0]);
  });
  // unicode_mod(other, self): formats a str on the left, NotImplemented for anything else.
  method(vm, t.str, '__rmod__', (args, _k, self) => (args[0] instanceof PyStr ? percentFormat(vm, args[0], self as PyObject) : vm.incref(vm.notImplemented, Cause.Return)));
  comparisons(t.str, (o) => o instanceof PyStr);
  comparisons(t.bytes, (o) => o instanceof PyBytes);
  binary(t.dict, ['BitOr'], (o) => o instanceof PyDict);
  binary(t.set, ['BitAnd', 'BitOr', 'BitXor', 'Sub'], (o) => o instanceof PySet);
  binary(t.frozenset, ['BitAnd', 'BitOr', 'BitXor', 'Sub'], (o) => o instanceof PySet);
  for (const type of [t.float, t.complex, t.str, t.bytes, t.bytearray, t.list, t.tuple, t.dict, t.set, t.frozenset, t.mappingproxy]) {
    method(vm, type, '__repr__', function* (args, _k, self): Native {
      arity(vm, '__repr__', args, 0);
      return vm.newStr(yield* builtinTypeRepr(vm, self as PyObject));
    });
  }
  // int's tp_repr writes the digits, of a bool too; bool has its own (`bool.__repr__(True)`).
  method(vm, t.int, '__repr__', function* (args, _k, self): Native {
    const o = self as PyInt;
    return vm.newStr(yield* builtinTypeRepr(vm, o.type === t.int ? o : new PyInt(t.int, o.value)));
  });
  unary(t.bool, '__repr__', (o) => vm.newStr((o as PyInt).value ? 'True' : 'False'));
  for (const type of [t.str, t.bytes, t.list, t.tuple, t.dict, t.set, t.frozenset]) {
    unary(type, '__len__', (o) => vm.newInt(builtinLen(o) ?? 0));
    method(vm, type, '__contains__', function* (args, _k, self): Native {
      arity(vm, '__contains__', args, 1);
      return vm.newBool(yield* contains(vm, self as PyObject, args[0]));
    });
  }
  for (const type of [t.str, t.bytes, t.list, t.tuple, t.dict]) {
    method(vm, type, '__getitem__', function* (args, _k, self): Native {
      // (list's and dict's are METH_O methods, named with their type: the slot wrappers' count is checked before.)
      arity(vm, `${type.name}.__getitem__`, args, 1);
      return (yield* builtinGetItem(vm, self as PyObject, args[0])) as PyObject;
    });
  }
  // ---- iterators: tp_iter returns the iterator, tp_iternext as `it.__next__()` (heapq.merge keeps
  // `it.__next__` and calls it), StopIteration at the end.
  const iterators = [
    t.list_iterator, t.list_reverseiterator, t.tuple_iterator, t.str_iterator, t.bytes_iterator, t.bytearray_iterator, t.range_iterator,
    t.dict_keyiterator, t.dict_valueiterator, t.dict_itemiterator,
    t.dict_reversekeyiterator, t.dict_reversevalueiterator, t.dict_reverseitemiterator, t.set_iterator, t.enumerate, t.zip, t.map, t.filter,
    t.reversed, t.callable_iterator, t.iterator, t.generator,
  ];
  for (const type of iterators) {
    selfSlot(vm, type, '__iter__');
    slotMethod(vm, type, '__next__', function* (_args, _kwargs, self): Native {
      const item = yield* iterNext(vm, self as PyObject);
      if (!item) throw vm.error('StopIteration');
      return item;
    });
  }
  // list's mp_ass_subscript, as `super().__setitem__(i, v)` and `super().__delitem__(i)` reach it from a subclass.
  method(vm, t.list, '__setitem__', function* (args, _k, self): Native {
    yield* listSetItem(vm, self as PyList, args[0], args[1]);
    return vm.newNone();
  });
  method(vm, t.list, '__delitem__', (args, _k, self) => {
    listDelItem(vm, self as PyList, args[0]);
    return vm.newNone();
  });
  // dict's mp_ass_subscript, as `super().__setitem__(k, v)` and `super().__delitem__(k)` reach it from a subclass.
  method(vm, t.dict, '__setitem__', (args, _k, self) => {
    arity(vm, '__setitem__', args, 2);
    dictSet(vm, self as PyDict, args[0], args[1]);
    return vm.newNone();
  });
  method(vm, t.dict, '__delitem__', (args, _k, self) => {
    arity(vm, '__delitem__', args, 1);
    if (!dictDel(vm, self as PyDict, args[0])) throw vm.errorWith('KeyError', [vm.incref(args[0], Cause.Exception)]);
    return vm.newNone();
  });  installProtocolSlots(vm);
}

/** The error of a sequence's sq_concat given another kind of operand. */
function concatError(vm: VM, type: PyType, other: PyObject) {
  if (type === vm.t.bytes) return vm.error('TypeError', `can't concat ${other.type.name} to bytes`);
  return vm.error('TypeError', `can only concatenate ${type.name} (not "${other.type.name}") to ${type.name}`);
}

/**
 * A number type's nb_power with a modulus (long_pow, float_pow, complex_pow): ints only, NotImplemented
 * for an int's other operands, an error from float and complex.
 */
function ternaryPower(vm: VM, type: PyType, a: PyObject, b: PyObject, mod: PyObject): PyObject {
  if (type === vm.t.complex) throw vm.error('ValueError', 'complex modulo');
  if (type === vm.t.float) throw vm.error('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  if (!(a instanceof PyInt && b instanceof PyInt && mod instanceof PyInt)) return vm.incref(vm.notImplemented, Cause.Return);
  return vm.newInt(modularPower(vm, a.value, b.value, mod.value));
}

/** The plain number a subclass instance holds (its slots work on the value). */
function valueOf(vm: VM, o: PyObject): PyObject {
  if (!o.type.heap) return o;
  if (o instanceof PyInt) return new PyInt(o.type.isSubtypeOf(vm.t.bool) ? vm.t.bool : vm.t.int, o.value);
  if (o instanceof PyFloat) return new PyFloat(vm.t.float, o.value);
  return o;
}
