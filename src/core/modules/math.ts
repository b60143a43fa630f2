// The math module (Modules/mathmodule.c) for the functions teaching code uses. Float functions
// convert their argument like PyFloat_AsDouble (ints correctly rounded, "must be real number,
// not str") and report errors as math_1 does: a NaN out of a non-NaN is "math domain error", an
// infinity out of a finite number "math range error" (OverflowError) where the function can
// overflow. floor/ceil/trunc return ints; gcd/lcm/factorial/isqrt/comb/perm work on exact ints.
// sqrt, log, exp, sin, cos, hypot and fsum give glibc's/CPython's bits but in rare cases (math-accurate.ts,
// math-fsum.ts); tan, the inverse and hyperbolic functions and pow use V8's Math, whose last bit differs
// from glibc's for a few percent of arbitrary arguments (not for 0, pi/2, pi/4, small ints...).

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import { PyInt, PyFloat } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { setName } from '../runtime/dicts';
import { binaryOp } from '../runtime/operators';
import { iterateToArray } from '../runtime/iteration';
import { BinaryOps } from '../compile/bytecode';
import { fn } from '../builtins/define';
import { checkKeywords } from '../builtins/keyword-arguments';
import { exactSum } from './math-fsum';
import { accurateLog, accurateExp, accurateSin, accurateCos, vectorNorm } from './math-accurate';
import { Cause } from '../trace/events';
import { floatAsDouble } from '../runtime/float-as-double';

const MULT = BinaryOps.indexOf('Mult');

