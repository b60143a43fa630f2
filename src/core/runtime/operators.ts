// Arithmetic, comparison and truth (Objects/abstract.c's binary_op1 and do_richcompare):
// built-in fast paths, then the dunder methods of classes, with CPython's error messages.

import { contiguousBufferBytes } from './buffers';
import { setBytearrayData } from './bytearray-storage';
import { classUnion } from './generic-alias';
import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyStr, PyBytes, PyComplex } from '../objects/atoms';
import { PyList, PyTuple, PySet, PyRange } from '../objects/containers';
import { isDictViewSetOp, dictViewSetOp, dictViewCompare } from './dict-view-ops';
import { setUnion, setIntersection, setDifference, setSymmetricDifference, setMergeFrom, setIntersectionUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate } from './set-ops';
import { PyDict } from '../objects/dict';
import { PyArray } from '../objects/array';
import { PyMemoryView } from '../objects/memoryview';
import { PyFunction, PyMethod } from '../objects/callables';
import type { VM } from '../vm/vm';
import { PyWeakref } from '../objects/weakref';
import type { Native } from '../vm/frame';
import { BinaryOps, CompareOps, INPLACE_OFFSET } from '../compile/bytecode';
import { hashKey, dictSet } from './dicts';
import { unwrap } from './numbers';
import { intFloorDiv, intMod, intTrueDiv, intPow, intLshift, intRshift, intMul } from './text/int-ops';
import { floatFloorDiv, floatMod, floatTrueDiv, floatPow } from './text/float-ops';
import { percentFormat, bytesPercentFormat } from './formatting';

const SYMBOLS: Record<string, string> = {
  Add: '+', BitAnd: '&', FloorDiv: '//', LShift: '<<', MatMult: '@', Mult: '*', Mod: '%', BitOr: '|', Pow: '** or pow()',
  RShift: '>>', Sub: '-', Div: '/', BitXor: '^',
};
const DUNDER: Record<string, string> = {
  Add: 'add', BitAnd: 'and', FloorDiv: 'floordiv', LShift: 'lshift', MatMult: 'matmul', Mult: 'mul', Mod: 'mod',
  BitOr: 'or', Pow: 'pow', RShift: 'rshift', Sub: 'sub', Div: 'truediv', BitXor: 'xor',
};

export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

function num(o: PyObject): number {
  return o instanceof PyInt ? Number(o.value) : (o as PyFloat).value;
}

/** A number operand of float arithmetic: an int too large for a float is an OverflowError (PyLong_AsDouble). */
function floatOperand(vm: VM, o: PyObject): number {
  return o instanceof PyInt ? unwrap(vm, intToFloat(o.value)) : (o as PyFloat).value;
}

/** Built-in arithmetic; returns null when the types don't support `op` (NotImplemented). */
/**
 * +, - and * of two ints whose values and result are safe JS integers, in numbers (NaN, an int outside
 * the safe range, propagates and fails the check): the common case, without BigInt arithmetic.
 * Bools stay on the general path (their `&`, `|`, `^` make bools).
 */
function smallIntBinary(vm: VM, a: PyInt, b: PyInt, op: string): PyObject | null {
  let r: number;
  switch (op) {
    case 'Add': r = a.small + b.small; break;
    case 'Sub': r = a.small - b.small; break;
    case 'Mult': r = a.small * b.small; break;
    default: return null;
  }
  // -0 (0 * -1 in numbers) is the int 0.
  return Number.isSafeInteger(r) ? vm.newInt(r + 0) : null;
}

const ADD = BinaryOps.indexOf('Add');
const SUB = BinaryOps.indexOf('Sub');
const MULT = BinaryOps.indexOf('Mult');

/**
 * BINARY_OP on two exact ints whose values and result are safe JS integers (CPython 3.11's
 * BINARY_OP_ADD_INT / SUBTRACT_INT / MULTIPLY_INT): a new reference, or null for the general path.
 * smallIntBinary's arithmetic again, on purpose: switching on the instruction's index here instead of
 * mapping it to an operator name measured 2–4 % faster on fib.
 */
export function exactIntBinaryOp(vm: VM, a: PyObject, b: PyObject, opIndex: number): PyObject | null {
  if (!(a instanceof PyInt) || !(b instanceof PyInt) || a.type !== vm.t.int || b.type !== vm.t.int) return null;
  const op = opIndex >= INPLACE_OFFSET ? opIndex - INPLACE_OFFSET : opIndex;
  let r: number;
  if (op === ADD) r = a.small + b.small;
  else if (op === SUB) r = a.small - b.small;
  else if (op === MULT) r = a.small * b.small;
  else return null;
  return Number.isSafeInteger(r) ? vm.newInt(r + 0) : null;
}

/** COMPARE_OP on two exact safe ints (COMPARE_OP_INT_JUMP's case); null for the general path. */
export function exactIntCompare(vm: VM, a: PyObject, b: PyObject, arg: number): boolean | null {
  if (!(a instanceof PyInt) || !(b instanceof PyInt) || a.type !== vm.t.int || b.type !== vm.t.int) return null;
  const x = a.small;
  const y = b.small;
  if (x !== x || y !== y) return null;
  switch (arg) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    case 5: return x >= y;
  }
  return null;
}

