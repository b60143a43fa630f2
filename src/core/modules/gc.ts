// The gc module (Modules/gcmodule.c's Python API) over the collector in runtime/gc.ts and its
// state in runtime/gc-state.ts.

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import { PyInt } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, methArity } from '../builtins/define';
import { unpackKeywords, type ClinicSignature } from '../builtins/clinic-keywords';
import { setName, dictSet } from '../runtime/dicts';
import { collect, referentsOf, trackedObjects, isGcType, DEBUG_SAVEALL } from '../runtime/gc';
import { GcList, NUM_GENERATIONS } from '../runtime/gc-state';
import { Cause } from '../trace/events';

function intArg(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

export function createGc(vm: VM, module: PyModule): void {
  const d = module.dict;
  const gc = vm.gc;
  gc.garbage = vm.newList([]);
  gc.callbacks = vm.newList([]);
  setName(vm, d, 'garbage', gc.garbage);
  setName(vm, d, 'callbacks', gc.callbacks);
  for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', 2 | 4 | DEBUG_SAVEALL]] as const) {
    setName(vm, d, name, vm.newInt(value), true);
  }

  /**
   * cfunction_call: a METH_VARARGS function takes no keywords (its bare name in the message). 3.13 made
   * get_referrers and get_referents METH_FASTCALL (`*objs` in Argument Clinic): cfunction_check_kwargs names them with the module.
   */
  const refuseVarargsKeywords = (name: string, kwargs: Map<string, PyObject> | null): void => {
    if (!kwargs || !kwargs.size) return;
    const fastcall = vm.options.version.gcReferentsFastcall && (name === 'get_referrers' || name === 'get_referents');
    throw vm.error('TypeError', `${fastcall ? 'gc.' : ''}${name}() takes no keyword arguments`);
  };
  /** The clinic signature of collect() and get_objects(): one optional `generation`, by position or keyword. */
  const GENERATION_SIGNATURE = (name: string): ClinicSignature => ({ name, parameters: ['generation'], positionalOnly: 0, maxPositional: 1, minPositional: 0 });

  /** METH_VARARGS functions receive their arguments as a new tuple (an allocation the collector counts). */
  let argsTuple: PyObject | null = null;
  const withArgsTuple = <T>(args: PyObject[], body: () => T): T => {
    const tuple = (argsTuple = vm.newTuple(args.map((a) => vm.incref(a, Cause.Slot))));
    try {
      return body();
    } finally {
      vm.decref(tuple, Cause.Argument);
    }
  };

  fn(vm, d, 'collect', function* (args, kwargs): Native {
    const [given] = unpackKeywords(vm, GENERATION_SIGNATURE('collect'), args, kwargs);
    const generation = given ? intArg(vm, given) : NUM_GENERATIONS - 1;
    if (generation < 0 || generation >= NUM_GENERATIONS) throw vm.error('ValueError', 'invalid generation');
    return vm.newInt(yield* collect(vm, generation));
  });
  fn(vm, d, 'enable', (args, kwargs) => {
    methArity(vm, 'gc.enable', args, kwargs, 0);
    gc.enabled = true;
    return vm.newNone();
  });
  fn(vm, d, 'disable', (args, kwargs) => {
    methArity(vm, 'gc.disable', args, kwargs, 0);
    gc.enabled = false;
    return vm.newNone();
  });
  fn(vm, d, 'isenabled', (args, kwargs) => {
    methArity(vm, 'gc.isenabled', args, kwargs, 0);
    return vm.newBool(gc.enabled);
  });
  fn(vm, d, 'is_tracked', (args, kwargs) => {
    methArity(vm, 'gc.is_tracked', args, kwargs, 1);
    return vm.newBool(gc.isTracked(args[0]));
  });
  fn(vm, d, 'is_finalized', (args, kwargs) => {
    methArity(vm, 'gc.is_finalized', args, kwargs, 1);
    return vm.newBool(isGcType(args[0]) && args[0].finalized);
  });
  fn(vm, d, 'get_count', (args, kwargs) => {
    methArity(vm, 'gc.get_count', args, kwargs, 0);
    if (gc.freeThreaded) gc.flushLocalCount();
    return vm.newTuple(gc.counts.map((n) => vm.newInt(n)));
  });
  fn(vm, d, 'get_threshold', (args, kwargs) => {
    methArity(vm, 'gc.get_threshold', args, kwargs, 0);
    return vm.newTuple(gc.thresholds.map((n) => vm.newInt(n)));
  });
  fn(vm, d, 'set_threshold', (args, kwargs) => withArgsTuple(args, () => {
    refuseVarargsKeywords('set_threshold', kwargs);
    if (args.length < 1 || args.length > 3) {
      if (vm.options.version.setThresholdArityMessage === 'requires') throw vm.error('TypeError', 'gc.set_threshold requires 1 to 3 arguments');
      if (args.length < 1) throw vm.error('TypeError', `set_threshold() takes at least 1 argument (${args.length} given)`);
      throw vm.error('TypeError', `set_threshold() takes at most 3 arguments (${args.length} given)`);
    }
    args.forEach((a, i) => (gc.thresholds[i] = intArg(vm, a)));
    return vm.newNone();
  }));
  fn(vm, d, 'get_debug', (args, kwargs) => {
    methArity(vm, 'gc.get_debug', args, kwargs, 0);
    return vm.newInt(gc.debug);
  });
  fn(vm, d, 'set_debug', (args, kwargs) => {
    methArity(vm, 'gc.set_debug', args, kwargs, 1);
    gc.debug = intArg(vm, args[0]);
    return vm.newNone();
  });
  fn(vm, d, 'get_objects', (args, kwargs) => {
    const given = unpackKeywords(vm, GENERATION_SIGNATURE('get_objects'), args, kwargs)[0] ?? vm.none;
    let generation: number | null = null;
    if (given !== vm.none) {
      if (!(given instanceof PyInt)) throw vm.error('TypeError', `argument should be integer or None, not '${given.type.name}'`);
      generation = intArg(vm, given);
      // gc_get_objects_impl: -1 is what Argument Clinic makes of None, so it also asks for every generation.
      if (generation === -1) generation = null;
    }
    if (generation !== null) {
      if (generation >= NUM_GENERATIONS) {
        throw vm.error('ValueError', `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      }
      if (generation < 0) throw vm.error('ValueError', 'generation parameter cannot be negative');
    }
    const result = vm.newList([]);
    // 3.13t: one heap, whatever generation is asked for (_PyGC_GetObjects).
    if (vm.options.version.freeThreading?.wholeHeapCollections) generation = null;
    for (const o of trackedObjects(vm, generation)) if (o !== result) result.items.push(vm.incref(o, Cause.Slot));
    return result;
  });
  fn(vm, d, 'get_referrers', (args, kwargs) => withArgsTuple(args, () => {
    refuseVarargsKeywords('get_referrers', kwargs);
    const targets = new Set(args);
    const result = vm.newList([]);
    for (const o of trackedObjects(vm, null)) {
      if (o === result || o === argsTuple) continue;
      if (referentsOf(vm, o).some((child) => targets.has(child))) result.items.push(vm.incref(o, Cause.Slot));
    }
    return result;
  }));
  fn(vm, d, 'get_referents', (args, kwargs) => withArgsTuple(args, () => {
    refuseVarargsKeywords('get_referents', kwargs);
    const result = vm.newList([]);
    for (const o of args) for (const child of referentsOf(vm, o)) result.items.push(vm.incref(child, Cause.Slot));
    return result;
  }));
  fn(vm, d, 'get_stats', (args, kwargs) => {
    methArity(vm, 'gc.get_stats', args, kwargs, 0);
    const list = vm.newList([]);
    for (const s of gc.stats) {
      const entry = vm.newDict();
      for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
        const value = vm.newInt(v);
        dictSet(vm, entry, vm.intern(k), value);
        vm.decref(value, Cause.Stack);
      }
      list.items.push(entry);
    }
    return list;
  });
  fn(vm, d, 'freeze', (args, kwargs) => {
    methArity(vm, 'gc.freeze', args, kwargs, 0);
    gc.freeze();
    return vm.newNone();
  });
  fn(vm, d, 'unfreeze', (args, kwargs) => {
    methArity(vm, 'gc.unfreeze', args, kwargs, 0);
    gc.unfreeze();
    return vm.newNone();
  });
  fn(vm, d, 'get_freeze_count', (args, kwargs) => {
    methArity(vm, 'gc.get_freeze_count', args, kwargs, 0);
    return vm.newInt(gc.size(GcList.Permanent));
  });
}
