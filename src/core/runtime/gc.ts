// A collection, as CPython's gc_collect_main runs it (Modules/gcmodule.c; Python/gc.c in 3.13):
// merge the younger generations into the one collected, copy the counts (update_refs), subtract
// the references from inside (subtract_refs), keep what outside references reach
// (move_unreachable), untrack tuples and (full collections) dicts, promote the survivors, clear
// weak references and call their callbacks, run finalizers once (PEP 442), keep what they
// resurrected, clear the rest (delete_garbage). Each phase is recorded as a `gc` event.

import type { PyObject } from '../objects/object';
import type { DeferredRefcounts } from './deferred-refcount';
import { PyInt, PyFloat, PyStr, PyBytes, PyPlain, PyComplex } from '../objects/atoms';
import { PyTuple, PyList, PySlice, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyCode, PyMethodDescriptor, PyMethod, PyFunction, PyDescriptorWrapper } from '../objects/callables';
import { PyInstance, PyExceptionObj, PyFrameObject } from '../objects/instances';
import { PyWeakref } from '../objects/weakref';
import { PyArray } from '../objects/array';
import { PyType } from '../objects/type';
import { PyRangeIter, PyGenerator, PySeqIter, PyDictIter, PyCompositeIter } from '../objects/iterators';
import { PyCoroWrapper } from '../objects/coroutine-wrapper';
import { PyAnextAwaitable } from '../objects/anext-awaitable';
import { PySlotMember } from './slot-members';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import type { GcPhase } from '../trace/events';
import { GcList, NUM_GENERATIONS } from './gc-state';
import { dictSet } from './dicts';
import { forgetWeakref } from './weakrefs';
import { collectFreeThreaded } from './gc-free-threaded';
import { hasFinalizer, callFinalizer } from './finalizers';
import { PyIOObject } from '../objects/io-objects';
import { Cause } from '../trace/events';
import { debugCollectionStart, debugCollectable, debugCollectionDone } from './gc-debug';

export { hasFinalizer };

export const DEBUG_SAVEALL = 1 << 5;

/** Objects without tp_traverse in CPython: the collector never sees them. */
export function isGcType(o: PyObject): boolean {
  // A class statement's type gets Py_TPFLAGS_HAVE_GC (its instances have a __dict__), even over int or str.
  if (o.type?.heap) return true;
  return !(o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes ||
    o instanceof PyComplex || o instanceof PyCode || o instanceof PyMethodDescriptor || o instanceof PyPlain ||
    o instanceof PyRange || o instanceof PyRangeIter);
}

/**
 * Objects PyType_GenericAlloc / PyObject_GC_New track at once; exact dicts wait for a container value
 * (dict_new tracks the dict of any other type: a subclass, defaultdict, OrderedDict), frame objects for their frame's end.
 */
export function trackedAtBirth(o: PyObject): boolean {
  // A frame object starts untracked (_PyFrame_New_NoTrack) until it takes over its finished frame (take_ownership).
  if (o instanceof PyFrameObject) return false;
  return !(o instanceof PyDict) || o.type.heap || o.type.nativeSlots;
}

/** _PyObject_GC_MAY_BE_TRACKED: what makes a dict start being tracked when stored in it. */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcType(o)) return false;
  // PyObject_IS_GC asks a type object's type_is_gc: only heap types are GC objects.
  if (o instanceof PyType) return o.heap;
  if (o instanceof PyTuple && !o.type.heap) return o.gcList >= 0;
  return true;
}

/** Types with a tp_clear: delete_garbage breaks cycles through them (tuples, methods, iterators have none). */
export function hasTpClear(o: PyObject): boolean {
  return !(o instanceof PyTuple || o instanceof PyMethod || o instanceof PySlice || o instanceof PySeqIter ||
    o instanceof PyDictIter || o instanceof PyCompositeIter || o instanceof PyGenerator || o instanceof PyCoroWrapper || o instanceof PyAnextAwaitable ||
    o instanceof PySlotMember);
}

