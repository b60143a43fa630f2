// The setitem half of each typecode (Modules/arraymodule.c b_setitem, BB_setitem, ...): a Python
// object converted to the C value the array stores, with CPython's errors. The signed and small types
// go through PyArg_Parse's 'h', 'b', 'i', 'l' and 'L' converters (whose range messages come first);
// the unsigned int and long types through PyNumber_Index and PyLong_AsUnsigned*; floats through
// PyFloat_AsDouble.

import type { PyObject } from '../../objects/object';
import type { ArrayTypecode, CValue } from '../../objects/array';
import type { VM } from '../../vm/vm';
import type { CallRequest } from '../../vm/frame';
import { numberIndex } from '../../runtime/number-index';
import { floatAsDouble } from '../../runtime/float-as-double';

type Gen<T> = Generator<CallRequest, T, PyObject>;

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;

/** PyLong_AsLong (after __index__): a C long or "Python int too large to convert to C long". */
function* asLong(vm: VM, o: PyObject): Gen<bigint> {
  const v = yield* numberIndex(vm, o);
  if (v < LONG_MIN || v > LONG_MAX) throw vm.error('OverflowError', 'Python int too large to convert to C long');
  return v;
}

/** A range check of one of PyArg_Parse's converters or of a typecode's own setitem. */
function bounded(vm: VM, v: bigint, lo: bigint, hi: bigint, what: string): bigint {
  if (v < lo) throw vm.error('OverflowError', `${what} is less than minimum`);
  if (v > hi) throw vm.error('OverflowError', `${what} is greater than maximum`);
  return v;
}

/** The typecode's setitem check: the C value `o` stands for, or CPython's TypeError / OverflowError. */
export function* cValue(vm: VM, typecode: ArrayTypecode, o: PyObject): Gen<CValue> {
  switch (typecode) {
    case 'b': {
      // PyArg_Parse 'h' (a signed short), then the signed char range by hand.
      const v = bounded(vm, yield* asLong(vm, o), -32768n, 32767n, 'signed short integer');
      return Number(bounded(vm, v, -128n, 127n, 'signed char'));
    }
    case 'B':
      return Number(bounded(vm, yield* asLong(vm, o), 0n, 255n, 'unsigned byte integer'));
    case 'h':
      return Number(bounded(vm, yield* asLong(vm, o), -32768n, 32767n, 'signed short integer'));
    case 'H': {
      // PyArg_Parse 'i' (a signed int), then the unsigned short range by hand.
      const v = bounded(vm, yield* asLong(vm, o), -(1n << 31n), (1n << 31n) - 1n, 'signed integer');
      return Number(bounded(vm, v, 0n, 65535n, 'unsigned short'));
    }
    case 'i':
      return Number(bounded(vm, yield* asLong(vm, o), -(1n << 31n), (1n << 31n) - 1n, 'signed integer'));
    case 'l':
      return yield* asLong(vm, o);
    case 'I':
    case 'L': {
      // PyLong_AsUnsignedLong; 'I' then checks UINT_MAX by hand.
      const v = yield* numberIndex(vm, o);
      if (v < 0n) throw vm.error('OverflowError', "can't convert negative value to unsigned int");
      if (v > ULONG_MAX) throw vm.error('OverflowError', 'Python int too large to convert to C unsigned long');
      if (typecode === 'I' && v > 0xffffffffn) throw vm.error('OverflowError', 'unsigned int is greater than maximum');
      return typecode === 'I' ? Number(v) : v;
    }
    case 'q': {
      // PyArg_Parse 'L': PyLong_AsLongLong, whose overflow comes from _PyLong_AsByteArray.
      const v = yield* numberIndex(vm, o);
      if (v < LONG_MIN || v > LONG_MAX) throw vm.error('OverflowError', 'int too big to convert');
      return v;
    }
    case 'Q': {
      const v = yield* numberIndex(vm, o);
      if (v < 0n) throw vm.error('OverflowError', "can't convert negative int to unsigned");
      if (v > ULONG_MAX) throw vm.error('OverflowError', 'int too big to convert');
      return v;
    }
    case 'f':
      return Math.fround(yield* floatAsDouble(vm, o));
    case 'd':
      return yield* floatAsDouble(vm, o);
  }
}
