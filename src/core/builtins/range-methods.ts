// range.count(x) and range.index(x) (Objects/rangeobject.c): for an int or a bool, arithmetic on the
// range's start and step (range_contains_long); for anything else, _PySequence_IterSearch, which
// compares each value of the range with == (range(3).index(1.0) is 1).

import type { PyObject } from '../objects/object';
import { PyInt } from '../objects/atoms';
import { PyRange } from '../objects/containers';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity } from './define';
import { equals } from '../runtime/operators';
import { reprOf } from '../runtime/repr';
import { Cause } from '../trace/events';

/** The position of an int in the range, or -1 (range_contains_long, then (ob - start) // step). */
function positionOfInt(r: PyRange, value: bigint): bigint {
  const inBounds = r.step > 0n ? r.start <= value && value < r.stop : r.stop < value && value <= r.start;
  if (!inBounds || (value - r.start) % r.step !== 0n) return -1n;
  return (value - r.start) / r.step;
}

/** Each position whose value == x, in order, comparing as _PySequence_IterSearch does. */
function* matches(vm: VM, r: PyRange, x: PyObject, first: boolean): Generator<import('../vm/frame').CallRequest, bigint[], PyObject> {
  const found: bigint[] = [];
  for (let k = 0n; k < r.length; k++) {
    const v = vm.newInt(r.start + k * r.step);
    try {
      if (yield* equals(vm, v, x)) {
        found.push(k);
        if (first) break;
      }
    } finally {
      vm.decref(v, Cause.Stack);
    }
  }
  return found;
}

const exactInt = (vm: VM, o: PyObject): o is PyInt => o instanceof PyInt && (o.type === vm.t.int || o.type === vm.t.bool);

export function installRangeMethods(vm: VM): void {
  method(vm, vm.t.range, 'count', function* (args, _k, self): Native {
    arity(vm, 'range.count', args, 1, 1);
    const r = self as PyRange;
    if (exactInt(vm, args[0])) return vm.newInt(positionOfInt(r, args[0].value) >= 0n ? 1 : 0);
    return vm.newInt((yield* matches(vm, r, args[0], false)).length);
  });
  method(vm, vm.t.range, 'index', function* (args, _k, self): Native {
    arity(vm, 'range.index', args, 1, 1);
    const r = self as PyRange;
    if (exactInt(vm, args[0])) {
      const k = positionOfInt(r, args[0].value);
      if (k >= 0n) return vm.newInt(k);
      throw vm.error('ValueError', `${yield* reprOf(vm, args[0])} is not in range`);
    }
    const [k] = yield* matches(vm, r, args[0], true);
    if (k === undefined) throw vm.error('ValueError', 'sequence.index(x): x not in sequence');
    return vm.newInt(k);
  });
}
