// The event trace: everything the editor and the panels show is read from these events.

/** Why a reference was taken or dropped. */
export type RefCause =
  | 'new'            // the creator's own reference
  | 'name'           // bound to / unbound from a name in a namespace dict (module, class)
  | 'local'          // a function's fast local
  | 'cell'           // a closure cell's contents
  | 'stack'          // a temporary on the value stack
  | 'argument'       // passed to a callable
  | 'slot'           // a container slot (list/tuple/set element, dict key or value)
  | 'attribute'      // an instance or class attribute
  | 'const'          // a code object's constants (co_consts) or the parser's constants
  | 'method'         // a bound method's function or self
  | 'iterator'       // an iterator's reference to what it iterates
  | 'frame'          // a frame's function, globals, or a frame object kept by a traceback
  | 'exception'      // an exception's args, traceback, context, or the handled exception
  | 'type'           // an instance's reference to its class, a class's bases/mro
  | 'function'       // a function's code, defaults, closure, globals
  | 'return'         // a return value handed to the caller
  | 'owner-freed'    // released because the object holding it was freed
  | 'module'         // sys.modules and module dicts
  | 'internal';      // interpreter internals (caches, builtins)

/**
 * A RefCause as the simulator passes it: a number, inlined at each call site (esbuild inlines const
 * enums), so recording a change costs no string comparison. The order is CAUSE_NAMES's.
 */
export const enum Cause {
  New, Name, Local, Cell, Stack, Argument, Slot, Attribute, Const, Method, Iterator, Frame, Exception, Type, Function,
  Return, OwnerFreed, Module, Internal,
}
/** Each Cause's name, as events carry it. */
export const CAUSE_NAMES: readonly RefCause[] = [
  'new', 'name', 'local', 'cell', 'stack', 'argument', 'slot', 'attribute', 'const', 'method', 'iterator', 'frame',
  'exception', 'type', 'function', 'return', 'owner-freed', 'module', 'internal',
];

