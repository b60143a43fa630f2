// int's and float's __floor__, __ceil__, __trunc__ and __round__ (Objects/longobject.c,
// floatobject.c): what math.floor(), math.ceil(), math.trunc() and round() call, callable directly.

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method } from './define';
import { Cause } from '../trace/events';

export function installNumberRoundingMethods(vm: VM): void {
  const t = vm.t;
  // int.__floor__ and friends: the int itself (long_long: an exact int for a subclass or bool).
  const exactInt = (self: PyObject | null) => {
    const i = self as PyInt;
    return i.type === t.int ? vm.incref(i, Cause.Return) : vm.newInt(i.value);
  };
  for (const name of ['__floor__', '__ceil__', '__trunc__']) method(vm, t.int, name, (_a, _k, self) => exactInt(self));

  // float.__floor__ / __ceil__ / __trunc__: the rounded value as an int (NaN and infinities refused).
  const floatToInt = (x: number): PyObject => {
    if (Number.isNaN(x)) throw vm.error('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw vm.error('OverflowError', 'cannot convert float infinity to integer');
    return vm.newInt(BigInt(x));
  };
  const rounded: [string, (x: number) => number][] = [['__floor__', Math.floor], ['__ceil__', Math.ceil], ['__trunc__', Math.trunc]];
  for (const [name, f] of rounded) method(vm, t.float, name, (_a, _k, self) => floatToInt(f((self as PyFloat).value)));

  // __round__(ndigits=None): round()'s own work for ints and floats (builtin_round calls it).
  for (const type of [t.int, t.float]) {
    method(vm, type, '__round__', function* (args, _k, self): Native {
      const round = vm.builtins.getStr('round') as PyObject;
      return yield { callable: round, args: [self as PyObject, ...args], kwargs: null };
    });
  }
}