const SET_OPS: Record<string, ((vm: VM, a: PySet, b: PySet, frozen: boolean) => PySet) | undefined> = {
  BitOr: setUnion, BitAnd: setIntersection, Sub: setDifference, BitXor: setSymmetricDifference,
};
const IN_PLACE_SET_OPS: Record<string, ((vm: VM, s: PySet, other: PySet) => void) | undefined> = {
  BitOr: setMergeFrom, BitAnd: setIntersectionUpdate, Sub: setDifferenceUpdate, BitXor: setSymmetricDifferenceUpdate,
};

function builtinBinary(vm: VM, a: PyObject, b: PyObject, op: string): PyObject | null {
  if (a instanceof PyInt && b instanceof PyInt) {
    const fast = smallIntBinary(vm, a, b, op);
    if (fast !== null) return fast;
    const x = a.value;
    const y = b.value;
    switch (op) {
      case 'Add': return vm.newInt(x + y);
      case 'Sub': return vm.newInt(x - y);
      case 'Mult': return vm.newInt(unwrap(vm, intMul(x, y)));
      case 'FloorDiv':
        return vm.newInt(unwrap(vm, intFloorDiv(x, y)));
      case 'Mod':
        return vm.newInt(unwrap(vm, intMod(x, y)));
      case 'Div':
        return vm.newFloat(unwrap(vm, intTrueDiv(x, y)));
      case 'Pow': {
        const p = unwrap(vm, intPow(x, y));
        return typeof p === 'bigint' ? vm.newInt(p) : vm.newFloat(p);
      }
      case 'LShift':
        return vm.newInt(unwrap(vm, intLshift(x, y)));
      case 'RShift':
        return vm.newInt(unwrap(vm, intRshift(x, y)));
      case 'BitAnd':
        return a.type === vm.t.bool && b.type === vm.t.bool ? vm.newBool((x & y) !== 0n) : vm.newInt(x & y);
      case 'BitOr':
        return a.type === vm.t.bool && b.type === vm.t.bool ? vm.newBool((x | y) !== 0n) : vm.newInt(x | y);
      case 'BitXor':
        return a.type === vm.t.bool && b.type === vm.t.bool ? vm.newBool((x ^ y) !== 0n) : vm.newInt(x ^ y);
    }
    return null;
  }
  const aNum = a instanceof PyInt || a instanceof PyFloat;
  const bNum = b instanceof PyInt || b instanceof PyFloat;
  if (aNum && bNum) {
    const x = floatOperand(vm, a);
    const y = floatOperand(vm, b);
    switch (op) {
      case 'Add': return vm.newFloat(x + y);
      case 'Sub': return vm.newFloat(x - y);
      case 'Mult': return vm.newFloat(x * y);
      case 'Div':
        return vm.newFloat(unwrap(vm, floatTrueDiv(x, y)));
      case 'FloorDiv':
        return vm.newFloat(unwrap(vm, floatFloorDiv(x, y)));
      case 'Mod':
        return vm.newFloat(unwrap(vm, floatMod(x, y, vm.options.version.floatModuloByZeroMessage)));
      case 'Pow': {
        const p = unwrap(vm, floatPow(x, y));
        if (typeof p === 'number') return vm.newFloat(p);
        return vm.newComplex(...complexPow(x, y));
      }
    }
    return null;
  }
  if ((a instanceof PyComplex || aNum) && (b instanceof PyComplex || bNum)) {
    const [ar, ai] = a instanceof PyComplex ? [a.real, a.imag] : [floatOperand(vm, a), 0];
    const [br, bi] = b instanceof PyComplex ? [b.real, b.imag] : [floatOperand(vm, b), 0];
    switch (op) {
      case 'Add': return vm.newComplex(ar + br, ai + bi);
      case 'Sub': return vm.newComplex(ar - br, ai - bi);
      case 'Mult': return vm.newComplex(ar * br - ai * bi, ar * bi + ai * br);
      case 'Div': {
        const q = complexQuotient([ar, ai], [br, bi]);
        if (q === null) throw vm.error('ZeroDivisionError', 'complex division by zero');
        return vm.newComplex(q[0], q[1]);
      }
      case 'Pow': {
        const p = complexPower([ar, ai], [br, bi]);
        if (p === 'domain') throw vm.error('ZeroDivisionError', '0.0 to a negative or complex power');
        return vm.newComplex(p[0], p[1]);
      }
    }
    return null;
  }
  if (a instanceof PyStr) {
    if (op === 'Add' && b instanceof PyStr) {
      // PyUnicode_Concat: an empty operand gives the other one back (PyUnicode_FromObject: itself when an exact str).
      if (a.value === '' && a.type === vm.t.str) return unchangedStr(vm, b);
      if (b.value === '' && b.type === vm.t.str) return unchangedStr(vm, a);
      return vm.newStr(copiedChars(vm, a.value + b.value));
    }
    if (op === 'Mult' && b instanceof PyInt) {
      const count = repeatCount(vm, a.value.length, b.value, 'repeated string is too long');
      // unicode_repeat: once is the string itself (unicode_result_unchanged).
      if (b.value === 1n) return unchangedStr(vm, a);
      return vm.newStr(copiedChars(vm, a.value.repeat(count)));
    }
    if (op === 'Mod') return null; // handled by percentFormat (may call __str__/__repr__)
  }
  if (a instanceof PyInt && op === 'Mult' && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes)) {
    return builtinBinary(vm, b, a, op);
  }
  if (a instanceof PyBytes) {
    // bytes_concat / bytearray_concat: the result has the left operand's type.
    const same = (out: Uint8Array) => (a.type.isSubtypeOf(vm.t.bytearray) ? vm.track(new PyBytes(vm.t.bytearray, out)) : vm.newBytes(out));
    if (op === 'Add' && b instanceof PyBytes) {
      // bytes_concat's end cases: an empty operand gives the other one back when that is an exact bytes.
      if (!a.value.length && b.type === vm.t.bytes && a.type !== vm.t.bytearray) return vm.incref(b, Cause.Stack);
      if (!b.value.length && a.type === vm.t.bytes) return vm.incref(a, Cause.Stack);
      const out = new Uint8Array(a.value.length + b.value.length);
      out.set(a.value);
      out.set(b.value, a.value.length);
      return same(out);
    }
    if (op === 'Mult' && b instanceof PyInt) {
      const tooLong = a.type.isSubtypeOf(vm.t.bytearray) ? null : 'repeated bytes are too long';
      const count = repeatCount(vm, a.value.length, b.value, tooLong);
      // bytes_repeat: a result as long as the operand is the operand itself (an exact bytes).
      if (a.type === vm.t.bytes && a.value.length * count === a.value.length) return vm.incref(a, Cause.Stack);
      return same(repeatedBytes(a.value, count));
    }
  }
  if (a instanceof PyList) {
    if (op === 'Add' && b instanceof PyList) return vm.newList(copiedItems(vm, [...a.items, ...b.items]));
    if (op === 'Mult' && b instanceof PyInt) return vm.newList(copiedItems(vm, repeatedItems(a.items, repeatCount(vm, a.items.length, b.value, null))));
  }
  if (a instanceof PyTuple) {
    if (op === 'Add' && b instanceof PyTuple) {
      // tupleconcat: an empty operand gives the other one back when that is an exact tuple.
      if (!b.items.length && a.type === vm.t.tuple) return vm.incref(a, Cause.Stack);
      if (!a.items.length && b.type === vm.t.tuple) return vm.incref(b, Cause.Stack);
      return vm.newTuple(copiedItems(vm, [...a.items, ...b.items]));
    }
    if (op === 'Mult' && b instanceof PyInt) {
      const count = repeatCount(vm, a.items.length, b.value, null);
      // tuple_repeat: an exact tuple repeated once, or an empty one, is itself.
      if ((!a.items.length || b.value === 1n) && a.type === vm.t.tuple) return vm.incref(a, Cause.Stack);
      return vm.newTuple(copiedItems(vm, repeatedItems(a.items, count)));
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && op === 'BitOr') {
    const out = vm.newDict();
    for (const e of a.items()) dictSet(vm, out, e.key, e.value);
    for (const e of b.items()) dictSet(vm, out, e.key, e.value);
    return out;
  }
  if (a instanceof PySet && b instanceof PySet && SET_OPS[op]) return SET_OPS[op](vm, a, b, a.type === vm.t.frozenset);
  return null;
}