export function createMath(vm: VM, module: PyModule): void {
  const d = module.dict;
  const domain = () => vm.error('ValueError', 'math domain error');
  const range = () => vm.error('OverflowError', 'math range error');

  const toDouble = (o: PyObject) => floatAsDouble(vm, o);
  const exactInt = (o: PyObject): bigint => {
    if (o instanceof PyInt) return o.value;
    throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  };
  const one = (name: string, args: PyObject[]): PyObject => {
    if (args.length !== 1) throw vm.error('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  };
  const two = (name: string, args: PyObject[]): [PyObject, PyObject] => {
    if (args.length !== 2) throw vm.error('TypeError', `${name} expected 2 arguments, got ${args.length}`);
    return [args[0], args[1]];
  };

  /** math_1: f applied to a double, with CPython's error rules. */
  const unary = (name: string, f: (x: number) => number, canOverflow: boolean) =>
    fn(vm, d, name, function* (args): Native {
      const x = yield* toDouble(one(name, args));
      const r = f(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
      if (!Number.isFinite(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
      return vm.newFloat(r);
    });
  unary('sqrt', Math.sqrt, false);
  unary('exp', accurateExp, true);
  unary('sin', accurateSin, false);
  unary('cos', accurateCos, false);
  unary('tan', Math.tan, false);
  unary('asin', Math.asin, false);
  unary('acos', Math.acos, false);
  unary('atan', Math.atan, false);
  unary('sinh', Math.sinh, true);
  unary('cosh', Math.cosh, true);
  unary('tanh', Math.tanh, false);
  unary('fabs', Math.abs, false);
  unary('degrees', (x) => x * (180 / Math.PI), true);
  unary('radians', (x) => x * (Math.PI / 180), false);

  /** loghelper: ints too large for a double are split into mantissa and a power of two. */
  function* logOf(o: PyObject, log: (x: number) => number): Generator<import('../vm/frame').CallRequest, number, PyObject> {
    if (o instanceof PyInt && !(o instanceof PyFloat)) {
      if (o.value <= 0n) throw domain();
      const x = Number(o.value);
      if (Number.isFinite(x)) return log(x);
      // _PyLong_Frexp: x = m * 2**e with m in [0.5, 1); log(x) = log(m) + log(2) * e.
      const e = o.value.toString(2).length;
      const m = Number(o.value >> BigInt(e - 64)) / 2 ** 64;
      return log(m) + log(2) * e;
    }
    const x = yield* toDouble(o);
    if (Number.isNaN(x)) return x;
    if (x <= 0) throw domain();
    return log(x);
  }
  fn(vm, d, 'log', function* (args): Native {
    if (args.length < 1 || args.length > 2) throw vm.error('TypeError', `log expected at least 1 argument, got ${args.length}`);
    const num = yield* logOf(args[0], accurateLog);
    if (args.length === 1) return vm.newFloat(num);
    const den = yield* logOf(args[1], accurateLog);
    if (den === 0) throw vm.error('ZeroDivisionError', 'float division by zero');
    return vm.newFloat(num / den);
  });
  fn(vm, d, 'log2', function* (args): Native { return vm.newFloat(yield* logOf(one('log2', args), Math.log2)); });
  fn(vm, d, 'log10', function* (args): Native { return vm.newFloat(yield* logOf(one('log10', args), Math.log10)); });

  /** floor/ceil/trunc: a float rounded to an int; other objects through their special method. */
  const rounding = (name: string, special: string, f: (x: number) => number) =>
    fn(vm, d, name, function* (args): Native {
      const o = one(name, args);
      // int.__floor__ and friends return the int itself (an exact int for subclasses and bool).
      if (o instanceof PyInt) return o.type === vm.t.int ? vm.incref(o, Cause.Stack) : vm.newInt(o.value);
      const m = o.type.heap ? o.type.lookup(special) : null;
      if (o instanceof PyFloat && !(m && o.type.dict.getStr(special))) return floatToInt(f(o.value));
      if (m) return yield { callable: m, args: [o], kwargs: null };
      if (name === 'trunc') throw vm.error('TypeError', `type ${o.type.name} doesn't define __trunc__ method`);
      return floatToInt(f(yield* toDouble(o)));
    });
  const floatToInt = (x: number): PyObject => {
    if (Number.isNaN(x)) throw vm.error('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw vm.error('OverflowError', 'cannot convert float infinity to integer');
    return vm.newInt(BigInt(x));
  };
  rounding('floor', '__floor__', Math.floor);
  rounding('ceil', '__ceil__', Math.ceil);
  rounding('trunc', '__trunc__', Math.trunc);

  fn(vm, d, 'pow', function* (args): Native {
    const [a, b] = two('pow', args);
    const x = yield* toDouble(a);
    const y = yield* toDouble(b);
    return vm.newFloat(cPow(x, y, domain, range));
  });
  fn(vm, d, 'atan2', function* (args): Native {
    const [a, b] = two('atan2', args);
    const y = yield* toDouble(a);
    return vm.newFloat(Math.atan2(y, yield* toDouble(b)));
  });
  fn(vm, d, 'copysign', function* (args): Native {
    const [a, b] = two('copysign', args);
    const x = yield* toDouble(a);
    const y = yield* toDouble(b);
    const negative = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false);
    return vm.newFloat(negative ? -Math.abs(x) : Math.abs(x));
  });
  // math_fmod_impl: C's fmod (JavaScript's %, exact); x for an infinite y; NaN from finite operands is a domain error.
  fn(vm, d, 'fmod', function* (args): Native {
    const [a, b] = two('fmod', args);
    const x = yield* toDouble(a);
    const y = yield* toDouble(b);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return vm.newFloat(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domain();
    return vm.newFloat(r);
  });
  // math_modf: (fractional part, integer part), both with x's sign; (±0.0, x) for an infinity.
  fn(vm, d, 'modf', function* (args): Native {
    const x = yield* toDouble(one('modf', args));
    const signed0 = (v: number) => (v === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : v);
    if (!Number.isFinite(x) && !Number.isNaN(x)) return vm.newTuple([vm.newFloat(signed0(0)), vm.newFloat(x)]);
    const whole = Math.trunc(x);
    return vm.newTuple([vm.newFloat(Number.isNaN(x) ? x : signed0(x - whole)), vm.newFloat(whole)]);
  });
  // math_frexp: x = m * 2**e with 0.5 <= |m| < 1, read from the double's bits (exact); (x, 0) for 0, inf, nan.
  fn(vm, d, 'frexp', function* (args): Native {
    const x = yield* toDouble(one('frexp', args));
    if (x === 0 || !Number.isFinite(x)) return vm.newTuple([vm.newFloat(x), vm.newInt(0)]);
    const [m, e] = frexp(x);
    return vm.newTuple([vm.newFloat(m), vm.newInt(e)]);
  });
  // math_dist_impl: the hypot of the coordinates' differences (same vector_norm).
  fn(vm, d, 'dist', function* (args): Native {
    const [p, q] = two('dist', args);
    const points: number[][] = [];
    // PySequence_Tuple of each point
    for (const point of [p, q]) {
      const items = yield* iterateToArray(vm, point);
      try {
        const xs: number[] = [];
        for (const i of items) xs.push(yield* toDouble(i));
        points.push(xs);
      } finally {
        for (const i of items) vm.decref(i, Cause.Slot);
      }
    }
    if (points[0].length !== points[1].length) throw vm.error('ValueError', 'both points must have the same number of dimensions');
    return vm.newFloat(vectorNorm(points[0].map((x, i) => Math.abs(x - points[1][i]))));
  });
  fn(vm, d, 'hypot', function* (args): Native {
    const xs: number[] = [];
    for (const a of args) xs.push(yield* toDouble(a));
    return vm.newFloat(vectorNorm(xs));
  });
  fn(vm, d, 'fsum', function* (args): Native {
    const items = yield* iterateToArray(vm, one('fsum', args));
    try {
      const xs: number[] = [];
      for (const i of items) xs.push(yield* toDouble(i));
      const r = exactSum(xs);
      if (r === 'overflow') throw vm.error('OverflowError', 'intermediate overflow in fsum');
      if (r === 'nan') throw vm.error('ValueError', '-inf + inf in fsum');
      return vm.newFloat(r);
    } finally {
      for (const i of items) vm.decref(i, Cause.Slot);
    }
  });
  for (const [name, test] of [['isnan', Number.isNaN], ['isinf', (x: number) => x === Infinity || x === -Infinity], ['isfinite', Number.isFinite]] as const) {
    fn(vm, d, name, function* (args): Native { return vm.newBool(test(yield* toDouble(one(name, args)))); });
  }
  fn(vm, d, 'isclose', function* (args, kwargs): Native {
    checkKeywords(vm, 'isclose', kwargs, ['a', 'b', 'rel_tol', 'abs_tol']);
    const a = yield* toDouble(args[0] ?? kwargs?.get('a') ?? missing('isclose', 'a', 1));
    const b = yield* toDouble(args[1] ?? kwargs?.get('b') ?? missing('isclose', 'b', 2));
    const relTol = kwargs?.get('rel_tol') ? yield* toDouble(kwargs.get('rel_tol') as PyObject) : 1e-9;
    const absTol = kwargs?.get('abs_tol') ? yield* toDouble(kwargs.get('abs_tol') as PyObject) : 0;
    if (relTol < 0 || absTol < 0) throw vm.error('ValueError', 'tolerances must be non-negative');
    if (a === b) return vm.newBool(true);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return vm.newBool(false);
    const diff = Math.abs(b - a);
    return vm.newBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  });
  const missing = (name: string, arg: string, pos: number): never => {
    throw vm.error('TypeError', `${name}() missing required argument '${arg}' (pos ${pos})`);
  };

  // ---- integers ---------------------------------------------------------------------------------
  const abs = (v: bigint) => (v < 0n ? -v : v);
  const gcd2 = (a: bigint, b: bigint): bigint => {
    a = abs(a);
    b = abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  };
  fn(vm, d, 'gcd', (args) => vm.newInt(args.map(exactInt).reduce(gcd2, 0n)));
  fn(vm, d, 'lcm', (args) => {
    const vs = args.map(exactInt);
    if (vs.length === 0) return vm.newInt(1n);
    return vm.newInt(vs.reduce((a, b) => (a === 0n || b === 0n ? 0n : abs((a / gcd2(a, b)) * b))));
  });
  fn(vm, d, 'factorial', (args) => {
    const n = exactInt(one('factorial', args));
    if (n < 0n) throw vm.error('ValueError', 'factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return vm.newInt(r);
  });
  fn(vm, d, 'isqrt', (args) => {
    const n = exactInt(one('isqrt', args));
    if (n < 0n) throw vm.error('ValueError', 'isqrt() argument must be nonnegative');
    return vm.newInt(isqrt(n));
  });
  fn(vm, d, 'comb', (args) => {
    const [a, b] = two('comb', args);
    const n = exactInt(a);
    const k = exactInt(b);
    if (n < 0n) throw vm.error('ValueError', 'n must be a non-negative integer');
    if (k < 0n) throw vm.error('ValueError', 'k must be a non-negative integer');
    return vm.newInt(k > n ? 0n : fallingFactorial(n, k < n - k ? k : n - k, true));
  });
  fn(vm, d, 'perm', (args) => {
    if (args.length < 1 || args.length > 2) throw vm.error('TypeError', `perm expected at least 1 argument, got ${args.length}`);
    const n = exactInt(args[0]);
    if (args.length < 2 || args[1] === vm.none) {
      if (n < 0n) throw vm.error('ValueError', 'factorial() not defined for negative values');
    }
    const k = args.length > 1 && args[1] !== vm.none ? exactInt(args[1]) : n;
    if (n < 0n) throw vm.error('ValueError', 'n must be a non-negative integer');
    if (k < 0n) throw vm.error('ValueError', 'k must be a non-negative integer');
    return vm.newInt(k > n ? 0n : fallingFactorial(n, k, false));
  });
  // prod: start * each item with the `*` operator, as math_prod's general path does.
  fn(vm, d, 'prod', function* (args, kwargs): Native {
    checkKeywords(vm, 'prod', kwargs, ['start']);
    if (args.length !== 1) throw vm.error('TypeError', `prod() takes exactly 1 positional argument (${args.length} given)`);
    const items = yield* iterateToArray(vm, args[0]);
    let acc = vm.incref(kwargs?.get('start') ?? vm.newInt(1n), Cause.Stack);
    try {
      for (const item of items) {
        const next = yield* binaryOp(vm, acc, item, MULT);
        vm.decref(acc, Cause.Stack);
        acc = next;
      }
      return vm.incref(acc, Cause.Stack);
    } finally {
      vm.decref(acc, Cause.Stack);
      for (const i of items) vm.decref(i, Cause.Slot);
    }
  });

  setName(vm, d, 'pi', vm.newFloat(Math.PI), true);
  setName(vm, d, 'e', vm.newFloat(Math.E), true);
  setName(vm, d, 'tau', vm.newFloat(2 * Math.PI), true);
  setName(vm, d, 'inf', vm.newFloat(Infinity), true);
  setName(vm, d, 'nan', vm.newFloat(NaN), true);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton steps from the double's estimate until x*x <= n < (x+1)*(x+1).
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** n * (n-1) * ... (k factors), divided by k! for comb. */
function fallingFactorial(n: bigint, k: bigint, divide: boolean): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) {
    r *= n - i;
    if (divide) r /= i + 1n;
  }
  return r;
}

/** C's pow() with math_pow's error rules (Modules/mathmodule.c). */
function cPow(x: number, y: number, domain: () => unknown, range: () => unknown): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (x === 1 || x === -1) {
      if (!Number.isFinite(y)) return 1;
    }
    return x ** y;
  }
  if (x === 0 && y < 0) throw domain();
  if (x < 0 && !Number.isInteger(y)) throw domain();
  const r = x ** y;
  if (!Number.isFinite(r)) throw range();
  return r;
}

/** C's frexp for a finite non-zero double: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (subnormals too). */
function frexp(x: number): [number, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let shift = 0;
  if (((view.getUint16(0) >> 4) & 0x7ff) === 0) {
    // subnormal: scale into the normal range first (exact)
    view.setFloat64(0, x * 2 ** 64);
    shift = 64;
  }
  const exponent = ((view.getUint16(0) >> 4) & 0x7ff) - 1022;
  // set the biased exponent to 1022: the mantissa in [0.5, 1)
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), exponent - shift];
}