/** The children the collector follows: an instance's inline attribute values count as part of it. */
export function forEachChild(o: PyObject, visit: (child: PyObject) => void): void {
  if (o instanceof PyInstance && o.dict && o.dict.gcList === GcList.None) {
    // The inline values where the instance's traverse visits its dict (after its slots, before its type).
    o.traverse((child, slot) => {
      if (slot !== '__dict__') visit(child);
      else for (const e of (child as PyDict).items()) visit(e.value);
    });
    return;
  }
  if (o.subclassDict) visit(o.subclassDict);
  if (o instanceof PyTuple || o instanceof PyList) {
    // list_traverse and tupletraverse visit the items last to first: move_unreachable moves what it
    // set aside back to the list in that order (after a subclass's dict and type, subtype_traverse).
    if (o.type.heap) visit(o.type);
    for (let i = o.items.length - 1; i >= 0; i--) visit(o.items[i]);
    return;
  }
  o.traverse((child) => visit(child));
  // A built-in type's traverse does not know the subclass: its instances also reference their type.
  if (o.type.heap && !(o instanceof PyInstance) && !(o instanceof PyWeakref)) visit(o.type);
}

/** gc.get_referents' order: CPython's tp_traverse of each type (containers last to first, dict values before keys). */
export function referentsOf(vm: VM, o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  if (!isGcType(o)) return out;
  if (o instanceof PyTuple || o instanceof PyList) {
    // subtype_traverse visits a heap subclass's dict and type before the base type's items.
    if (o.subclassDict) out.push(o.subclassDict);
    if (o.type.heap) out.push(o.type);
    for (let i = o.items.length - 1; i >= 0; i--) out.push(o.items[i]);
    return out;
  }
  // 3.13: an instance's materialised __dict__ shares its inline values, which the instance visits.
  if (o instanceof PyDict && o.inline && !vm.options.version.materializedDictIsSeparate) return out;
  if (o instanceof PyDict) {
    const entries = [...o.items()];
    const strKeys = entries.every((e) => e.key instanceof PyStr);
    for (const e of entries) {
      out.push(e.value);
      if (!strKeys) out.push(e.key);
    }
    return out;
  }
  // (3.13: unless the dict was detached from them, by a __class__ assignment: then it is visited itself.)
  if (o instanceof PyInstance && !(o instanceof PyExceptionObj) && o.dict && (o.dict.gcList === GcList.None || (!vm.options.version.materializedDictIsSeparate && !o.dictMaterialized))) {
    o.traverse((child, slot) => {
      if (slot !== '__dict__') out.push(child);
      else for (const e of (child as PyDict).items()) out.push(e.value);
    });
    return out;
  }
  if (o instanceof PyIOObject) {
    // fileio_traverse, buffered_traverse, textiowrapper_traverse: the type (3.12+), the fields, the dict last.
    if (vm.options.version.ioTraverseVisitsType) out.push(o.type);
    // bytesio_traverse leaves out its buffer (a bytes object: nothing the collector follows).
    o.traverse((child, slot) => slot !== 'buf' && out.push(child));
    if (o.subclassDict) out.push(o.subclassDict);
    return out;
  }
  // array_tp_traverse visits only its (heap) type: the items are C values, not objects.
  if (o instanceof PyArray) return [o.type];
  if (o instanceof PyFunction) {
    // func_traverse: code, globals, builtins, module, defaults, kwdefaults, doc, name, dict, closure, annotations, qualname.
    const module = o.globals.getStr('__name__');
    const doc = o.code.consts[0];
    const docObj = doc instanceof PyStr ? doc : vm.none;
    for (const child of [o.code, o.globals, vm.builtins, module, o.defaults, o.kwdefaults, docObj, o.name, o.dict, o.closure, o.annotations, o.qualname]) {
      if (child) out.push(child);
    }
    return out;
  }
  if (o instanceof PyDescriptorWrapper && o.type === vm.t.super) {
    // super_traverse: obj, type, obj_type (supercheck: obj itself when it is a subclass of type, else its type).
    const [cls, obj] = o.slots;
    if (!cls || !obj) return out;
    const objType = obj instanceof PyType && cls instanceof PyType && obj.isSubtypeOf(cls) ? obj : obj.type;
    out.push(obj, cls, objType);
    return out;
  }
  if (o instanceof PyGenerator) {
    // gen_traverse: (3.11's gi_code), gi_name and gi_qualname — the function's __name__ and __qualname__
    // (the simulator keeps their text only) —, then the frame and gi_exc_state. The code a 3.12+ finished
    // generator keeps is no GC object and its cleared frame is not visited.
    const func = o.frame?.func;
    const names = func instanceof PyFunction ? [func.name, func.qualname] : [vm.intern(o.name), vm.intern(o.qualname)];
    const visitsCode = o.code !== null && vm.options.version.generatorHoldsCode;
    if (!visitsCode) out.push(...names);
    o.traverse((child, slot) => {
      if (slot === 'gi_code' && !visitsCode) return;
      out.push(child);
      if (slot === 'gi_code') out.push(...names);
    });
    return out;
  }
  o.traverse((child) => out.push(child));
  return out;
}