/** float_pow of a negative base and a non-integral exponent: complex_pow of the two as complexes (_Py_c_pow). */
function complexPow(x: number, y: number): [number, number] {
  const p = complexPower([x, 0], [y, 0]);
  return p === 'domain' ? [NaN, NaN] : [p[0], p[1]];
}

/** list_concat, list_repeat and the tuple's: the items copied into the new sequence, each a new reference. */
function copiedItems(vm: VM, items: PyObject[]): PyObject[] {
  chargeLoop(vm, 'copyItem', items.length);
  return items.map((o) => vm.incref(o, Cause.Slot));
}

/** unicode_result_unchanged: an exact str itself, a copy (an exact str) of a subclass's. */
export function unchangedStr(vm: VM, s: PyStr): PyObject {
  return s.type === vm.t.str ? vm.incref(s, Cause.Stack) : vm.newStr(s.value);
}

/** unicode_concat, unicode_repeat: the characters copied. */
function copiedChars(vm: VM, s: string): string {
  chargeLoop(vm, 'char', s.length);
  return s;
}

/** BINARY_OP on built-in operands that never runs Python code; null when the generic path must decide. */
export function builtinBinaryOp(vm: VM, a: PyObject, b: PyObject, opIndex: number): PyObject | null {
  // A C type of a simulated module (deque, defaultdict's |) has slots of its own: the generic path calls them.
  if (a.type.nativeSlots || b.type.nativeSlots) return null;
  const inplace = opIndex >= BinaryOps.length;
  // (a bytearray's += and *= change it in place: binaryOp does that)
  if (inplace && (a instanceof PyList || a instanceof PySet || (a instanceof PyBytes && a.type === vm.t.bytearray))) return null;
  const op = BinaryOps[inplace ? opIndex - BinaryOps.length : opIndex];
  if (op === 'Mod' && a instanceof PyStr) return null;
  return builtinBinary(vm, a, b, op);
}

