// float.hex() and float.fromhex() (Objects/floatobject.c float_hex_impl, float_fromhex): a float's exact
// value in hexadecimal, `0x1.921f9f01b866ep+1` (13 hex digits after the point, a subnormal's leading digit
// 0), and back, rounded half to even as the parse of any other float literal is.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyFloat, PyStr } from '../objects/atoms';
import { PyBuiltin, PyDescriptorWrapper } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method } from './define';
import { setName } from '../runtime/dicts';
import { Cause } from '../trace/events';

/** DBL_MIN_EXP, and the 13 hex digits float_hex writes after the point ((TOHEX_NBITS - 1) / 4). */
const DBL_MIN_EXP = -1021;
const HEX_DIGITS = 13;

/** float_hex: nan and the infinities as repr() writes them, else [-]0xh.hhhhhhhhhhhhhp±e. */
export function floatHex(x: number): string | null {
  if (!Number.isFinite(x)) return null;
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  // frexp: |x| = m·2^e with m in [0.5, 1); shifted so that m has one hex digit before the point (0 for a subnormal).
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let m = ldexp(Math.abs(x), -e);
  if (m >= 1) {
    m /= 2;
    e += 1;
  } else if (m < 0.5) {
    m *= 2;
    e -= 1;
  }
  const shift = 1 - Math.max(DBL_MIN_EXP - e, 0);
  m *= 2 ** shift;
  e -= shift;
  let digits = Math.trunc(m).toString(16) + '.';
  m -= Math.trunc(m);
  for (let i = 0; i < HEX_DIGITS; i++) {
    m *= 16;
    digits += Math.trunc(m).toString(16);
    m -= Math.trunc(m);
  }
  return `${x < 0 ? '-' : ''}0x${digits}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** v·2^n, exact while the result is a double: in two steps, since 2^n alone may not be one (n = ±1074). */
function ldexp(v: number, n: number): number {
  const half = Math.trunc(n / 2);
  return v * 2 ** half * 2 ** (n - half);
}

/** Py_ISSPACE: the ASCII whitespace float_fromhex skips around the number. */
const SPACE = /^[ \t\n\v\f\r]*/;

/** _Py_parse_inf_or_nan at the start of `s`: the value and what it used, or null. */
function infOrNan(s: string): { value: number; length: number } | null {
  const m = /^([+-]?)(infinity|inf|nan)/i.exec(s);
  if (!m) return null;
  const negative = m[1] === '-';
  const value = m[2].toLowerCase() === 'nan' ? NaN : negative ? -Infinity : Infinity;
  return { value, length: m[0].length };
}

/**
 * M·2^E (M ≥ 0) rounded half to even to the nearest double, as float_fromhex rounds: null when it is too
 * large for a float.
 */
function roundToDouble(mantissa: bigint, exponent: number): number | null {
  if (mantissa === 0n) return 0;
  const bits = mantissa.toString(2).length;
  const top = bits - 1 + exponent;
  if (top > 1024) return null;
  if (top < -1076) return 0;
  // The least significant bit a double keeps at this magnitude (a subnormal keeps fewer).
  const lsb = Math.max(top - 52, -1074);
  const shift = lsb - exponent;
  let q: bigint;
  if (shift > 0) {
    const big = BigInt(shift);
    q = mantissa >> big;
    const remainder = mantissa & ((1n << big) - 1n);
    const half = 1n << (big - 1n);
    if (remainder > half || (remainder === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = mantissa << BigInt(-shift);
  }
  // Rounding up can carry into 2^1024.
  if (q === 0n) return 0;
  if (q.toString(2).length - 1 + lsb >= 1024) return null;
  return Number(q) * 2 ** lsb;
}

/** float_fromhex's parse of `text`: the value, or 'invalid' / 'overflow'. */
export function parseHexFloat(text: string): number | 'invalid' | 'overflow' {
  let s = text.replace(SPACE, '');
  let value: number;
  const special = infOrNan(s);
  if (special) {
    value = special.value;
    s = s.slice(special.length);
  } else {
    const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?/.exec(s);
    if (!m) return 'invalid';
    const [whole, sign, intDigits, fracDigits = '', exp] = m;
    if (intDigits.length + fracDigits.length === 0) return 'invalid';
    // A `p` without a decimal exponent after it is left unparsed: the string is invalid.
    s = s.slice(whole.length);
    const mantissa = BigInt(`0x${intDigits}${fracDigits}`);
    const exponent = (exp === undefined ? 0 : Math.max(Math.min(Number(exp), 1e9), -1e9)) - 4 * fracDigits.length;
    const rounded = roundToDouble(mantissa, exponent);
    if (rounded === null) return 'overflow';
    value = sign === '-' ? -rounded : rounded;
  }
  return s.replace(SPACE, '') === '' ? value : 'invalid';
}

export function installFloatHex(vm: VM, float: PyType): void {
  method(vm, float, 'hex', (_args, _kwargs, self) => {
    const x = (self as PyFloat).value;
    // float_repr's nan, inf and -inf.
    return vm.newStr(floatHex(x) ?? (Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf'));
  });
  // A classmethod (METH_O | METH_CLASS): a subclass gets cls(the float).
  const fromhex = new PyBuiltin(vm.t.builtin_function_or_method, 'fromhex', function* (args: PyObject[]): Native {
    const [cls, text] = args as [PyType, PyObject | undefined];
    if (args.length !== 2) throw vm.error('TypeError', `float.fromhex() takes exactly one argument (${args.length - 1} given)`);
    if (!(text instanceof PyStr)) throw vm.error('TypeError', 'bad argument type for built-in operation');
    const parsed = parseHexFloat(text.value);
    if (parsed === 'invalid') throw vm.error('ValueError', 'invalid hexadecimal floating-point string');
    if (parsed === 'overflow') throw vm.error('OverflowError', 'hexadecimal value too large to represent as a float');
    const result = vm.newFloat(parsed);
    if (cls === vm.t.float) return result;
    try {
      return yield { callable: cls, args: [result], kwargs: null };
    } finally {
      vm.decref(result, Cause.Stack);
    }
  }, null, 'float');
  fromhex.immortal = true;
  const classmethod = new PyDescriptorWrapper(vm.t.classmethod, [fromhex]);
  classmethod.immortal = true;
  setName(vm, float.dict, 'fromhex', classmethod, true);
}
