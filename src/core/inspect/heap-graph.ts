// The heap as a graph, read from a live VM between two instructions: the objects the running frames
// and the module's globals reach, the references between them labelled by slot (`[0]`, `['key']`,
// `.attr`), and the garbage a collection would find now (objects only cycles keep alive). The memory
// graph panel shows it; nothing here changes the VM. The garbage a standard module's import left
// (modules/import-garbage.ts: hundreds of objects after 3.13's `import re`) is counted, not drawn: it would
// bury the program's own.

import type { PyObject } from '../objects/object';
import { PyStr, PyInt } from '../objects/atoms';
import { PyDict } from '../objects/dict';
import { PyDefaultDict } from '../objects/collections-dicts';
import { PyDeque } from '../objects/deque';
import { PyList, PyTuple, PySet } from '../objects/containers';
import { PyCode, PyFunction } from '../objects/callables';
import { PyInstance, PyModule } from '../objects/instances';
import { PyType } from '../objects/type';
import { PyWeakref } from '../objects/weakref';
import type { VM } from '../vm/vm';
import { Frame } from '../vm/frame';
import { GcList } from '../runtime/gc-state';
import { deduceUnreachable } from '../runtime/gc';
import { importReplayIds } from '../modules/import-garbage';

export interface HeapGraphObject {
  id: number;
  type: string;
  /** A short repr (`[1, 2]`, `'abc'`, `<function f>`), at most 60 characters. */
  preview: string;
  /** The count `sys.getrefcount` would report, plus nothing (no temporary argument). */
  refcount: number;
  immortal: boolean;
  /** Where the allocator model placed it (units; 0: static): objects/object.ts idValue gives its id(). */
  address: number;
  /** An object of the interpreter (builtins, types, modules, code): shown where referenced, never expanded. */
  interpreter: boolean;
  /** The collector's generation: 0–2, 3 permanent; -1 tracked by nothing (untracked or not a GC type). */
  generation: number;
  /** Garbage a collection would find now: nothing outside the collector's lists reaches it. */
  unreachable: boolean;
}

export interface HeapGraphEdge {
  from: number;
  to: number;
  /** How the holder refers to the target: `[0]`, `['key']`, `.attr`, `key`, `member`, `__closure__`... */
  slot: string;
}

export interface HeapGraphBinding {
  name: string;
  obj: number;
  /** A value-stack temporary rather than a named variable. */
  temporary: boolean;
}

export interface HeapGraphRoot {
  kind: 'globals' | 'frame';
  /** The frame's id (as in frame events); the module frame's for globals, 0 once it has returned. */
  frame: number;
  /** `<module>`, or the code's qualified name. */
  name: string;
  /** The thread running the frame, when it is not the main thread (`Thread-1 (worker)`); null otherwise. */
  thread: string | null;
  bindings: HeapGraphBinding[];
}

/** The garbage one of the program's imports left, left out of the graph. */
export interface HeapGraphImportGarbage {
  /** The module the program imported (`re`). */
  module: string;
  /** Its objects a collection would find unreachable (what gc.collect() counts of it). */
  objects: number;
}

export interface HeapGraph {
  roots: HeapGraphRoot[];
  /** Reached from the roots first (breadth first), then the garbage. */
  objects: HeapGraphObject[];
  edges: HeapGraphEdge[];
  /** Objects left out past `maxObjects`. */
  omitted: number;
  /** The imports whose garbage is waiting for the collector, in the order they ran. */
  importGarbage: HeapGraphImportGarbage[];
}

export interface HeapGraphOptions {
  /** Objects that exist before the program (None, small ints, builtin types): never expanded. */
  statics: ReadonlySet<PyObject>;
  maxObjects?: number;
}

/** The names the import system puts in a module (`__main__` before the program runs; a package's `__path__`): not the learner's variables. */
const MODULE_SETUP_NAMES = new Set([
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__', '__path__',
]);
/** Plumbing references left out of the drawing (each still counts in its target's refcount). */
const HIDDEN_SLOTS = new Set(['__code__', 'gi_code', 'f_code', '__globals__', '__name__', '__qualname__', '__mro__', '__base__', 'descriptor']);
/** A class namespace's bookkeeping entries, left out of the drawing like the slots above. */
const CLASS_SETUP_NAMES = new Set(['__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__firstlineno__', '__static_attributes__']);
const DEFAULT_MAX_OBJECTS = 5000;
const PREVIEW_LENGTH = 40;