/** BINARY_OP: returns a new reference. `opIndex` is BINARY_OP's argument. */
export function* binaryOp(vm: VM, a: PyObject, b: PyObject, opIndex: number): Native {
  a = unproxy(vm, a);
  b = unproxy(vm, b);
  const inplace = opIndex >= BinaryOps.length;
  const op = BinaryOps[inplace ? opIndex - BinaryOps.length : opIndex];
  if (inplace) {
    if (a instanceof PyList && op === 'Add') {
      const source = extendSource(vm, a, b); // list_inplace_concat → list_extend
      const items = yield* iterateToArray(vm, b);
      listExtendFrom(a, source, items.length);
      a.items.push(...items);
      return vm.incref(a, Cause.Stack);
    }
    if (a.type.heap || a.type.nativeSlots) {
      const m = a.type.heap ? a.type.lookup(`__i${DUNDER[op]}__`) : nativeSlot(a.type, `__i${DUNDER[op]}__`);
      if (m) {
        const r = yield { callable: m, args: [a, b], kwargs: null };
        if (r !== vm.notImplemented) return r;
        vm.decref(r, Cause.Return);
      }
    }
    if (a instanceof PyList && op === 'Mult' && b instanceof PyInt) {
      listInplaceRepeat(vm, a, b.value);
      return vm.incref(a, Cause.Stack);
    }
    // bytearray_iconcat / bytearray_irepeat: the bytearray changes in place (not while a view exports it).
    if (a instanceof PyBytes && a.type === vm.t.bytearray && (op === 'Add' || (op === 'Mult' && b instanceof PyInt))) {
      const more = op === 'Add' ? contiguousBufferBytes(vm, b) : null;
      if (op === 'Add' && !more) throw vm.error('TypeError', `can't concat ${b.type.name} to bytearray`);
      const next = more ? concatBytes(a.value, more) : repeatedBytes(a.value, repeatCount(vm, a.value.length, (b as PyInt).value, null));
      setBytearrayData(vm, a, next);
      return vm.incref(a, Cause.Stack);
    }
    // set_ior, set_iand, set_isub, set_ixor: a set (not a frozenset) changes in place.
    if (a instanceof PySet && b instanceof PySet && !a.type.isSubtypeOf(vm.t.frozenset) && IN_PLACE_SET_OPS[op]) {
      IN_PLACE_SET_OPS[op](vm, a, b);
      return vm.incref(a, Cause.Stack);
    }
  }
  const fast = a.type.heap || b.type.heap || a.type.nativeSlots || b.type.nativeSlots ? null : builtinBinary(vm, a, b, op);
  if (fast) return fast;
  if (op === 'Mod' && a instanceof PyStr) return percentFormat(vm, a, b);
  if (op === 'Mod' && a instanceof PyBytes && !a.type.heap) return bytesPercentFormat(vm, a, b);
  if (a.type.nativeSlots || b.type.nativeSlots) {
    const r = yield* nativeBinary(vm, a, b, op);
    if (r) return r;
  }
  // Dunder methods: the right operand's reflected method first if it is a subclass.
  const name = DUNDER[op];
  const leftMethod = a.type.heap ? a.type.lookup(`__${name}__`) : null;
  const rightMethod = b.type.heap && b.type !== a.type ? b.type.lookup(`__r${name}__`) : null;
  if (leftMethod instanceof PyFunction) {
    const r = yield { callable: leftMethod, args: [a, b], kwargs: null };
    if (r !== vm.notImplemented) return r;
    vm.decref(r, Cause.Return);
  }
  if (rightMethod instanceof PyFunction) {
    const r = yield { callable: rightMethod, args: [b, a], kwargs: null };
    if (r !== vm.notImplemented) return r;
    vm.decref(r, Cause.Return);
  }
  if (a.type.heap || b.type.heap) {
    const r = builtinBinary(vm, a, b, op);
    if (r) return r;
  }
  if (op === 'BitOr') {
    const union = yield* classUnion(vm, a, b);
    if (union) return union;
  }
  if (isDictViewSetOp(vm, a, b, op)) return yield* dictViewSetOp(vm, a, b, op);
  const sym = inplace ? `${SYMBOLS[op]}=` : SYMBOLS[op];
  if (op === 'Add' && a instanceof PyBytes && !a.type.heap) {
    // A memoryview (or another buffer) on the right: bytes_concat reads it through the buffer protocol.
    const more = contiguousBufferBytes(vm, b);
    if (!more) throw vm.error('TypeError', `can't concat ${b.type.name} to ${a.type.name}`);
    const out = concatBytes(a.value, more);
    return a.type === vm.t.bytearray ? vm.track(new PyBytes(vm.t.bytearray, out)) : vm.newBytes(out);
  }
  if (op === 'Add' && a instanceof PyStr) throw vm.error('TypeError', `can only concatenate str (not "${b.type.name}") to str`);
  if (op === 'Add' && a instanceof PyList) throw vm.error('TypeError', `can only concatenate list (not "${b.type.name}") to list`);
  if (op === 'Add' && a instanceof PyTuple) throw vm.error('TypeError', `can only concatenate tuple (not "${b.type.name}") to tuple`);
  // PyNumber_Multiply falls back on the left operand's sq_repeat, then the right one's (sequence_repeat).
  if (op === 'Mult') {
    const repeats = (o: PyObject) => o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    const count = repeats(a) ? b : repeats(b) ? a : null;
    if (count && !(count instanceof PyInt)) throw vm.error('TypeError', `can't multiply sequence by non-int of type '${count.type.name}'`);
  }
  throw vm.error('TypeError', `unsupported operand type(s) for ${sym}: '${a.type.name}' and '${b.type.name}'`);
}

