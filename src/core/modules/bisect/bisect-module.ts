// _bisect, CPython's C accelerator of bisect (Modules/_bisectmodule.c), whose four functions replace
// Lib/bisect.py's (modules/python/bisect-source.ts makes the bisect/insort aliases): Argument Clinic's
// `(a, x, lo=0, hi=None, *, key=None)`, the search (bisect-search.ts), and insort's insertion: an exact
// list through PyList_Insert, anything else through its `insert` method, called as
// _PyObject_CallMethod(a, "insert", "nO", index, x) calls it.

import type { PyObject } from '../../objects/object';
import { PyInt } from '../../objects/atoms';
import type { PyList } from '../../objects/containers';
import type { PyModule } from '../../objects/instances';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { fn } from '../../builtins/define';
import { unpackKeywords, type ClinicSignature } from '../../builtins/clinic-keywords';
import { useArgumentParser } from '../../runtime/arg-parsers';
import { numberIndex } from '../../runtime/number-index';
import { getAttr } from '../../runtime/attributes';
import { listResize } from '../../runtime/list-storage';
import { bisectIndex, type BisectArguments, type BisectSide } from './bisect-search';
import { Cause } from '../../trace/events';

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -SSIZE_MAX - 1n;

export function createBisect(vm: VM, module: PyModule): void {
  for (const side of ['left', 'right'] as const) {
    fn(vm, module.dict, `bisect_${side}`, function* (args, kwargs): Native {
      const parsed = yield* parseArguments(vm, `bisect_${side}`, args, kwargs);
      return vm.newInt(yield* bisectIndex(vm, side, parsed));
    });
    fn(vm, module.dict, `insort_${side}`, function* (args, kwargs): Native {
      const parsed = yield* parseArguments(vm, `insort_${side}`, args, kwargs);
      yield* insort(vm, side, parsed);
      return vm.newNone();
    });
  }
}

/** The clinic's conversions, in its order: lo through PyNumber_Index, then hi (an index or None), then key. */
function* parseArguments(vm: VM, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): Native<BisectArguments> {
  const signature: ClinicSignature = { name, parameters: ['a', 'x', 'lo', 'hi', 'key'], positionalOnly: 0, maxPositional: 4, minPositional: 2 };
  // _bisect is built as an extension module: its parsers make their keyword tuples on first use.
  useArgumentParser(vm, `_bisect.${name}`, kwargs);
  const [seq, item, loArg, hiArg, keyArg] = unpackKeywords(vm, signature, args, kwargs) as [PyObject, PyObject, PyObject | null, PyObject | null, PyObject | null];
  let lo = 0n;
  if (loArg) {
    lo = yield* numberIndex(vm, loArg);
    if (lo > SSIZE_MAX || lo < SSIZE_MIN) throw vm.error('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  let hi = -1n;
  if (hiArg && hiArg !== vm.none) {
    // _Py_convert_optional_to_ssize_t: PyNumber_AsSsize_t(obj, PyExc_OverflowError).
    if (!(hiArg instanceof PyInt) && !hiArg.type.lookup('__index__')) {
      throw vm.error('TypeError', `argument should be integer or None, not '${hiArg.type.name}'`);
    }
    hi = yield* numberIndex(vm, hiArg);
    if (hi > SSIZE_MAX || hi < SSIZE_MIN) throw vm.error('OverflowError', `cannot fit '${hiArg.type.name}' into an index-sized integer`);
  }
  return { seq, item, lo, hi, key: keyArg && keyArg !== vm.none ? keyArg : null };
}

function* insort(vm: VM, side: BisectSide, parsed: BisectArguments): Native<void> {
  const x = parsed.item;
  let index: bigint;
  if (!parsed.key) index = yield* bisectIndex(vm, side, parsed);
  else {
    // The search compares key(x) with the keys of the items; x itself is what goes in.
    const keyX = yield { callable: parsed.key, args: [x], kwargs: null };
    try {
      index = yield* bisectIndex(vm, side, { ...parsed, item: keyX });
    } finally {
      vm.decref(keyX, Cause.Stack);
    }
  }
  const seq = parsed.seq;
  if (seq.type === vm.t.list) {
    // ins1: a position past the end appends (lo may be past it).
    const list = seq as PyList;
    const n = list.items.length;
    const where = index > BigInt(n) ? n : Number(index);
    listResize(list, n + 1);
    list.items.splice(where, 0, vm.incref(x, Cause.Slot, `[${where}]`));
    return;
  }
  const insert = yield* getAttr(vm, seq, 'insert');
  // _Py_VaBuildStack: a new int for the index and a new reference to x, released after the call.
  const stack = [vm.newInt(index), vm.incref(x, Cause.Argument)];
  try {
    const result = yield { callable: insert, args: stack, kwargs: null };
    vm.decref(result, Cause.Return);
  } finally {
    for (const o of stack) vm.decref(o, Cause.Argument);
    vm.decref(insert, Cause.Stack);
  }
}