type Visit = (child: PyObject, slot: string) => void;

/** The state between two instructions, as a graph. */
export function heapGraph(vm: VM, options: HeapGraphOptions): HeapGraph {
  const maxObjects = options.maxObjects ?? DEFAULT_MAX_OBJECTS;
  const roots = collectRoots(vm);
  const unreachable = unreachableNow(vm);
  const everything = withWhatOnlyTheyHold(vm, unreachable);
  const { hidden, importGarbage } = splitImportGarbage(vm, unreachable, everything);
  const garbage = hidden.size ? new Set([...everything].filter((o) => !hidden.has(o))) : everything;
  const order: PyObject[] = [];
  const seen = new Set<PyObject>();
  let omitted = 0;
  const reach = (o: PyObject) => {
    if (seen.has(o)) return;
    seen.add(o);
    if (order.length < maxObjects) order.push(o);
    else omitted++;
  };
  for (const root of roots) for (const b of root.bindings) reach(b.object);
  for (const o of garbage) reach(o);
  const edges: HeapGraphEdge[] = [];
  // `order` grows while it is scanned: breadth first.
  for (let i = 0; i < order.length; i++) {
    const o = order[i];
    if (!expands(vm, o, options.statics)) continue;
    forEachSlot(vm, o, (child, slot) => {
      reach(child);
      edges.push({ from: o.id, to: child.id, slot });
    });
  }
  const inOrder = new Set(order);
  const kept = new Set(order.map((o) => o.id));
  return {
    roots: roots.map((r) => ({
      kind: r.kind, frame: r.frame, name: r.name, thread: r.thread,
      bindings: r.bindings.filter((b) => inOrder.has(b.object)).map((b) => ({ name: b.name, obj: b.object.id, temporary: b.temporary })),
    })),
    objects: order.map((o) => describe(vm, o, options.statics, garbage)),
    // Past `maxObjects`, references toward the objects left out are left out too.
    edges: omitted ? edges.filter((e) => kept.has(e.to)) : edges,
    omitted,
    importGarbage,
  };
}

interface Root {
  kind: 'globals' | 'frame';
  frame: number;
  name: string;
  thread: string | null;
  bindings: { name: string; object: PyObject; temporary: boolean }[];
}

/** The Python frames of each live thread, outermost first (the running thread's are the VM's own registers). */
function threadStacks(vm: VM): { thread: string | null; frames: Frame[] }[] {
  const scheduler = vm.scheduler;
  const stacks: { thread: string | null; frames: Frame[] }[] = [];
  for (const t of scheduler.threads) {
    if (t.status === 'done') continue;
    const top = t === scheduler.current ? vm.frame : t.frame;
    const frames: Frame[] = [];
    for (let f = top; f; f = f.back) if (f instanceof Frame && !f.unit.library) frames.unshift(f);
    stacks.push({ thread: t === scheduler.main ? null : t.name, frames });
  }
  return stacks;
}

/**
 * Module globals, then each running function's locals (outermost first), the main thread's first, then each
 * other thread's; library frames (threading's bootstrap) are left out.
 */
function collectRoots(vm: VM): Root[] {
  const stacks = threadStacks(vm);
  const frames = stacks.flatMap((s) => s.frames);
  const threadOf = new Map<Frame, string | null>(stacks.flatMap((s) => s.frames.map((f) => [f, s.thread] as const)));
  const moduleFrame = frames.find((f) => f.func === null && f.locals === f.globals) ?? null;
  const globals = moduleFrame?.globals ?? vm.modules.interpreter('__main__')?.dict ?? null;
  const roots: Root[] = [];
  if (globals) {
    const bindings: Root['bindings'] = [];
    for (const e of globals.items()) {
      const name = e.key instanceof PyStr ? e.key.value : vm.preview(e.key);
      if (!MODULE_SETUP_NAMES.has(name)) bindings.push({ name, object: e.value, temporary: false });
    }
    if (moduleFrame) for (const v of moduleFrame.stack) if (v) bindings.push({ name: '', object: v, temporary: true });
    roots.push({ kind: 'globals', frame: moduleFrame?.id ?? 0, name: '<module>', thread: null, bindings });
  }
  for (const f of frames) {
    if (f === moduleFrame) continue;
    const bindings: Root['bindings'] = [];
    if (f.locals && f.locals !== f.globals) {
      // A class body: its namespace dict.
      for (const e of f.locals.items()) bindings.push({ name: e.key instanceof PyStr ? e.key.value : vm.preview(e.key), object: e.value, temporary: false });
    }
    const names = f.localNames;
    f.fast.forEach((v, i) => v && bindings.push({ name: names[i] ?? `local${i}`, object: v, temporary: false }));
    for (const v of f.stack) if (v) bindings.push({ name: '', object: v, temporary: true });
    roots.push({ kind: 'frame', frame: f.id, name: f.unit.qualname, thread: threadOf.get(f) ?? null, bindings });
  }
  return roots;
}