type Refs = Map<PyObject, number>;
/** An object that is not a candidate but is scanned, as a reachable one, at index `at` of the list. */
export interface LateRoot {
  at: number;
  root: PyObject;
}
const REACHABLE = -1;
const TENTATIVE = -2;

/**
 * deduce_unreachable over `young` (in list order): returns the survivors and the unreachable
 * objects, both in the order CPython's list moves leave them.
 */
export function deduceUnreachable(young: PyObject[], record: ((phase: GcPhase, objects: PyObject[], values: number[]) => void) | null,
  deferred: DeferredRefcounts | null = null, lateRoot: LateRoot | null = null): { survivors: PyObject[]; unreachable: PyObject[] } {
  const refs: Refs = new Map();
  // 3.13t: a deferred reference is not a reference from outside (gc_free_threading.c update_refs).
  for (const o of young) refs.set(o, deferred?.has(o) ? o.rc - 1 : o.rc);
  if (record) record('update-refs', young, young.map((o) => refs.get(o) as number));
  for (const o of young) {
    forEachChild(o, (child) => {
      const r = refs.get(child);
      if (r !== undefined && r > 0) refs.set(child, r - 1);
    });
  }
  if (record) record('subtract-refs', young, young.map((o) => refs.get(o) as number));
  // move_unreachable: a reachable object makes what it references reachable, moving those already
  // set aside back to the end of the list, which the scan reaches again.
  const queue = [...young];
  const survivors: PyObject[] = [];
  const unreachable = new Set<PyObject>();
  const visitReachable = (o: PyObject) => forEachChild(o, (child) => {
    const r = refs.get(child);
    if (r === 0) {
      refs.set(child, 1);
    } else if (r === TENTATIVE) {
      unreachable.delete(child);
      refs.set(child, 1);
      queue.push(child);
    }
  });
  for (let i = 0; i < queue.length || (lateRoot && i === lateRoot.at); i++) {
    // A root outside the list, met where the scan reaches its place in the list.
    if (lateRoot && i === lateRoot.at) {
      visitReachable(lateRoot.root);
      lateRoot = null;
      i--;
      continue;
    }
    const o = queue[i];
    if (refs.get(o) === 0) {
      unreachable.add(o);
      refs.set(o, TENTATIVE);
      continue;
    }
    refs.set(o, REACHABLE);
    survivors.push(o);
    visitReachable(o);
  }
  return { survivors, unreachable: [...unreachable] };
}

/** _PyTuple_MaybeUntrack: a tuple of atoms and untracked objects needs no tracking. */
export function tupleMayUntrack(t: PyTuple): boolean {
  return t.items.every((item) => !mayBeTracked(item));
}

/** _PyDict_MaybeUntrack: likewise for a dict's values (and keys, unless all are str). */
export function dictMayUntrack(d: PyDict): boolean {
  return [...d.items()].every((e) => !mayBeTracked(e.value) && !mayBeTracked(e.key));
}

