// The _random module (Modules/_randommodule.c): the C type _random.Random, a Mersenne Twister per
// object, which Lib/random.py's Random class subclasses (modules/python/random-source.ts). Its methods:
// random(), seed(n), getstate(), setstate(state), getrandbits(k), with the C code's argument checks
// and messages.

import type { PyObject } from '../../objects/object';
import { PyInt } from '../../objects/atoms';
import { PyTuple } from '../../objects/containers';
import { PyDict } from '../../objects/dict';
import { PyType } from '../../objects/type';
import type { PyModule } from '../../objects/instances';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { method } from '../../builtins/define';
import { valueHash } from '../../builtins/functions';
import { setName, hashKey } from '../../runtime/dicts';
import { cIntIndex, numberIndex } from '../../runtime/number-index';
import { entropyWords } from '../../runtime/entropy';
import { MersenneTwister, MT_N } from './mersenne-twister';
import { Cause } from '../../trace/events';

/** Each _random.Random object's generator (the RandomObject's state and index). */
const generators = new WeakMap<PyObject, MersenneTwister>();

function generatorOf(self: PyObject): MersenneTwister {
  let mt = generators.get(self);
  if (!mt) {
    mt = new MersenneTwister();
    generators.set(self, mt);
  }
  return mt;
}

/** random_seed: None from the system's randomness, an int by its absolute value, anything else by its hash. */
function seed(vm: VM, self: PyObject, arg: PyObject | null): void {
  const mt = generatorOf(self);
  if (arg === null || arg === vm.none) {
    mt.initByArray(entropyWords(vm, MT_N));
    return;
  }
  if (arg instanceof PyInt) {
    // int.__abs__ even for a subclass (bpo-31478).
    mt.seedWithMagnitude(arg.value);
    return;
  }
  hashKey(vm, arg); // TypeError: unhashable type
  const hash = valueHash(vm, arg);
  // PyLong_FromSize_t((size_t)hash): a negative hash wraps around 2**64.
  mt.seedWithMagnitude(BigInt.asUintN(64, hash));
}

function noKeywords(vm: VM, name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) throw vm.error('TypeError', `${name}() takes no keyword arguments`);
}

/** PyLong_AsUnsignedLong on a state word: an int only (no __index__), 0 to 2**64 - 1. */
function unsignedLong(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', 'an integer is required');
  if (o.value < 0n) throw vm.error('OverflowError', "can't convert negative value to unsigned int");
  if (o.value >= 1n << 64n) throw vm.error('OverflowError', 'Python int too large to convert to C unsigned long');
  return Number(o.value & 0xffffffffn);
}

function installMethods(vm: VM, type: PyType): void {
  method(vm, type, 'random', (args, kwargs, self) => {
    noKeywords(vm, 'Random.random', kwargs);
    if (args.length) throw vm.error('TypeError', `Random.random() takes no arguments (${args.length} given)`);
    return vm.newFloat(generatorOf(self as PyObject).random());
  });
  method(vm, type, 'seed', (args, kwargs, self) => {
    noKeywords(vm, 'seed', kwargs);
    if (args.length > 1) throw vm.error('TypeError', `seed expected at most 1 argument, got ${args.length}`);
    seed(vm, self as PyObject, args[0] ?? null);
    return vm.newNone();
  });
  method(vm, type, 'getstate', (args, kwargs, self) => {
    noKeywords(vm, 'Random.getstate', kwargs);
    if (args.length) throw vm.error('TypeError', `Random.getstate() takes no arguments (${args.length} given)`);
    const mt = generatorOf(self as PyObject);
    const items: PyObject[] = [];
    for (let i = 0; i < MT_N; i++) items.push(vm.newInt(mt.state[i]));
    items.push(vm.newInt(mt.index));
    return vm.newTuple(items);
  });
  method(vm, type, 'setstate', function* (args, kwargs, self): Native {
    noKeywords(vm, 'Random.setstate', kwargs);
    if (args.length !== 1) throw vm.error('TypeError', `Random.setstate() takes exactly one argument (${args.length} given)`);
    const state = args[0];
    if (!(state instanceof PyTuple)) throw vm.error('TypeError', 'state vector must be a tuple');
    if (state.items.length !== MT_N + 1) throw vm.error('ValueError', 'state vector is the wrong size');
    const words = state.items.slice(0, MT_N).map((o) => unsignedLong(vm, o));
    // PyLong_AsLong: __index__ is used here.
    const index = yield* numberIndex(vm, state.items[MT_N]);
    if (index > 2n ** 63n - 1n || index < -(2n ** 63n)) throw vm.error('OverflowError', 'Python int too large to convert to C long');
    if (index < 0n || index > BigInt(MT_N)) throw vm.error('ValueError', 'invalid state');
    generatorOf(self as PyObject).restore(words, Number(index));
    return vm.newNone();
  });
  method(vm, type, 'getrandbits', function* (args, kwargs, self): Native {
    noKeywords(vm, 'Random.getrandbits', kwargs);
    if (args.length !== 1) throw vm.error('TypeError', `Random.getrandbits() takes exactly one argument (${args.length} given)`);
    const k = yield* cIntIndex(vm, args[0]);
    if (k < 0) throw vm.error('ValueError', 'number of bits must be non-negative');
    return vm.newInt(generatorOf(self as PyObject).getrandbits(k));
  });
}

export function createRandomCore(vm: VM, module: PyModule): void {
  const type = new PyType(vm.t.type, 'Random', 'object');
  type.bases = [vm.t.object];
  type.mro = [type, vm.t.object];
  type.dict = new PyDict(vm.t.dict);
  type.module = '_random';
  type.immortal = true;
  installMethods(vm, type);
  setName(vm, type.dict, '__doc__', vm.newStr('Random() -> create a random number generator with its own internal state.'), true);
  // PyType_GenericNew makes the object (a subclass's instance, with its dict, is an ordinary instance of
  // it); random_init, which a subclass with an __init__ of its own does not call, seeds it.
  constructors.set(type, (vm, args, kwargs, cls) => {
    const self = vm.newInstance(cls);
    generatorOf(self);
    if (cls !== type) return self;
    try {
      if (kwargs && kwargs.size > 0) throw vm.error('TypeError', 'Random() takes no keyword arguments');
      if (args.length > 1) throw vm.error('TypeError', 'Random() requires 0 or 1 argument');
      seed(vm, self, args[0] ?? null);
    } catch (e) {
      vm.decref(self, Cause.New);
      throw e;
    }
    return self;
  });
  setName(vm, module.dict, 'Random', type);
}