/** What a full collection would find unreachable now (the program's tracked objects, all generations). */
function unreachableNow(vm: VM): Set<PyObject> {
  const lists = vm.gc.lists;
  const candidates = [GcList.Young, GcList.Middle, GcList.Old, GcList.Collecting].flatMap((list) => [...lists[list]]);
  return new Set(deduceUnreachable(candidates, null, vm.deferredRefcounts).unreachable);
}

/** The unreachable objects and what only they hold (strs, ints, untracked tuples), which goes with them. */
function withWhatOnlyTheyHold(vm: VM, unreachable: ReadonlySet<PyObject>): Set<PyObject> {
  const garbage = new Set(unreachable);
  const heldByGarbage = new Map<PyObject, number>();
  const queue = [...unreachable];
  for (let i = 0; i < queue.length; i++) {
    forEachSlot(vm, queue[i], (child) => {
      if (garbage.has(child) || child.immortal || child.gcList >= 0) return;
      const held = (heldByGarbage.get(child) ?? 0) + 1;
      heldByGarbage.set(child, held);
      if (held === child.rc) {
        garbage.add(child);
        queue.push(child);
      }
    }, true);
  }
  return garbage;
}

/**
 * The garbage the program's imports made, apart from the program's: what the program's own unreachable objects
 * hold is drawn with them, the rest is counted per import (its unreachable objects, as gc.collect() counts).
 */
function splitImportGarbage(vm: VM, unreachable: ReadonlySet<PyObject>, garbage: ReadonlySet<PyObject>): { hidden: Set<PyObject>; importGarbage: HeapGraphImportGarbage[] } {
  const replays = importReplayIds(vm);
  const hidden = new Set<PyObject>();
  if (replays.length === 0) return { hidden, importGarbage: [] };
  const replayOf = (o: PyObject) => replays.findIndex((r) => o.id >= r.first && o.id < r.end);
  const drawn = new Set<PyObject>();
  for (const o of unreachable) if (replayOf(o) < 0) drawn.add(o);
  const queue = [...drawn];
  for (let i = 0; i < queue.length; i++) {
    forEachSlot(vm, queue[i], (child) => {
      if (!garbage.has(child) || drawn.has(child)) return;
      drawn.add(child);
      queue.push(child);
    }, true);
  }
  const counts = replays.map(() => 0);
  for (const o of garbage) {
    if (drawn.has(o)) continue;
    hidden.add(o);
    if (unreachable.has(o)) counts[replayOf(o)]++;
  }
  return { hidden, importGarbage: replays.map((r, i) => ({ module: r.module, objects: counts[i] })).filter((g) => g.objects > 0) };
}

/** Interpreter objects are drawn where referenced but their own references are not followed. */
function expands(vm: VM, o: PyObject, statics: ReadonlySet<PyObject>): boolean {
  if (statics.has(o) || o.gcList === GcList.Interpreter || o === vm.builtins) return false;
  // A module of the learner's own files is theirs to see (its globals); CPython's modules are the interpreter's.
  if (o instanceof PyModule) return o.learner !== null;
  if (o instanceof PyCode) return false;
  if (o instanceof PyType && !o.heap) return false;
  return true;
}

