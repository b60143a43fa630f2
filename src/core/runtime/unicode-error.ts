// UnicodeEncodeError and UnicodeDecodeError as CPython builds them (Objects/exceptions.c): args
// (encoding, object, start, end, reason), the attributes of the same names, and a str() computed
// from them ("'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)").

import type { PyObject } from '../objects/object';
import { PyBytes, PyInt, PyStr } from '../objects/atoms';
import type { PyExceptionObj } from '../objects/instances';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { PyError } from '../vm/errors';
import { decodeErrorMessage, encodeErrorMessage, type CodecError } from './text/codecs';
import { Cause } from '../trace/events';

const FIELDS = ['encoding', 'object', 'start', 'end', 'reason'] as const;

/** The exception for a codec failure; `object` is the str encoded or the bytes decoded (borrowed). */
export function codecFailure(vm: VM, error: CodecError, object: PyObject): PyError {
  if (error.type === 'LookupError') return vm.error('LookupError', error.message);
  // A decode error keeps a bytes copy of its input (PyUnicodeDecodeError_Create), even of a bytearray.
  const obj = error.type === 'UnicodeDecodeError' && object.type !== vm.t.bytes ? vm.newBytes(Uint8Array.from((object as PyBytes).value)) : vm.incref(object, Cause.Exception);
  return vm.errorWith(error.type, [vm.newStr(error.codec), obj, vm.newInt(error.start), vm.newInt(error.end), vm.newStr(error.reason)]);
}

function kind(vm: VM, e: PyExceptionObj): 'encode' | 'decode' | null {
  const encode = vm.exc.get('UnicodeEncodeError') as PyType;
  const decode = vm.exc.get('UnicodeDecodeError') as PyType;
  return e.type.isSubtypeOf(encode) ? 'encode' : e.type.isSubtypeOf(decode) ? 'decode' : null;
}

/** str() of a UnicodeEncodeError/UnicodeDecodeError with its five arguments; null otherwise. */
export function unicodeErrorText(vm: VM, e: PyExceptionObj): string | null {
  const k = kind(vm, e);
  const [encoding, object, start, end, reason] = e.args.items;
  if (!k || e.args.items.length !== 5 || !(encoding instanceof PyStr) || !(start instanceof PyInt) || !(end instanceof PyInt) || !(reason instanceof PyStr)) return null;
  if (k === 'encode' && object instanceof PyStr) return encodeErrorMessage(encoding.value, object.value, Number(start.value), Number(end.value), reason.value);
  if (k === 'decode' && object instanceof PyBytes) return decodeErrorMessage(encoding.value, object.value, Number(start.value), Number(end.value), reason.value);
  return null;
}

/** e.encoding, e.object, e.start, e.end, e.reason (a new reference), or null. */
export function unicodeErrorAttribute(vm: VM, e: PyExceptionObj, name: string): PyObject | null {
  const i = (FIELDS as readonly string[]).indexOf(name);
  if (i < 0 || !kind(vm, e) || e.args.items.length !== 5) return null;
  return vm.incref(e.args.items[i], Cause.Stack);
}
