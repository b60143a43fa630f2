// bytearray's methods that change its length (Objects/bytearrayobject.c): each goes through
// PyByteArray_Resize's check, so none of them works while a memoryview of the bytearray is alive.

import type { PyObject } from '../objects/object';
import { PyStr, type PyBytes } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity, checkPositional } from './define';
import { indexArg } from './text-arguments';
import { refuseKeywords } from '../modules/collections/native-type';
import { contiguousBufferBytes } from '../runtime/buffers';
import { PyMemoryView } from '../objects/memoryview';
import { byteValue, bytesFromInts, checkResizable, setBytearrayData, spliced } from '../runtime/bytearray-storage';

export function installBytearrayMethods(vm: VM): void {
  const t = vm.t.bytearray;
  const B = (self: PyObject | null) => self as PyBytes;
  method(vm, t, 'append', (args, kwargs, self) => {
    refuseKeywords(vm, 'bytearray.append', kwargs);
    arity(vm, 'bytearray.append', args, 1);
    const ba = B(self);
    setBytearrayData(vm, ba, spliced(ba.value, ba.value.length, ba.value.length, Uint8Array.of(byteValue(vm, args[0]))));
    return vm.newNone();
  });
  method(vm, t, 'extend', function* (args, kwargs, self): Native {
    refuseKeywords(vm, 'bytearray.extend', kwargs);
    arity(vm, 'bytearray.extend', args, 1);
    const ba = B(self);
    // bytearray_setslice asks for a simple buffer: a strided view is refused in its own words.
    const buffer = contiguousBufferBytes(vm, args[0]);
    if (!buffer && args[0] instanceof PyMemoryView) throw vm.error('TypeError', "can't set bytearray slice from memoryview");
    // 3.13 words the failure of a str's first item in terms of the str.
    if (args[0] instanceof PyStr && args[0].value.length && vm.options.version.bytearrayExtendStrMessage) throw vm.error('TypeError', "expected iterable of integers; got: 'str'");
    const more = buffer ? Uint8Array.from(buffer) : yield* bytesFromInts(vm, args[0], `can't extend bytearray with ${args[0].type.name}`);
    setBytearrayData(vm, ba, spliced(ba.value, ba.value.length, ba.value.length, more));
    return vm.newNone();
  });
  method(vm, t, 'insert', (args, kwargs, self) => {
    refuseKeywords(vm, 'bytearray.insert', kwargs);
    checkPositional(vm, 'insert', args.length, 2, 2);
    const ba = B(self);
    const n = ba.value.length;
    let i = indexArg(vm, args[0]);
    const item = byteValue(vm, args[1]);
    checkResizable(vm, ba);
    if (i < 0) i = Math.max(0, i + n);
    setBytearrayData(vm, ba, spliced(ba.value, Math.min(i, n), Math.min(i, n), Uint8Array.of(item)));
    return vm.newNone();
  });
  method(vm, t, 'pop', (args, kwargs, self) => {
    refuseKeywords(vm, 'bytearray.pop', kwargs);
    checkPositional(vm, 'pop', args.length, 0, 1);
    const ba = B(self);
    const n = ba.value.length;
    let i = args.length ? indexArg(vm, args[0]) : -1;
    if (n === 0) throw vm.error('IndexError', 'pop from empty bytearray');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw vm.error('IndexError', 'pop index out of range');
    const value = ba.value[i];
    setBytearrayData(vm, ba, spliced(ba.value, i, i + 1, new Uint8Array(0)));
    return vm.newInt(value);
  });
  method(vm, t, 'remove', (args, kwargs, self) => {
    refuseKeywords(vm, 'bytearray.remove', kwargs);
    arity(vm, 'bytearray.remove', args, 1);
    const ba = B(self);
    const i = ba.value.indexOf(byteValue(vm, args[0]));
    if (i < 0) throw vm.error('ValueError', 'value not found in bytearray');
    setBytearrayData(vm, ba, spliced(ba.value, i, i + 1, new Uint8Array(0)));
    return vm.newNone();
  });
  method(vm, t, 'clear', (args, kwargs, self) => {
    refuseKeywords(vm, 'bytearray.clear', kwargs);
    arity(vm, 'bytearray.clear', args, 0);
    setBytearrayData(vm, B(self), new Uint8Array(0));
    return vm.newNone();
  });
  method(vm, t, 'reverse', (args, kwargs, self) => {
    refuseKeywords(vm, 'bytearray.reverse', kwargs);
    arity(vm, 'bytearray.reverse', args, 0);
    B(self).value.reverse();
    return vm.newNone();
  });
}