function describe(vm: VM, o: PyObject, statics: ReadonlySet<PyObject>, garbage: Set<PyObject>): HeapGraphObject {
  return {
    id: o.id,
    type: o instanceof PyType ? 'type' : o.type.name,
    preview: shortPreview(vm, o),
    refcount: vm.heap.reported(o),
    immortal: o.immortal,
    address: o.address,
    interpreter: !expands(vm, o, statics) && !(o instanceof PyCode),
    generation: generationOf(o.gcList),
    unreachable: garbage.has(o),
  };
}

function generationOf(list: number): number {
  switch (list) {
    case GcList.Young:
    case GcList.Deferred:
      return 0;
    case GcList.Middle:
      return 1;
    case GcList.Old:
    case GcList.Interpreter:
      return 2;
    case GcList.Permanent:
      return 3;
    default:
      return -1;
  }
}

/**
 * The references `o` holds, labelled as a learner reads them. Plumbing (a function's code and globals, a
 * class's mro) is left out unless `everything` (then only the labels may be rough).
 */
function forEachSlot(vm: VM, o: PyObject, visit: Visit, everything = false): void {
  if (o.subclassDict) visit(o.subclassDict, '__dict__');
  if (o instanceof PyInstance && o.dict && o.dict.gcList === GcList.None) {
    // 3.11+ inline attributes: no dict object, the values hang off the instance.
    for (const e of o.dict.items()) visit(e.value, `.${e.key instanceof PyStr ? e.key.value : vm.preview(e.key)}`);
    o.traverse((child, slot) => slot !== '__dict__' && visit(child, slot));
    return;
  }
  if (o instanceof PyDict) {
    if (o instanceof PyDefaultDict && o.factory) visit(o.factory, 'default_factory');
    for (const e of o.items()) {
      const keyIsAtom = e.key instanceof PyStr || e.key instanceof PyInt;
      if (!keyIsAtom || everything) visit(e.key, 'key');
      visit(e.value, `[${vm.preview(e.key)}]`);
    }
    return;
  }
  if (o instanceof PyModule && !everything) {
    // A learner's module: its globals, as attributes (its dict is drawn as part of it, like a class's).
    for (const e of o.dict.items()) {
      const name = e.key instanceof PyStr ? e.key.value : vm.preview(e.key);
      if (!MODULE_SETUP_NAMES.has(name)) visit(e.value, `.${name}`);
    }
    return;
  }
  if (o instanceof PyType && o.heap && !everything) {
    // A class: its methods and class attributes (its namespace dict is drawn as part of it).
    for (const e of o.dict.items()) {
      const name = e.key instanceof PyStr ? e.key.value : vm.preview(e.key);
      if (!CLASS_SETUP_NAMES.has(name)) visit(e.value, `.${name}`);
    }
    if (o.basesTuple && o.bases.some((b) => b.heap)) visit(o.basesTuple, '__bases__');
    return;
  }
  if (o instanceof PyFunction && !everything) {
    o.traverse((child, slot) => !HIDDEN_SLOTS.has(slot) && visit(child, slot));
    return;
  }
  o.traverse((child, slot) => (everything || !HIDDEN_SLOTS.has(slot)) && visit(child, slot));
  // A built-in type's traverse does not know the subclass: its instances also reference their type.
  if (o.type.heap && !(o instanceof PyInstance) && !(o instanceof PyWeakref)) visit(o.type, '__class__');
}

/** Containers show their first items (atoms by value, others as `…`); the rest as the VM previews them. */
function shortPreview(vm: VM, o: PyObject): string {
  const item = (x: PyObject) => (x instanceof PyStr || x instanceof PyInt || x === vm.none || x === vm.true_ || x === vm.false_ ? vm.preview(x) : '…');
  let text: string;
  if (o instanceof PyList) text = `[${o.items.map(item).join(', ')}]`;
  else if (o instanceof PyTuple) text = o.items.length === 1 ? `(${item(o.items[0])},)` : `(${o.items.map(item).join(', ')})`;
  else if (o instanceof PyDict && !(o.type.heap)) text = `{${[...o.items()].map((e) => `${item(e.key)}: ${item(e.value)}`).join(', ')}}`;
  else if (o instanceof PySet) text = o.members.size ? `{${[...o.members.values()].map(item).join(', ')}}` : `${o.type.name}()`;
  else if (o instanceof PyDeque && !o.type.heap) text = `deque([${o.items.map(item).join(', ')}])`;
  else return vm.preview(o).slice(0, PREVIEW_LENGTH * 2);
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}