/**
 * The number and sequence slots of C types of simulated modules (deque's +, *; defaultdict's and
 * OrderedDict's |): as binary_op1 tries them, the right operand's reflected method first when its type
 * derives from the left one's. Null when each returned NotImplemented (or none applies).
 */
function* nativeBinary(vm: VM, a: PyObject, b: PyObject, op: string): Generator<import('../vm/frame').CallRequest, PyObject | null, PyObject> {
  const name = DUNDER[op];
  const left = nativeSlot(a.type, `__${name}__`);
  // A built-in sequence on the left repeats itself by the right operand first (PyNumber_Multiply's sq_repeat): its error wins.
  const leftRepeats = op === 'Mult' && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes);
  const right = b.type !== a.type && !leftRepeats ? nativeSlot(b.type, `__r${name}__`) : null;
  const tries: [PyObject | null, PyObject, PyObject][] = right && b.type.isSubtypeOf(a.type) ? [[right, b, a], [left, a, b]] : [[left, a, b], [right, b, a]];
  for (const [m, self, other] of tries) {
    if (!m) continue;
    const r = yield { callable: m, args: [self, other], kwargs: null };
    if (r !== vm.notImplemented) return r;
    vm.decref(r, Cause.Return);
  }
  return null;
}

/** Unary -, +, ~ (new reference). */
/** A unary operator on a built-in int or float, without a native frame; null for the general path. */
export function exactUnaryOp(vm: VM, a: PyObject, op: 'neg' | 'pos' | 'invert'): PyObject | null {
  // long_pos (long_long) and float_pos (float_float): an exact int or float is its own result.
  if (op === 'pos' && (a.type === vm.t.int || a.type === vm.t.float)) return vm.incref(a, Cause.Stack);
  if (a instanceof PyInt && !a.type.heap) {
    const r = op === 'neg' ? -a.small : op === 'pos' ? a.small : -a.small - 1;
    // -0 is the int 0; NaN (a value outside the safe range) fails the check.
    return Number.isSafeInteger(r) ? vm.newInt(r + 0) : null;
  }
  if (a instanceof PyFloat && a.type === vm.t.float && op !== 'invert') return vm.newFloat(op === 'neg' ? -a.value : a.value);
  return null;
}

export function* unaryOp(vm: VM, a: PyObject, op: 'neg' | 'pos' | 'invert'): Native {
  a = unproxy(vm, a);
  // A class statement's own __neg__/__pos__/__invert__ wins over its built-in base's (an int subclass's ~).
  const own = a.type.heap ? a.type.mro.find((t) => t.dict.getStr(`__${op}__`)) : undefined;
  if (own?.heap) return yield { callable: own.dict.getStr(`__${op}__`) as PyObject, args: [a], kwargs: null };
  // long_pos, float_pos, complex_pos: an exact number is its own result; a subclass's is copied.
  if (op === 'pos' && (a.type === vm.t.int || a.type === vm.t.float || a.type === vm.t.complex)) return vm.incref(a, Cause.Stack);
  if (a instanceof PyInt) {
    if (op === 'neg') return vm.newInt(-a.value);
    if (op === 'pos') return vm.newInt(a.value);
    return vm.newInt(-a.value - 1n);
  }
  if (a instanceof PyFloat && op !== 'invert') return vm.newFloat(op === 'neg' ? -a.value : a.value);
  if (a instanceof PyComplex && op !== 'invert') return op === 'neg' ? vm.newComplex(-a.real, -a.imag) : vm.newComplex(a.real, a.imag);
  const m = a.type.heap ? a.type.lookup(`__${op}__`) : null;
  if (m) return yield { callable: m, args: [a], kwargs: null };
  const sym = op === 'neg' ? '-' : op === 'pos' ? '+' : '~';
  throw vm.error('TypeError', `bad operand type for unary ${sym}: '${a.type.name}'`);
}

