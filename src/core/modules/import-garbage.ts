// What a program's import of a standard module does to the collector, as CPython's does it. The simulator runs
// its library modules as the interpreter's own objects, outside the generations (runtime/gc-state.ts `quietly`);
// CPython's import allocates (count[0] grows, automatic collections run in the middle of it) and leaves cyclic
// garbage: classes a module makes and drops (types.py's `_C`, the pure-Python OrderedDict, operator's and
// functools' classes that their C versions replace, the plain classes enum's _simple_enum and _convert_ make).
// Each real interpreter's imports are measured (import-traces-data.ts, scripts/measure-import-garbage.mjs): per
// module, the count its load adds between the modules it loads, and where it makes and drops its garbage. The
// program's import replays that: the modules CPython would load now (those not loaded yet: the startup's and the
// program's earlier imports are), each one's counts with the collections they bring, and its garbage made from
// the module's own source (import-leftovers.ts), in generation 0, where the next collection finds it.

import type { VM } from '../vm/vm';
import { PyCode } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import type { PyObject } from '../objects/object';
import type { ConstSpec } from '../compile/bytecode';
import { constKey } from '../compile/code-builder';
import { Cause } from '../trace/events';
import { NUM_GENERATIONS } from '../runtime/gc-state';
import { tupleMayUntrack } from '../runtime/gc';
import type { ImportTraces, ModuleLoad } from './import-traces';
import { leftoverCode, runLeftover } from './import-leftover-code';
import { nextObjectId } from '../objects/object';
import { enterModulesLoaded } from './registry';
import { BOOTSTRAP_ALIASES } from './importlib';

/**
 * The objects one of the program's imports made in its replay (ids first to end − 1): the memory graph tells
 * the garbage among them apart from the program's own (inspect/heap-graph.ts).
 */
export interface ImportReplayIds {
  /** The module the program imported. */
  readonly module: string;
  readonly first: number;
  readonly end: number;
}

interface ImportState {
  /** The modules CPython would have loaded by now (its sys.modules). */
  readonly loaded: Set<string>;
  /** Whether an import searched sys.path yet (ImportTraces.programImport). */
  pathSearched: boolean;
  /** The full collections (they empty the free lists) when the last module was loaded; null before any. */
  fullCollectionsAtLastLoad: number | null;
  /** What the program's import counts beyond its measured load, at its first count (ImportTraces.programImport). */
  offset: number;
  /**
   * Tuples and dicts the collections run during the import put on the free lists, freeing garbage: the
   * measured loads (the collector off) allocated anew what these serve now, uncounted.
   */
  freed: number;
  /**
   * 3.11: while a module's .pyc is read (the trace's `M`): the allocations counted since marshal.loads started,
   * and the index of the allocation each automatic collection ran in (before that allocation's object).
   */
  marshal: { counted: number; readonly collections: number[] } | null;
  readonly replays: ImportReplayIds[];
  /** The modules the import being replayed loaded, as their loads ended (the order they end up in sys.modules). */
  completed: string[];
}

const states = new WeakMap<VM, ImportState>();

function stateOf(vm: VM, traces: ImportTraces): ImportState {
  let state = states.get(vm);
  if (!state) states.set(vm, (state = { loaded: new Set(traces.startup), pathSearched: false, fullCollectionsAtLastLoad: null, offset: 0, freed: 0, marshal: null, replays: [], completed: [] }));
  return state;
}

/**
 * After the program's own `import name` (or `from name import ...`, `__import__(name)`): what CPython's import
 * of it would have done, when it would have loaded it now.
 */
