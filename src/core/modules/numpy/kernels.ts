// _numpy_kernels: the C half of the simulated numpy (modules/python/numpy-source.ts is the Python
// half): flat float64/int64 buffers and the loops over them. A loop over more than 500 elements
// runs with the GIL released, as numpy's ufunc inner loops do (NPY_BEGIN_THREADS_THRESHOLDED:
// `loop_size > 500`); a matrix product always does (cblas calls inside NPY_BEGIN_ALLOW_THREADS).

import type { PyObject } from '../../objects/object';
import { PyInt, PyFloat, PyStr } from '../../objects/atoms';
import { PyList, PyTuple } from '../../objects/containers';
import { PyType } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import type { PyModule } from '../../objects/instances';
import { PyNativeObject } from '../../objects/native-object';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { setName } from '../../runtime/dicts';
import { compute, computeWithoutGil } from '../../threads/native-work';
import { NUMPY_UFUNC, NUMPY_REDUCE, NUMPY_DOT, costOf } from '../../threads/native-costs';
import { formatArray, type Kind } from './array-format';

/** NPY_BEGIN_THREADS_THRESHOLDED. */
export const NUMPY_GIL_MINSIZE = 500;

/** An array's data: C-ordered float64 or int64 values (int64 kept in doubles: exact below 2**53). */
export class PyNumpyBuffer extends PyNativeObject {
  constructor(type: PyType, readonly data: Float64Array, readonly kind: Kind) {
    super(type);
  }
  nativeAttribute(): PyObject | null {
    return null;
  }
}

function kindOf(vm: VM, o: PyObject): Kind {
  if (o instanceof PyStr && (o.value === 'f' || o.value === 'i')) return o.value;
  throw vm.error('TypeError', 'internal: kind must be "f" or "i"');
}

function numberOf(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `could not convert '${o.type.name}' to a number`);
}

const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  true_divide: (a, b) => a / b,
  floor_divide: (a, b) => Math.floor(a / b),
  power: (a, b) => a ** b,
  maximum: (a, b) => Math.max(a, b),
  minimum: (a, b) => Math.min(a, b),
};

const UNARY: Record<string, (a: number) => number> = {
  negative: (a) => -a,
  absolute: Math.abs,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  sin: Math.sin,
  cos: Math.cos,
};

