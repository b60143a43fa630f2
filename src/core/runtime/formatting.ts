// printf-style `'%s' % args`: the tested formatter in text/percent-format.ts does the work;
// this adapter describes our objects to it. str()/repr() of a class instance run its
// __str__/__repr__ nested (VM.runSync), as PyUnicode_Format calls them on the C stack.

import type { PyObject } from '../objects/object';
import { PyTuple, PyList } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyInt, PyFloat, PyStr, PyBytes } from '../objects/atoms';
import { stridedBufferBytes } from './buffers';
import { latin1String } from './text/unicode-props';
import { PyFunction } from '../objects/callables';
import type { VM } from '../vm/vm';
import { strOf, reprOf } from './repr';
import { getItem } from './subscripts';
import { unwrap } from './numbers';
import { ok } from './text/result';
import { percentFormat as formatPercent, type PercentValue } from './text/percent-format';
import { Cause } from '../trace/events';

function describe(o: PyObject): PercentValue {
  if (o instanceof PyInt) return { kind: 'int', value: o.value, typeName: o.type.name, exact: o.type.name === 'int' };
  if (o instanceof PyFloat) return { kind: 'float', value: o.value, typeName: o.type.name };
  if (o instanceof PyStr) return { kind: 'str', value: o.value, typeName: o.type.name };
  return { kind: 'other', typeName: o.type.name };
}

/**
 * What the formatter asks of the Python side for both `str % args` and `bytes % args`: `%(key)s` looks the
 * key (made by `makeKey`) up in the mapping, the value held in `held` until the text is built; str() and repr().
 */
function mappingAndText(vm: VM, args: PyObject, held: PyObject[], makeKey: (key: string) => PyObject) {
  return {
    getItem: (key: string) => {
      const k = makeKey(key);
      try {
        const v = vm.runSync(getItem(vm, args, k));
        held.push(v);
        return ok(v);
      } finally {
        vm.decref(k, Cause.Stack);
      }
    },
    describe,
    str: (v: PyObject) => ok(vm.runSync(strOf(vm, v))),
    repr: (v: PyObject) => ok(vm.runSync(reprOf(vm, v))),
  };
}

/** `format % args` as a new str reference; Python errors propagate as PyError. */
export function percentFormat(vm: VM, formatObj: PyStr, args: PyObject): PyObject {
  const format = formatObj.value;
  const isMapping = !(args instanceof PyTuple) && !(args instanceof PyStr) &&
    (args instanceof PyDict || args instanceof PyList || args.type.lookup('__getitem__') instanceof PyFunction);
  // Values fetched for %(key)s stay referenced until the text is built.
  const held: PyObject[] = [];
  const result = formatPercent<PyObject>(format, {
    args,
    tupleItems: args instanceof PyTuple ? args.items : null,
    isMapping,
    ...mappingAndText(vm, args, held, (key) => vm.newStr(key)),
  });
  for (const v of held) vm.decref(v, Cause.Stack);
  const text = unwrap(vm, result);
  // PyUnicode_Format's writer hands back the one str it was given whole: the format itself when it has
  // no directive, the argument of a lone '%s' when that is an exact str.
  // (A str subclass too: the writer keeps the very object.)
  if (format !== '' && !format.includes('%')) return vm.incref(formatObj, Cause.Stack);
  if (format === '%s') {
    const arg = args instanceof PyTuple ? args.items[0] : args;
    if (arg instanceof PyStr && arg.type === vm.t.str) return vm.incref(arg, Cause.Stack);
  }
  return vm.newStr(text);
}

/** `bytes % args` (bytes and bytearray): the same formatter over code points 0-255; a new object of the format's type. */
export function bytesPercentFormat(vm: VM, formatObj: PyBytes, args: PyObject): PyObject {
  const latin1 = latin1String;
  const isMapping = !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyStr) &&
    (args instanceof PyDict || args.type.lookup('__getitem__') instanceof PyFunction);
  const held: PyObject[] = [];
  const result = formatPercent<PyObject>(latin1(formatObj.value), {
    args,
    tupleItems: args instanceof PyTuple ? args.items : null,
    isMapping,
    ...mappingAndText(vm, args, held, (key) => vm.newBytes(Uint8Array.from(key, (c) => c.charCodeAt(0)))),
    bytesOf: (v) => {
      const b = stridedBufferBytes(vm, v);
      return b ? ok(latin1(b)) : null;
    },
  });
  for (const v of held) vm.decref(v, Cause.Stack);
  const out = Uint8Array.from(unwrap(vm, result), (c) => c.charCodeAt(0));
  return formatObj.type === vm.t.bytearray ? vm.track(new PyBytes(vm.t.bytearray, out)) : vm.newBytes(out);
}