export function afterProgramImport(vm: VM, name: string): void {
  const traces = vm.options.version.importTraces;
  if (!traces) return;
  const state = stateOf(vm, traces);
  const program = traces.imports[name];
  // Not measured: a module CPython does not have (the simulator's own), nothing to replay.
  if (!program || state.loaded.has(name)) return;
  // The free lists the import machinery finds, and the finder of the program's directory (ImportTraces.programImport).
  const fullCollections = vm.gc.stats[NUM_GENERATIONS - 1].collections;
  const { atStart, afterCollection, warm, firstPathSearch } = traces.programImport;
  if (state.fullCollectionsAtLastLoad === null && fullCollections === vm.options.version.gcStartup.stats[NUM_GENERATIONS - 1].collections) {
    state.offset = atStart;
    state.pathSearched = true;
  } else {
    state.offset = state.fullCollectionsAtLastLoad === fullCollections ? warm : afterCollection;
    if (!state.pathSearched) state.offset += firstPathSearch;
  }
  state.freed = 0;
  state.completed = [];
  // (A finalizer of the program's that a collection runs in the middle may make objects too: counted in.)
  const first = nextObjectId();
  load(vm, traces, state, traces.loads[program.load]);
  state.offset = 0;
  state.fullCollectionsAtLastLoad = vm.gc.stats[NUM_GENERATIONS - 1].collections;
  // The import statement's own bookkeeping after the module's code returned.
  countAllocations(vm, state, program.tail);
  if (nextObjectId() > first) state.replays.push({ module: name, first, end: nextObjectId() });
  // What else the import put in sys.modules (the interpreter's objects, outside the replay's).
  enterModulesLoaded(vm, state.completed);
}

/** The program's imports whose replay made objects, in the order they ran. */
export function importReplayIds(vm: VM): readonly ImportReplayIds[] {
  return states.get(vm)?.replays ?? [];
}

/** A module's load as measured, unless the program's earlier imports loaded it already. */
function load(vm: VM, traces: ImportTraces, state: ImportState, node: ModuleLoad): void {
  if (state.loaded.has(node.m)) return;
  const firstInside = state.completed.length;
  // A submodule's outer load: its package's load inside runs it (and marks it loaded).
  if (!node.shell) state.loaded.add(node.m);
  if (node.path) state.pathSearched = true;
  // The garbage this module makes: its class statements' code comes with the module's, from the .pyc.
  const made = node.s.filter((step): step is string => typeof step === 'string' && step.startsWith('+')).map((step) => step.slice(1));
  const codes = new Map<string, PyCode>();
  // The module's code comes from its .pyc before it runs (marshal.loads): the class statements' constants are
  // made then (a collection before they run may untrack their tuples). 3.12+: the first C stretch, which no
  // collection interrupts. 3.11, which collects inside the allocation that crosses the threshold: after the
  // count that follows `M` (marshal.loads and what comes before the module's code runs), the constant tuples a
  // collection in the middle of it found untracked as it did (Leftover.marshal); without an `M`, after the first
  // count. The measured counts have them already.
  const inC = node.s.some((step) => Array.isArray(step));
  const marshalAt = node.s.indexOf('M');
  let codesMade = made.length === 0;
  const makeCodes = (marshal: ImportState['marshal']): void => {
    if (codesMade) return;
    codesMade = true;
    for (const key of made) {
      countedAs(vm, state, 0, () => {
        const code = leftoverCode(vm, traces, key, 'make');
        codes.set(key, code);
        if (marshal) untrackCollectedConstants(vm, code, traces.leftovers[key].marshal ?? [], marshal.collections);
      });
    }
  };
  try {
    for (const [i, step] of node.s.entries()) {
      if (typeof step === 'number') {
        countAllocations(vm, state, step + state.offset);
        state.offset = 0;
        // 3.11: the count marshal.loads ended in (the one after `M`).
        const marshal = i === marshalAt + 1 ? state.marshal : null;
        if (marshal) state.marshal = null;
        if (!inC && i > marshalAt) makeCodes(marshal);
      } else if (typeof step !== 'string') {
        makeCodes(null);
        countAllocations(vm, state, step[0], true);
      } else if (step === 'M') state.marshal = { counted: 0, collections: [] };
      else if (step.startsWith('@')) load(vm, traces, state, traces.loads[Number(step.slice(1))]);
      else if (step.startsWith('+')) {
        // The class statements count the objects CPython's leave (the measured counts have the rest).
        const key = step.slice(1);
        const code = codes.get(key) ?? leftoverCode(vm, traces, key, 'make');
        codes.delete(key);
        countedAs(vm, state, traces.leftovers[key].objects, () => runLeftover(vm, traces, key, code));
      } else countedAs(vm, state, 0, () => runLeftover(vm, traces, step.slice(1), leftoverCode(vm, traces, step.slice(1), 'drop')));
    }
  } finally {
    if (marshalAt >= 0) state.marshal = null;
    for (const code of codes.values()) vm.decref(code, Cause.Frame);
  }
  if (node.shell) return;
  // importlib enters its bootstrap modules under their second names as its code starts, before what it loads.
  if (node.m === 'importlib') state.completed.splice(firstInside, 0, ...BOOTSTRAP_ALIASES.map(([, alias]) => alias));
  state.completed.push(node.m);
}