export interface CollectResult {
  collected: number;
  uncollectable: number;
}

/** gc_collect_main on `generation` (0–2). Python code (callbacks, `__del__`) runs through the VM. */
export function* collectGeneration(vm: VM, generation: number): Native<CollectResult> {
  const gc = vm.gc;
  const record = vm.heap.recording
    ? (phase: GcPhase, objects: PyObject[], values: number[] = []) =>
      vm.heap.events.push({ kind: 'gc', step: vm.steps, phase, generation, objects: objects.map((o) => o.id), values, line: vm.heap.line })
    : null;
  const started = yield* debugCollectionStart(vm, generation);
  const result = vm.options.version.freeThreading?.wholeHeapCollections
    ? yield* collectFreeThreaded(vm, generation, record)
    : yield* collectGenerational(vm, generation, record);
  yield* debugCollectionDone(vm, started, result.collected, result.uncollectable);
  const stats = gc.stats[generation];
  stats.collections++;
  stats.collected += result.collected;
  stats.uncollectable += result.uncollectable;
  if (record) record('stop', [], [result.collected, result.uncollectable]);
  return result;
}

/** gc_collect_main of the default build (Modules/gcmodule.c; Python/gc.c in 3.13). */
function* collectGenerational(vm: VM, generation: number,
  record: ((phase: GcPhase, objects: PyObject[], values?: number[]) => void) | null): Native<CollectResult> {
  const gc = vm.gc;
  if (generation + 1 < NUM_GENERATIONS) gc.counts[generation + 1]++;
  for (let i = 0; i <= generation; i++) gc.counts[i] = 0;
  const young = generation;
  const lateRoot = lateMainGlobals(vm, generation);
  for (let i = 0; i < young; i++) gc.merge(i, young);
  const old = young < NUM_GENERATIONS - 1 ? young + 1 : young;
  const candidates = [...gc.lists[young]];
  let outsideRoot = lateRoot;
  if (lateRoot && lateRoot.root.gcList === young) {
    // A candidate itself: scanned at the start of generation 1's part of the list.
    candidates.splice(candidates.indexOf(lateRoot.root), 1);
    candidates.splice(lateRoot.at, 0, lateRoot.root);
    outsideRoot = null;
  }
  if (record) record('start', candidates);
  const { survivors, unreachable } = deduceUnreachable(candidates, record, null, outsideRoot);
  // The startup objects are promoted with the rest.
  if (gc.mainGlobalsGeneration <= generation) gc.mainGlobalsGeneration = Math.min(generation + 1, NUM_GENERATIONS - 1);
  for (const o of unreachable) gc.moveTo(o, GcList.Collecting);
  if (record) record('unreachable', unreachable);
  // The list keeps the survivors in scan order.
  gc.lists[young].clear();
  for (const o of survivors) gc.lists[young].add(o);

  const untracked: PyObject[] = [];
  for (const o of survivors) {
    if (o instanceof PyTuple && !o.type.heap && tupleMayUntrack(o)) {
      gc.untrack(o);
      untracked.push(o);
    }
  }
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gc.longLivedPending += gc.size(young);
    if (record) record('promote', [...gc.lists[young]], [old]);
    gc.merge(young, old);
  } else {
    for (const o of [...gc.lists[young]]) {
      // untrack_dicts: exact dicts only.
      if (o instanceof PyDict && !o.type.heap && !o.type.nativeSlots && dictMayUntrack(o)) {
        gc.untrack(o);
        untracked.push(o);
      }
    }
    gc.longLivedPending = 0;
    gc.longLivedTotal = gc.size(young);
  }
  if (record && untracked.length) record('untrack', untracked);

  yield* debugCollectable(vm, unreachable);
  let collected = yield* handleWeakrefs(vm, unreachable, old, record);
  yield* finalizeGarbage(vm, unreachable, record);

  // handle_resurrected_objects: what a finalizer made reachable again survives, with what it reaches.
  const remaining = unreachable.filter((o) => !o.freed);
  const again = deduceUnreachable(remaining, null);
  for (const o of again.survivors) gc.moveTo(o, old);
  if (record && again.survivors.length) record('resurrected', again.survivors);
  const finalUnreachable = again.unreachable;
  collected += finalUnreachable.length;
  if (record) record('delete', finalUnreachable);
  deleteGarbage(vm, finalUnreachable, old);
  if (young === NUM_GENERATIONS - 1) gc.freelists.clear();
  return { collected, uncollectable: 0 };
}

