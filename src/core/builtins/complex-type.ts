// complex(real=0, imag=0): complex_new in Objects/complexobject.c, with its messages.

import type { PyObject } from '../objects/object';
import { PyComplex, PyFloat, PyInt, PyStr } from '../objects/atoms';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { constructors } from '../vm/calls';
import { unwrap } from '../runtime/numbers';
import { intToFloat } from '../runtime/text/int-ops';
import { complexFromString, type Complex } from '../runtime/complex-math';
import { checkAtMost } from './define';
import { checkKeywords } from './keyword-arguments';
import { Cause } from '../trace/events';

/** A number argument of complex(): its value, and whether it was a complex. */
function* numberPart(vm: VM, o: PyObject, which: 'first' | 'second'): Generator<import('../vm/frame').CallRequest, [Complex, boolean], PyObject> {
  if (o instanceof PyComplex) return [[o.real, o.imag], true];
  if (o instanceof PyFloat) return [[o.value, 0], false];
  if (o instanceof PyInt) return [[unwrap(vm, intToFloat(o.value)), 0], false];
  // PyNumber_Float: __float__, else __index__.
  const m = o.type.lookup('__float__') ?? o.type.lookup('__index__');
  if (!m) {
    throw vm.error('TypeError', which === 'first'
      ? `complex() first argument must be a string or a number, not '${o.type.name}'`
      : `complex() second argument must be a number, not '${o.type.name}'`);
  }
  const r = yield { callable: m, args: [o], kwargs: null };
  try {
    if (r instanceof PyFloat) return [[r.value, 0], false];
    if (r instanceof PyInt) return [[unwrap(vm, intToFloat(r.value)), 0], false];
    throw vm.error('TypeError', `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
  } finally {
    vm.decref(r, Cause.Return);
  }
}

export function installComplex(vm: VM): void {
  constructors.set(vm.t.complex, function* (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, type: PyType): Native {
    checkAtMost(vm, 'complex', args.length + (kwargs?.size ?? 0), 2);
    checkKeywords(vm, 'complex', kwargs, ['real', 'imag']);
    const r = args[0] ?? kwargs?.get('real') ?? null;
    const i = args[1] ?? kwargs?.get('imag') ?? null;
    const make = (re: number, im: number) => vm.newComplex(re, im);
    if (r === null) {
      if (i === null) return make(0, 0);
    } else {
      // complex(c) of an exact complex is c itself.
      if (r instanceof PyComplex && r.type === vm.t.complex && i === null && type === vm.t.complex) return vm.incref(r, Cause.Return);
      if (r instanceof PyStr) {
        if (i !== null) throw vm.error('TypeError', "complex() can't take second arg if first is a string");
        const c = complexFromString(r.value);
        if (c === null) throw vm.error('ValueError', 'complex() arg is a malformed string');
        return make(c[0], c[1]);
      }
    }
    if (i instanceof PyStr) throw vm.error('TypeError', "complex() second arg can't be a string");
    // A class's __complex__ gives the first argument's value.
    let first: PyObject = r ?? vm.newInt(0);
    let converted: PyObject | null = null;
    const special = first.type.heap ? first.type.lookup('__complex__') : null;
    if (special) {
      converted = yield { callable: special, args: [first], kwargs: null };
      if (!(converted instanceof PyComplex)) {
        const name = converted.type.name;
        vm.decref(converted, Cause.Return);
        throw vm.error('TypeError', `__complex__ returned non-complex (type ${name})`);
      }
      first = converted;
    }
    try {
      const [cr, crIsComplex] = yield* numberPart(vm, first, 'first');
      let ci: Complex = [cr[1], 0];
      let ciIsComplex = false;
      if (i !== null) [ci, ciIsComplex] = yield* numberPart(vm, i, 'second');
      // complex(a, b) is a + b*1j also when a or b are complex.
      let re = cr[0];
      let im = ci[0];
      if (ciIsComplex) re -= ci[1];
      if (crIsComplex && i !== null) im += cr[1];
      return make(re, im);
    } finally {
      if (converted) vm.decref(converted, Cause.Return);
      if (r === null) vm.decref(first, Cause.Stack);
    }
  });
}