export function createNumpyKernels(vm: VM, module: PyModule): void {
  const d = module.dict;
  const bufferType = new PyType(vm.t.type, 'buffer', 'object');
  bufferType.bases = [vm.t.object];
  bufferType.mro = [bufferType, vm.t.object];
  bufferType.dict = new PyDict(vm.t.dict);
  bufferType.module = '_numpy_kernels';
  bufferType.immortal = true;
  const buffer = (data: Float64Array, kind: Kind): PyObject => vm.track(new PyNumpyBuffer(bufferType, data, kind));
  const bufArg = (o: PyObject): PyNumpyBuffer => {
    if (o instanceof PyNumpyBuffer) return o;
    throw vm.error('TypeError', 'internal: expected a numpy buffer');
  };
  const toKind = (data: Float64Array, kind: Kind): Float64Array => (kind === 'i' ? data.map(Math.trunc) : data);
  const def = (name: string, impl: (args: PyObject[]) => unknown) => setName(vm, d, name, vm.newBuiltin(name, impl), true);
  const elementwise = (label: string, n: number): Native<void> => compute(vm, `numpy.${label}`, costOf(NUMPY_UFUNC, n), n > NUMPY_GIL_MINSIZE);

  def('from_list', ([items, kind]) => {
    if (!(items instanceof PyList)) throw vm.error('TypeError', 'internal: from_list takes a list');
    const k = kindOf(vm, kind);
    return buffer(toKind(Float64Array.from(items.items, (o) => numberOf(vm, o)), k), k);
  });
  def('arange', ([start, stop, step, kind]) => {
    const [a, b, s] = [numberOf(vm, start), numberOf(vm, stop), numberOf(vm, step)];
    if (s === 0) throw vm.error('ZeroDivisionError', 'division by zero');
    const n = Math.max(0, Math.ceil((b - a) / s));
    return buffer(Float64Array.from({ length: n }, (_, i) => a + i * s), kindOf(vm, kind));
  });
  def('full', ([count, value, kind]) => {
    const k = kindOf(vm, kind);
    return buffer(toKind(new Float64Array(numberOf(vm, count)).fill(numberOf(vm, value)), k), k);
  });
  def('binary', function* ([op, a, b, kind]): Native {
    const f = BINARY[(op as PyStr).value];
    const k = kindOf(vm, kind);
    const av = a instanceof PyNumpyBuffer ? a.data : null;
    const bv = b instanceof PyNumpyBuffer ? b.data : null;
    const as = av ? 0 : numberOf(vm, a);
    const bs = bv ? 0 : numberOf(vm, b);
    const n = av ? av.length : bv ? bv.length : 1;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = f(av ? av[i] : as, bv ? bv[i] : bs);
    yield* elementwise((op as PyStr).value, n);
    return buffer(toKind(out, k), k);
  });
  def('unary', function* ([op, a, kind]): Native {
    const f = UNARY[(op as PyStr).value];
    const k = kindOf(vm, kind);
    const data = bufArg(a).data.map(f);
    yield* elementwise((op as PyStr).value, data.length);
    return buffer(toKind(data, k), k);
  });
  def('reduce', function* ([op, a]): Native {
    const buf = bufArg(a);
    const name = (op as PyStr).value;
    const v = buf.data;
    let r: number;
    // add.reduce starts from its identity and adds the whole run pairwise (DOUBLE_pairwise_sum).
    if (name === 'sum') r = -0 + pairwiseSum(v, 0, v.length);
    else if (name === 'prod') r = v.reduce((x, y) => x * y, 1);
    else if (name === 'max') r = v.reduce((x, y) => (Number.isNaN(x) || y > x || Number.isNaN(y) ? y : x));
    else r = v.reduce((x, y) => (Number.isNaN(x) || y < x || Number.isNaN(y) ? y : x));
    yield* compute(vm, `numpy.${name}`, costOf(NUMPY_REDUCE, v.length), v.length > NUMPY_GIL_MINSIZE);
    return buf.kind === 'i' ? vm.newInt(BigInt(r)) : vm.newFloat(r);
  });
  def('dot', function* ([a, b, rows, inner, cols, kind]): Native {
    const [x, y] = [bufArg(a).data, bufArg(b).data];
    const [n, k, m] = [numberOf(vm, rows), numberOf(vm, inner), numberOf(vm, cols)];
    const out = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) s += x[i * k + t] * y[t * m + j];
        out[i * m + j] = s;
      }
    }
    yield* computeWithoutGil(vm, 'numpy.dot', costOf(NUMPY_DOT, n * k * m));
    const kd = kindOf(vm, kind);
    return buffer(out, kd);
  });
  def('item', ([a, index]) => {
    const buf = bufArg(a);
    const v = buf.data[numberOf(vm, index)];
    return buf.kind === 'i' ? vm.newInt(BigInt(v)) : vm.newFloat(v);
  });
  def('set_item', ([a, index, value]) => {
    const buf = bufArg(a);
    const v = numberOf(vm, value);
    buf.data[numberOf(vm, index)] = buf.kind === 'i' ? Math.trunc(v) : v;
    return vm.newNone();
  });
  def('take', ([a, start, count]) => {
    const buf = bufArg(a);
    const s = numberOf(vm, start);
    return buffer(buf.data.slice(s, s + numberOf(vm, count)), buf.kind);
  });
  def('cast', ([a, kind]) => {
    const k = kindOf(vm, kind);
    return buffer(toKind(bufArg(a).data.slice(), k), k);
  });
  def('size', ([a]) => vm.newInt(bufArg(a).data.length));
  def('kind', ([a]) => vm.newStr(bufArg(a).kind));
  def('format', ([a, shape, mode]) => {
    const buf = bufArg(a);
    const dims = (shape as PyTuple).items.map((o) => numberOf(vm, o));
    return vm.newStr(formatArray(buf.data, dims, buf.kind, (mode as PyStr).value === 'str' ? 'str' : 'repr'));
  });
  def('unsupported', ([name]) => {
    throw vm.unsupported(`numpy.${(name as PyStr).value}`);
  });
}

/** numpy's pairwise summation (blocks of 8 below 128 elements), so float sums round as numpy's do. */
function pairwiseSum(v: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let s = 0;
    for (let i = start; i < start + n; i++) s += v[i];
    return s;
  }
  if (n <= 128) {
    const r = [v[start], v[start + 1], v[start + 2], v[start + 3], v[start + 4], v[start + 5], v[start + 6], v[start + 7]];
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += v[start + i + j];
    let s = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) s += v[start + i];
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(v, start, half) + pairwiseSum(v, start + half, n - half);
}