/**
 * Where a collection meets __main__'s globals. The simulator keeps the interpreter's objects out of
 * the lists, as roots, which is where a collection meets them when they are in the oldest generation
 * it examines (3.11), or not examined: first. But 3.12+ starts with them in generation 1, which a full
 * collection appends after generations 2 and 0 (gc_list_merge): the program's objects there have been
 * set aside before sys.modules, the module and its dict are reached, and come back in the dict's order.
 */
function lateMainGlobals(vm: VM, generation: number): LateRoot | null {
  const gc = vm.gc;
  if (generation !== NUM_GENERATIONS - 1 || gc.mainGlobalsGeneration !== 1) return null;
  const globals = vm.modules.interpreter('__main__')?.dict;
  if (!globals || globals.freed || globals.gcList === GcList.Untracked) return null;
  const at = gc.lists[NUM_GENERATIONS - 1].size + gc.lists[0].size;
  // The simulator's dict may be in a generation itself (tracked when it first held a container).
  return { at: globals.gcList === GcList.Young || globals.gcList === GcList.Old ? at - 1 : at, root: globals };
}

/** handle_weakrefs: clear the weak references to the garbage; call the callbacks of those that survive it. */
function* handleWeakrefs(vm: VM, unreachable: PyObject[], old: number,
  record: ((phase: GcPhase, objects: PyObject[]) => void) | null): Native<number> {
  const toCall: PyWeakref[] = [];
  const cleared: PyObject[] = [];
  for (const o of unreachable) {
    // A weakref that is garbage itself must not call back.
    if (o instanceof PyWeakref) forgetWeakref(o);
    if (!o.weakrefs) continue;
    cleared.push(o);
    const list = o.weakrefs as PyWeakref[];
    o.weakrefs = null;
    for (const wr of list) {
      wr.referent = null;
      if (!wr.callback) continue;
      if (wr.gcList === GcList.Collecting) continue;
      vm.incref(wr, Cause.Internal, 'gc');
      toCall.push(wr);
    }
  }
  if (record && cleared.length) record('weakrefs', cleared);
  let freed = 0;
  for (const wr of toCall) {
    const dies = yield* callWeakrefCallback(vm, wr);
    if (dies) freed++;
    else if (wr.gcList >= 0 && wr.gcList !== old) vm.gc.moveTo(wr, old);
  }
  return freed;
}

/** A weakref's callback called by the collector, which holds a reference to it; whether that was the last. */
export function* callWeakrefCallback(vm: VM, wr: PyWeakref): Native<boolean> {
  const callback = wr.callback as PyObject;
  try {
    const r = yield { callable: callback, args: [wr], kwargs: null };
    vm.decref(r, Cause.Return);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.writeUnraisable(e, callback);
  }
  const dies = wr.rc === 1;
  vm.decref(wr, Cause.Internal, 'gc');
  return dies;
}

/** finalize_garbage: `__del__` of each object not finalized yet, in list order (PEP 442). */
function* finalizeGarbage(vm: VM, unreachable: PyObject[], record: ((phase: GcPhase, objects: PyObject[]) => void) | null): Native<void> {
  const toFinalize = unreachable.filter((o) => !o.freed && !o.finalized && hasFinalizer(o));
  if (record && toFinalize.length) record('finalize', toFinalize);
  for (const o of toFinalize) {
    if (o.freed || o.finalized) continue;
    yield* runFinalizer(vm, o);
  }
}