// ---- comparisons ------------------------------------------------------------------------
const REFLECTED: Record<string, string> = { Lt: 'Gt', LtE: 'GtE', Eq: 'Eq', NotEq: 'NotEq', Gt: 'Lt', GtE: 'LtE' };
const CMP_DUNDER: Record<string, string> = { Lt: '__lt__', LtE: '__le__', Eq: '__eq__', NotEq: '__ne__', Gt: '__gt__', GtE: '__ge__' };
const CMP_SYMBOL: Record<string, string> = { Lt: '<', LtE: '<=', Eq: '==', NotEq: '!=', Gt: '>', GtE: '>=' };

function ordered(c: number, op: string): boolean {
  switch (op) {
    case 'Lt': return c < 0;
    case 'LtE': return c <= 0;
    case 'Eq': return c === 0;
    case 'NotEq': return c !== 0;
    case 'Gt': return c > 0;
    default: return c >= 0;
  }
}

function cmpNumbers(a: PyObject, b: PyObject): number | null {
  if (a instanceof PyInt && b instanceof PyInt) {
    // The sign of the difference of two safe integers is exact; NaN means one of them is not safe.
    const d = a.small - b.small;
    if (d === d) return d < 0 ? -1 : d > 0 ? 1 : 0;
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  }
  if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
    const x = num(a);
    const y = num(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return null;
}

/** complex_richcompare: == and != of a complex with a number; null when it does not apply. */
function complexEquals(a: PyObject, b: PyObject): boolean | null {
  const isNumber = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
  if (!(a instanceof PyComplex || b instanceof PyComplex) || !isNumber(a) || !isNumber(b)) return null;
  const [c, other] = a instanceof PyComplex ? [a, b] : [b as PyComplex, a];
  if (other instanceof PyComplex) return c.real === other.real && c.imag === other.imag;
  return c.imag === 0 && c.real === num(other);
}

/** Compares without calling Python code; null when user code (or an error) is involved. */
export function builtinCompare(vm: VM, a: PyObject, b: PyObject, op: string): boolean | null {
  const n = cmpNumbers(a, b);
  if (n !== null) return Number.isNaN(n) ? op === 'NotEq' : ordered(n, op);
  if (op === 'Eq' || op === 'NotEq') {
    const eq = complexEquals(a, b);
    if (eq !== null) return eq === (op === 'Eq');
  }
  if (a instanceof PyStr && b instanceof PyStr) return ordered(a.value < b.value ? -1 : a.value > b.value ? 1 : 0, op);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const x = Array.from(a.value).join(',');
    const y = Array.from(b.value).join(',');
    if (op === 'Eq' || op === 'NotEq') return (x === y) === (op === 'Eq');
    const la = a.value.length;
    const lb = b.value.length;
    for (let i = 0; i < Math.min(la, lb); i++) if (a.value[i] !== b.value[i]) return ordered(a.value[i] - b.value[i], op);
    return ordered(la - lb, op);
  }
  if (op === 'Eq' || op === 'NotEq') {
    // array_richcompare and memory_richcompare have no identity shortcut: one holding a NaN is unequal to itself.
    if (a === b && !a.type.heap && !(a instanceof PyArray) && !(a instanceof PyMemoryView)) return op === 'Eq';
    if (a instanceof PyMethod && b instanceof PyMethod) return (a.func === b.func && a.self === b.self) === (op === 'Eq');
    if (a.type === vm.t.NoneType || b.type === vm.t.NoneType) return (a === b) === (op === 'Eq');
  }
  return null;
}

function isSeq(o: PyObject): o is PyList | PyTuple {
  return o instanceof PyList || o instanceof PyTuple;
}

/** Rich comparison: returns a new reference (usually a bool). */
export function* richCompare(vm: VM, a: PyObject, b: PyObject, op: string): Native {
  a = unproxy(vm, a);
  b = unproxy(vm, b);
  const fast = a.type.heap || b.type.heap ? null : builtinCompare(vm, a, b, op);
  if (fast !== null) return vm.newBool(fast);
  const bool = yield* compareBool(vm, a, b, op);
  if (typeof bool === 'boolean') return vm.newBool(bool);
  return bool;
}