/**
 * 3.11: the constant tuples of a piece of garbage's code that a collection in the middle of marshal.loads found
 * made (their index among its allocations before that collection's): it untracked those of atoms
 * (untrack_tuples). (One that holds a tracked object would have moved to the next generation: none here.)
 */
function untrackCollectedConstants(vm: VM, code: PyCode, marshal: readonly (readonly [string, number])[], collections: readonly number[]): void {
  if (!collections.length || !marshal.length) return;
  const last = Math.max(...collections);
  const index = new Map(marshal);
  const seen = new Set<PyObject>();
  const visit = (spec: ConstSpec, o: PyObject): void => {
    if (seen.has(o)) return;
    seen.add(o);
    if (spec.type === 'code' && o instanceof PyCode) spec.unit.consts.forEach((inner, i) => visit(inner, o.consts[i]));
    if (spec.type !== 'tuple' || !(o instanceof PyTuple)) return;
    spec.items.forEach((inner, i) => visit(inner, o.items[i]));
    const at = index.get(constKey(spec));
    if (at !== undefined && at < last && vm.gc.isTracked(o) && tupleMayUntrack(o)) vm.gc.untrack(o);
  };
  code.unit.consts.forEach((spec, i) => visit(spec, code.consts[i]));
}

/**
 * Runs `body` (simulated objects made or dropped), then leaves count[0] `n` higher than before, as the
 * measurement says CPython's is: the simulator's own temporaries (and the free lists that served them) differ
 * in places. Not when a collection ran meanwhile (it reset the count).
 */
function countedAs(vm: VM, state: ImportState, n: number, body: () => void): void {
  const before = vm.gc.counts[0];
  const collections = vm.gc.stats[0].collections + vm.gc.stats[1].collections + vm.gc.stats[2].collections;
  body();
  if (vm.gc.stats[0].collections + vm.gc.stats[1].collections + vm.gc.stats[2].collections !== collections) return;
  vm.gc.counts[0] = Math.max(0, before + n);
  if (vm.gc.overThreshold()) collectNow(vm, state);
  else vm.gc.pending = false;
}

/**
 * Allocations the import made (or, negative, deallocations), one by one. The one that takes count[0] past
 * threshold 0 runs the automatic collection: there in 3.11 (gc_alloc collects inside the allocation), at the
 * next eval-breaker check in 3.12+ (_Py_ScheduleGC), which Python code soon reaches, C code (`inC`) only once it
 * returned. A deallocation takes one off while there is one (PyObject_GC_Del). An allocation the free lists
 * serve with what a collection freed meanwhile is not counted.
 */
function countAllocations(vm: VM, state: ImportState, n: number, inC = false): void {
  const gc = vm.gc;
  if (n < 0) {
    gc.counts[0] = Math.max(0, gc.counts[0] + n);
    return;
  }
  const atCrossing = !inC || !vm.options.version.gcRecheckThreshold;
  for (let i = 0; i < n; i++) {
    if (state.freed > 0 && gc.freelists.popTupleOrDict()) {
      state.freed--;
      continue;
    }
    gc.counts[0]++;
    if (state.marshal) state.marshal.counted++;
    if (atCrossing && gc.overThreshold()) collectNow(vm, state);
  }
  if (!atCrossing && gc.overThreshold()) collectNow(vm, state);
}

/** The automatic collection, and the tuples and dicts its frees put on the free lists (a full one empties them). */
function collectNow(vm: VM, state: ImportState): void {
  // The allocation that crossed the threshold waits for the collection (3.11): made after it.
  if (state.marshal) state.marshal.collections.push(state.marshal.counted - 1);
  const kept = vm.gc.freelists.tuplesAndDicts();
  vm.collectDueNow();
  const now = vm.gc.freelists.tuplesAndDicts();
  state.freed = now < kept ? 0 : state.freed + now - kept;
}