export interface RefEvent {
  kind: 'ref';
  step: number;
  obj: number;
  from: number;
  to: number;
  cause: RefCause;
  /** What holds the reference: a name, `list#3[0]`, `.attr`, ... */
  label: string;
  line: number;
  /**
   * 3.13t (biased reference counts): set when the change went to the object's shared count, made by
   * a thread that does not own it (or after its owner gave it up); absent for the owner's local count.
   */
  shared?: true;
}
export interface AllocEvent {
  kind: 'alloc';
  step: number;
  obj: number;
  type: string;
  /** A short value preview for the UI (`[1, 2]`, `'abc'`, `<function f>`). */
  preview: string;
  line: number;
}
export interface FreeEvent {
  kind: 'free';
  step: number;
  obj: number;
  line: number;
}
export interface LineEvent {
  kind: 'line';
  step: number;
  thread: number;
  line: number;
  /** The code object's qualified name, `<module>` at top level. */
  scope: string;
}
export interface BindEvent {
  kind: 'bind';
  step: number;
  /** The frame (its id in frame events) or namespace the name lives in. */
  frame: number;
  name: string;
  /** The object now bound, or null when the name was deleted. */
  obj: number | null;
  line: number;
}
export interface FrameEvent {
  kind: 'frame-enter' | 'frame-exit';
  step: number;
  frame: number;
  name: string;
  line: number;
}
export interface OutputEvent {
  kind: 'output';
  step: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * One phase of a cycle collection (Modules/gcmodule.c's order), with the objects it touched:
 * - `start`: the objects examined (the collected generations merged, in list order);
 * - `update-refs`: gc_refs copied from the refcounts (`values`, one per object);
 * - `subtract-refs`: gc_refs once references from inside the set are subtracted (`values`);
 * - `unreachable`: what nothing outside reaches (tentatively garbage);
 * - `untrack`: tuples (every collection) and dicts (full collections) no longer tracked;
 * - `promote`: the survivors, moved to generation `values[0]`;
 * - `weakrefs`: objects whose weak references were cleared (callbacks run after this);
 * - `finalize`: objects whose `__del__` is about to run (PEP 442, once each);
 * - `resurrected`: objects a finalizer made reachable again (they survive);
 * - `delete`: the garbage whose references are now cleared (tp_clear), freeing it;
 * - `stop`: `values` = [collected, uncollectable].
 */
export type GcPhase =
  | 'start' | 'update-refs' | 'subtract-refs' | 'unreachable' | 'untrack' | 'promote' | 'weakrefs' | 'finalize'
  | 'resurrected' | 'delete' | 'stop';

export interface GcEvent {
  kind: 'gc';
  step: number;
  phase: GcPhase;
  generation: number;
  objects: number[];
  values: number[];
  line: number;
}

/** An object starts or stops being tracked by the collector outside a collection (`generation` -1 = untracked). */
export interface GcTrackEvent {
  kind: 'gc-track';
  step: number;
  obj: number;
  generation: number;
  line: number;
}

/**
 * A thread changed state (threads/thread-state.ts); `start` names a new thread, `name` gives a thread the
 * name threading gave it (its bootstrap, or `t.name = ...`) without changing its state. Times in simulated ns.
 */
export type ThreadEventState = 'start' | 'name' | 'running' | 'gil-wait' | 'switch-wait' | 'blocked' | 'native' | 'done';
export interface ThreadEvent {
  kind: 'thread';
  step: number;
  /** The thread's serial: 0 main, then 1, 2, ... in start order. */
  thread: number;
  state: ThreadEventState;
  /** The thread's name for `start` and `name`; what it blocks on for `blocked` (sleep, lock, io); the C function for `native` (`sha256.update`). */
  detail: string;
  timeNs: number;
  line: number;
}

/**
 * The GIL (threads/gil.ts, Python/ceval_gil.c): `take` and `drop` by `thread`; `drop-request` set by
 * `thread`, a waiter whose timed wait expired; `forced-switch`: `thread` dropped on request and waits
 * until another thread took it (FORCE_SWITCHING).
 */
export type GilAction = 'take' | 'drop' | 'drop-request' | 'forced-switch';
export interface GilEvent {
  kind: 'gil';
  step: number;
  action: GilAction;
  thread: number;
  timeNs: number;
  line: number;
}

/**
 * 3.13t's biased reference counts (runtime/biased-refcount.ts, Python/brc.c): `queue`: `thread`, not
 * the owner, released a reference while the shared count was 0, so the object went to its owner's
 * queue with its count unchanged; `merge`: the owner's local count reached 0 with references left in
 * other threads, or the owner merged its queue (`thread` is the one merging): the counts are one
 * shared count from now on.
 */
export type BrcAction = 'queue' | 'merge';
export interface BrcEvent {
  kind: 'brc';
  step: number;
  action: BrcAction;
  obj: number;
  thread: number;
  line: number;
}

/**
 * The hypothetical interpreter without a GIL and with plain counts (runtime/racy-refcount.ts): `thread`
 * wrote `to` over a count that was `from`, having read it before another thread's change landed, so
 * that change is lost (to − from is not ±1).
 */
export interface RaceEvent {
  kind: 'race';
  step: number;
  obj: number;
  from: number;
  to: number;
  thread: number;
  line: number;
}

export type TraceEvent = RefEvent | AllocEvent | FreeEvent | LineEvent | BindEvent | FrameEvent | OutputEvent | GcEvent | GcTrackEvent | ThreadEvent | GilEvent | BrcEvent | RaceEvent;

/** Read access to a trace: a plain array, or the packed EventLog a run records. */
export interface EventSource {
  readonly length: number;
  at(index: number): TraceEvent | undefined;
  /** Where the object was placed (allocator units; 0 or absent: static), for the id() it had. */
  addressOf?(obj: number): number;
}
