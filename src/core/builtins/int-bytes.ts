// int.to_bytes(length=1, byteorder='big', *, signed=False) and int.from_bytes(bytes, byteorder='big', *,
// signed=False): Objects/longobject.c (int_to_bytes_impl, int_from_bytes_impl) over
// _PyLong_AsByteArray / _PyLong_FromByteArray, two's complement when signed.

import type { PyObject } from '../objects/object';
import { PyInt, PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { unpackKeywords, type ClinicSignature } from './clinic-keywords';
import { clinicTypeName } from './text-arguments';
import { iterateToArray } from '../runtime/iteration';
import { truthy } from '../runtime/operators';
import { Cause } from '../trace/events';

/** The byteorder argument: a str, 'little' or 'big'. */
function byteOrder(vm: VM, fname: string, o: PyObject | undefined): 'little' | 'big' {
  if (o === undefined) return 'big';
  if (!(o instanceof PyStr)) throw vm.error('TypeError', `${fname}() argument 'byteorder' must be str, not ${clinicTypeName(vm, o)}`);
  if (o.value === 'little' || o.value === 'big') return o.value;
  throw vm.error('ValueError', "byteorder must be either 'little' or 'big'");
}

const TO_BYTES: ClinicSignature = { name: 'to_bytes', parameters: ['length', 'byteorder', 'signed'], positionalOnly: 0, maxPositional: 2, minPositional: 0 };
const FROM_BYTES: ClinicSignature = { name: 'from_bytes', parameters: ['bytes', 'byteorder', 'signed'], positionalOnly: 0, maxPositional: 2, minPositional: 1 };

/** The first argument, the byte order and the keyword-only signed flag. */
function* parse(vm: VM, sig: ClinicSignature, args: PyObject[], kwargs: Map<string, PyObject> | null): Generator<import('../vm/frame').CallRequest, [PyObject | null, 'little' | 'big', boolean], PyObject> {
  const [first, orderObj, signedObj] = unpackKeywords(vm, sig, args, kwargs);
  const order = byteOrder(vm, sig.name, orderObj ?? undefined);
  const signed = signedObj ? yield* truthy(vm, signedObj) : false;
  return [first, order, signed];
}

/** PyObject_Bytes as int.from_bytes applies it: bytes-like data, or an iterable of ints 0..255 (not a str). */
function* bytesOf(vm: VM, o: PyObject): Generator<import('../vm/frame').CallRequest, Uint8Array, PyObject> {
  if (o instanceof PyBytes) return o.value;
  const iterable = o instanceof PyList || o instanceof PyTuple || (!(o instanceof PyStr) && !(o instanceof PyInt) && o.type.lookup('__iter__'));
  if (!iterable) throw vm.error('TypeError', `cannot convert '${o.type.name}' object to bytes`);
  const items = yield* iterateToArray(vm, o);
  try {
    return Uint8Array.from(items.map((i) => {
      if (!(i instanceof PyInt)) throw vm.error('TypeError', `'${i.type.name}' object cannot be interpreted as an integer`);
      if (i.value < 0n || i.value > 255n) throw vm.error('ValueError', 'bytes must be in range(0, 256)');
      return Number(i.value);
    }));
  } finally {
    for (const i of items) vm.decref(i, Cause.Slot);
  }
}

export function* intToBytes(vm: VM, self: PyInt, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  const [lengthObj, order, signed] = yield* parse(vm, TO_BYTES, args, kwargs);
  let length = 1;
  if (lengthObj) {
    if (!(lengthObj instanceof PyInt)) throw vm.error('TypeError', `'${lengthObj.type.name}' object cannot be interpreted as an integer`);
    if (lengthObj.value < 0n) throw vm.error('ValueError', 'length argument must be non-negative');
    length = Number(lengthObj.value);
  }
  const n = self.value;
  if (n < 0n && !signed) throw vm.error('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n) : n < 1n << bits;
  if (length === 0 ? n !== 0n : !fits) throw vm.error('OverflowError', 'int too big to convert');
  let v = BigInt.asUintN(length * 8, n);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === 'little' ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return vm.newBytes(out);
}

export function* intFromBytes(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  const [bytesObj, order, signed] = yield* parse(vm, FROM_BYTES, args, kwargs);
  const data = yield* bytesOf(vm, bytesObj as PyObject);
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[order === 'little' ? data.length - 1 - i : i]);
  if (signed && data.length > 0) v = BigInt.asIntN(data.length * 8, v);
  return vm.newInt(v);
}