/** One object's finalizer (`__del__`, a generator's close), marked as run first (PEP 442: at most once). */
export function* runFinalizer(vm: VM, o: PyObject): Native<void> {
  if (!hasFinalizer(o)) return;
  o.finalized = true;
  vm.incref(o, Cause.Internal, 'gc');
  yield* callFinalizer(vm, o);
  vm.decref(o, Cause.Internal, 'gc');
  // What the finalizer let go of died there and then in CPython, its own finalizers run inside it: here
  // they run before the collector goes on (it must not meet them again half-dead).
  yield* vm.runFinalizersNow();
}

/** delete_garbage: tp_clear on each object (or into gc.garbage under DEBUG_SAVEALL); survivors go to `old`. */
function deleteGarbage(vm: VM, garbage: PyObject[], old: number): void {
  const gc = vm.gc;
  for (const o of garbage) {
    if (o.freed) continue;
    if (gc.debug & DEBUG_SAVEALL) {
      const list = gc.garbage;
      if (list) list.items.push(vm.incref(o, Cause.Slot, `garbage[${list.items.length}]`));
    } else if (hasTpClear(o)) {
      vm.incref(o, Cause.Internal, 'gc');
      const children = o.clearRefs();
      o.gcCleared = true;
      for (const child of children) vm.decref(child, Cause.OwnerFreed, o.id);
      vm.decref(o, Cause.Internal, 'gc');
    }
    if (!o.freed) gc.moveTo(o, old);
  }
}

/** gc_collect_with_callback: the collection framed by the `gc.callbacks` calls ("start", "stop"). */
export function* collectWithCallbacks(vm: VM, generation: number): Native<number> {
  yield* invokeCallbacks(vm, 'start', generation, 0, 0);
  const { collected, uncollectable } = yield* collectGeneration(vm, generation);
  yield* invokeCallbacks(vm, 'stop', generation, collected, uncollectable);
  return collected + uncollectable;
}

function* invokeCallbacks(vm: VM, phase: string, generation: number, collected: number, uncollectable: number): Native<void> {
  const callbacks = vm.gc.callbacks;
  if (!callbacks || callbacks.items.length === 0) return;
  const info = vm.newDict();
  for (const [k, v] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
    const value = vm.newInt(v);
    dictSet(vm, info, vm.intern(k), value);
    vm.decref(value, Cause.Stack);
  }
  const phaseStr = vm.newStr(phase);
  for (let i = 0; i < callbacks.items.length; i++) {
    const cb = vm.incref(callbacks.items[i], Cause.Stack);
    try {
      const r = yield { callable: cb, args: [phaseStr, info], kwargs: null };
      vm.decref(r, Cause.Return);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.writeUnraisable(e, cb);
    }
    vm.decref(cb, Cause.Stack);
  }
  vm.decref(phaseStr, Cause.Stack);
  vm.decref(info, Cause.Stack);
}

/** gc.collect(generation) and the automatic collections: nothing happens while one is running. */
export function* collect(vm: VM, generation: number): Native<number> {
  const gc = vm.gc;
  if (gc.collecting) return 0;
  gc.collecting = true;
  try {
    return yield* collectWithCallbacks(vm, generation);
  } finally {
    gc.collecting = false;
  }
}

/** _PyGC_CollectNoFail: the full collections of interpreter shutdown (no callbacks, even when disabled). */
export function* collectAtShutdown(vm: VM): Native<number> {
  const gc = vm.gc;
  if (gc.collecting) return 0;
  gc.collecting = true;
  try {
    const { collected } = yield* collectGeneration(vm, NUM_GENERATIONS - 1);
    return collected;
  } finally {
    gc.collecting = false;
  }
}

/** The tracked objects gc.get_objects() lists, generation by generation (the interpreter's in the oldest). */
export function trackedObjects(vm: VM, generation: number | null): PyObject[] {
  const gc = vm.gc;
  const out: PyObject[] = [];
  const add = (list: number) => {
    for (const o of gc.lists[list]) out.push(o);
  };
  for (let g = 0; g < NUM_GENERATIONS; g++) {
    if (generation !== null && g !== generation) continue;
    if (g === NUM_GENERATIONS - 1) add(GcList.Interpreter);
    add(g);
  }
  return out;
}