/** Comparison reduced to a JS boolean (a PyObject when a dunder returned a non-bool). */
export function* compareBool(vm: VM, a: PyObject, b: PyObject, op: string): Generator<import('../vm/frame').CallRequest, boolean | PyObject, PyObject> {
  a = unproxy(vm, a);
  b = unproxy(vm, b);
  const fast = a.type.heap || b.type.heap ? null : builtinCompare(vm, a, b, op);
  if (fast !== null) return fast;
  if (a.type.nativeSlots || b.type.nativeSlots) {
    const r = yield* nativeCompare(vm, a, b, op);
    if (r !== null) return r;
  }
  if (a instanceof PyWeakref && b instanceof PyWeakref && !a.proxy && !b.proxy && (op === 'Eq' || op === 'NotEq')) {
    // weakref_richcompare: live refs compare their referents; a dead one only equals itself.
    const same = a.referent && b.referent ? yield* equals(vm, a.referent, b.referent) : a === b;
    return same === (op === 'Eq');
  }
  if (isSeq(a) && isSeq(b) && (a instanceof PyList) === (b instanceof PyList) && behavesAsBuiltin(a, CMP_DUNDER[op]) && behavesAsBuiltin(b, CMP_DUNDER[REFLECTED[op]])) return yield* compareSequences(vm, a.items, b.items, op);
  // (a class's own __eq__, Counter's, goes first: below)
  if (a instanceof PyDict && b instanceof PyDict && (op === 'Eq' || op === 'NotEq') && behavesAsBuiltin(a, CMP_DUNDER[op]) && behavesAsBuiltin(b, CMP_DUNDER[op])) {
    return (yield* dictsEqual(vm, a, b)) === (op === 'Eq');
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = [...a.members.keys()].every((k) => b.members.has(k));
    const sup = [...b.members.keys()].every((k) => a.members.has(k));
    switch (op) {
      case 'Eq': return sub && sup;
      case 'NotEq': return !(sub && sup);
      case 'LtE': return sub;
      case 'Lt': return sub && !sup;
      case 'GtE': return sup;
      case 'Gt': return sup && !sub;
    }
  }
  const viewResult = yield* dictViewCompare(vm, a, b, op);
  if (viewResult !== null) return viewResult;
  if (a instanceof PyRange && b instanceof PyRange && (op === 'Eq' || op === 'NotEq')) {
    const same = a.length === b.length && (a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step)));
    return same === (op === 'Eq');
  }
  // Dunder methods; the reflected one first when b's type is a subclass of a's.
  const reflectedFirst = b.type !== a.type && b.type.isSubtypeOf(a.type) && b.type.heap;
  const tries: [PyObject, PyObject, string][] = reflectedFirst
    ? [[b, a, REFLECTED[op]], [a, b, op]]
    : [[a, b, op], [b, a, REFLECTED[op]]];
  for (const [x, y, o] of tries) {
    if (!x.type.heap) continue;
    const m = x.type.lookup(CMP_DUNDER[o]);
    if (m instanceof PyFunction) {
      const r = yield { callable: m, args: [x, y], kwargs: null };
      if (r !== vm.notImplemented) {
        if (r === vm.true_ || r === vm.false_) {
          vm.decref(r, Cause.Return);
          return r === vm.true_;
        }
        return r;
      }
      vm.decref(r, Cause.Return);
    }
    if (o === 'NotEq' && x.type.heap) {
      // object.__ne__ inverts __eq__ when only __eq__ is defined.
      const eq = x.type.lookup('__eq__');
      if (eq instanceof PyFunction) {
        const r = yield { callable: eq, args: [x, y], kwargs: null };
        if (r !== vm.notImplemented) {
          const t = yield* truthy(vm, r);
          vm.decref(r, Cause.Return);
          return !t;
        }
        vm.decref(r, Cause.Return);
      }
    }
  }
  if (a.type.heap || b.type.heap) {
    // Subclasses of built-in types compare as their base does.
    const base = builtinCompare(vm, a, b, op);
    if (base !== null) return base;
    if (a instanceof PyDict && b instanceof PyDict && (op === 'Eq' || op === 'NotEq')) return (yield* dictsEqual(vm, a, b)) === (op === 'Eq');
  }
  if (op === 'Eq') return a === b;
  if (op === 'NotEq') return a !== b;
  throw vm.error('TypeError', `'${CMP_SYMBOL[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/**
 * tp_richcompare of C types of simulated modules (deque, OrderedDict): the right operand's reflected
 * method first when its type derives from the left one's, then the left's, then the right's; null when
 * every one of them returned NotImplemented (or none applies), for the generic path to decide.
 */
function* nativeCompare(vm: VM, a: PyObject, b: PyObject, op: string): Generator<import('../vm/frame').CallRequest, boolean | PyObject | null, PyObject> {
  const reflectedFirst = b.type !== a.type && b.type.isSubtypeOf(a.type);
  const tries: [PyObject, PyObject, string][] = reflectedFirst
    ? [[b, a, REFLECTED[op]], [a, b, op]]
    : [[a, b, op], [b, a, REFLECTED[op]]];
  for (const [x, y, o] of tries) {
    const m = nativeSlot(x.type, CMP_DUNDER[o]);
    if (!m) continue;
    const r = yield { callable: m, args: [x, y], kwargs: null };
    if (r === vm.notImplemented) {
      vm.decref(r, Cause.Return);
      continue;
    }
    if (r === vm.true_ || r === vm.false_) {
      vm.decref(r, Cause.Return);
      return r === vm.true_;
    }
    return r;
  }
  return null;
}

/** dict_equal: the same size, and each key's value equal in the other. */
export function* dictsEqual(vm: VM, a: PyDict, b: PyDict): Generator<import('../vm/frame').CallRequest, boolean, PyObject> {
  if (a.size !== b.size) return false;
  for (const e of a.items()) {
    const other = b.get(hashKey(vm, e.key));
    if (!other || !(yield* equals(vm, e.value, other.value))) return false;
  }
  return true;
}

export function* compareSequences(vm: VM, x: PyObject[], y: PyObject[], op: string): Generator<import('../vm/frame').CallRequest, boolean, PyObject> {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    if (!(yield* equals(vm, x[i], y[i]))) {
      if (op === 'Eq') return false;
      if (op === 'NotEq') return true;
      const r = yield* compareBool(vm, x[i], y[i], op);
      if (typeof r === 'boolean') return r;
      const t = yield* truthy(vm, r);
      vm.decref(r, Cause.Return);
      return t;
    }
  }
  return ordered(x.length - y.length, op);
}

/**
 * PyObject_RichCompareBool without its identity shortcut (which is only for == and !=, and cannot apply
 * once the two are known to differ): the comparison's result as a truth value, a non-bool result
 * released once its truth is known.
 */
export function* richCompareBool(vm: VM, a: PyObject, b: PyObject, op: string): Generator<import('../vm/frame').CallRequest, boolean, PyObject> {
  const r = yield* compareBool(vm, a, b, op);
  if (typeof r === 'boolean') return r;
  try {
    return yield* truthy(vm, r);
  } finally {
    vm.decref(r, Cause.Return);
  }
}

/**
 * `a < b` through a's type's own tp_richcompare, as list.sort's unsafe_object_compare and 3.12+'s bisect
 * call it for operands of one type: a class's __lt__ alone (no reflected __gt__). Null when the type has
 * no __lt__ of Python's (the generic comparison decides the same), 'not-implemented' when __lt__ said so
 * (the caller then runs the generic comparison, which calls it again).
 */
export function* slotLessThan(vm: VM, a: PyObject, b: PyObject): Generator<import('../vm/frame').CallRequest, boolean | 'not-implemented' | null, PyObject> {
  const lt = a.type.heap ? a.type.lookup('__lt__') : null;
  if (!(lt instanceof PyFunction)) return null;
  const r = yield { callable: lt, args: [a, b], kwargs: null };
  if (r === vm.true_ || r === vm.false_ || r === vm.notImplemented) {
    vm.decref(r, Cause.Return);
    return r === vm.notImplemented ? 'not-implemented' : r === vm.true_;
  }
  try {
    return yield* truthy(vm, r);
  } finally {
    vm.decref(r, Cause.Return);
  }
}

/** a == b as a JS boolean, identity first (PyObject_RichCompareBool). */
export function* equals(vm: VM, a: PyObject, b: PyObject): Generator<import('../vm/frame').CallRequest, boolean, PyObject> {
  if (a === b) return true;
  const r = yield* compareBool(vm, a, b, 'Eq');
  if (typeof r === 'boolean') return r;
  const t = yield* truthy(vm, r);
  vm.decref(r, Cause.Return);
  return t;
}

/** bool(o) (PyObject_IsTrue). */
export function* truthy(vm: VM, o: PyObject): Generator<import('../vm/frame').CallRequest, boolean, PyObject> {
  o = unproxy(vm, o);
  const fast = builtinTruth(vm, o);
  if (fast !== null) return fast;
  const b = o.type.lookup('__bool__');
  if (b) {
    const r = yield { callable: b, args: [o], kwargs: null };
    vm.decref(r, Cause.Return);
    if (r.type !== vm.t.bool) throw vm.error('TypeError', `__bool__ should return bool, returned ${r.type.name}`);
    return r === vm.true_;
  }
  const len = o.type.lookup('__len__');
  if (len) {
    const r = yield { callable: len, args: [o], kwargs: null };
    vm.decref(r, Cause.Return);
    if (!(r instanceof PyInt)) throw vm.error('TypeError', `'${r.type.name}' object cannot be interpreted as an integer`);
    return r.value !== 0n;
  }
  return true;
}

export function builtinTruth(vm: VM, o: PyObject): boolean | null {
  if (o === vm.true_) return true;
  if (o === vm.false_ || o === vm.none) return false;
  if (!behavesAsBuiltin(o, '__bool__', '__len__')) return null;
  // A C type of a simulated module with a length or a truth of its own (deque, ctypes' c_int): its slot decides.
  if (nativeSlot(o.type, '__len__') || nativeSlot(o.type, '__bool__')) return null;
  if (o instanceof PyInt) return o.value !== 0n;
  if (o instanceof PyFloat) return o.value !== 0;
  if (o instanceof PyStr) return o.value.length > 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.size > 0;
  if (o instanceof PySet) return o.members.size > 0;
  if (o instanceof PyBytes) return o.value.length > 0;
  if (o instanceof PyRange) return o.length > 0n;
  if (o instanceof PyComplex) return o.real !== 0 || o.imag !== 0;
  return true;
}

export const compareOpName = (arg: number): string => CompareOps[arg];

import { iterateToArray } from './iteration';
import { chargeLoop } from '../threads/native-loops';
import { behavesAsBuiltin } from './subclass';
import { nativeSlot } from './native-slots';
import { unproxy } from './weakrefs';
import { extendSource, listExtendFrom } from './list-storage';
import { repeatCount, repeatedItems, repeatedBytes, listInplaceRepeat } from './sequence-repeat';
import { complexPower, complexQuotient } from './complex-math';
import { intToFloat } from './text/int-ops';
import { Cause } from '../trace/events';

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

