// The simulated interpreter: object creation, the frame stack, calls, exception unwinding,
// and `step()`, which runs exactly one bytecode instruction.

import { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyInt, PyFloat, PyStr, PyBytes, PyPlain, PyComplex } from '../objects/atoms';
import { PyList, PyTuple, PySet } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { SharedKeys } from '../objects/capacity';
import { PyCode, PyFunction, PyCell, PyBuiltin, type NativeImpl } from '../objects/callables';
import { PyExceptionObj, PyModule, PyTraceback, PyFrameObject, PyInstance } from '../objects/instances';
import { Heap, type HeapHooks, type PendingDeath } from '../runtime/heap';
import { createBuiltinTypes, type BuiltinTypes } from '../runtime/types';
import { createExceptionTypes } from '../runtime/exceptions';
import type { CodeUnit, ConstSpec, Position } from '../compile/bytecode';
import { Frame, NativeFrame, userLine, reportedLine, type AnyFrame, type CallRequest, type InitCall, type Native } from './frame';
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from '../objects/iterators';
import { kindOf } from './generators';
import { PyAsyncGenAwaitable } from '../objects/async-generators';
import { hasFinalizer, callFinalizer } from '../runtime/finalizers';
import { PyError, UnsupportedError, BudgetExceeded } from './errors';
import type { VersionModel } from '../versions';
import { execute } from './execute';
import { constKey } from '../compile/code-builder';
import { invoke, releaseCall } from './calls';
import { ObjectMemory } from '../runtime/object-memory';
import { builtinRepr, arrayText, address } from '../runtime/repr';
import { PyArray } from '../objects/array';
import { formatException, type TracebackWhere } from '../runtime/traceback';
import { isGcType, trackedAtBirth, collect } from '../runtime/gc';
import { compiledGcObjects } from '../runtime/compiled-objects';
import { releaseSubclasses } from '../runtime/subclasses';
import { GcState } from '../runtime/gc-state';
import { PyWeakref } from '../objects/weakref';
import { forgetWeakref, clearWeakrefs, callWeakrefCallbacks } from '../runtime/weakrefs';
import { setAdd, setName, constantFrozensetOrder } from '../runtime/dicts';
import { EventLog, type RefLabel } from '../trace/event-log';
import { Scheduler } from '../threads/scheduler';
import { DeferredRefcounts } from '../runtime/deferred-refcount';
import { BiasedRefcounts } from '../runtime/biased-refcount';
import { RacyRefcounts } from '../runtime/racy-refcount';
import type { VirtualClock } from '../threads/clock';
import { instructionCosts } from '../threads/cost-model';
import { computeHoldingGil, type ComputingCall } from '../threads/native-work';
import { Cause } from '../trace/events';
import { setInitValue } from '../runtime/exception-init-value';
import { initOsErrorFields, isOsError } from '../runtime/oserror-fields';
import { initImportErrorFields, isImportError } from '../runtime/import-error-fields';
import { nativeStream } from '../modules/sys';
import { ModuleTable } from '../modules/module-table';
import { writeToFile } from '../builtins/file-write';
import { hookInstruction, unwindWithHooks, throwWithHooks, releasePending, reportResumedStop } from './tracing';
import type { ThreadHooks } from '../threads/thread-state';
import { NO_POSITION, Op } from '../compile/bytecode';

export interface VMOptions {
  version: VersionModel;
  filename: string;
  /** sys.argv[0] and the start of `file:line:col` diagnostics: the script as the command line named it (RunOptions.argv0). */
  argv0?: string;
  maxSteps: number;
  maxMillis: number;
  recordTrace: boolean;
  now: () => number;
  /** Simulated cores (os.cpu_count()). */
  cores?: number;
  /** The simulated network's latency per request, in ms (the `requests` stand-in). */
  ioLatencyMs?: number;
  /** Only the threads' and the GIL's events, when the whole trace is not recorded (the compare mode's runs). */
  recordTimeline?: boolean;
  /** The learner's `threading.Thread` is `multiprocessing.Process` (modules/as-processes.ts). */
  threadsAsProcesses?: boolean;
  /** Seeds the simulated os.urandom (runtime/entropy.ts); 0 when not given. */
  entropySeed?: number;
  /** What sys.stdin reads (runtime/stdin.ts): the text, or a function giving it when first read; none: empty. */
  stdin?: string | (() => string);
  /** The learner's other files beside the script, by module name: their sources (RunOptions.localModules). */
  localModules?: Readonly<Record<string, string>>;
}

export type FrameExit = 'return' | 'exception';

/** atexit_callback (Modules/atexitmodule.c): a function and the arguments it is called with; null once unregistered. */
export type AtexitCallback = { func: PyObject; args: PyObject[]; kwargs: Map<string, PyObject> | null } | null;

/** A Python identifier (PEP 3131, roughly: XID_Start then XID_Continue). */
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

export class VM {
  readonly heap: Heap;
  readonly t: BuiltinTypes;
  readonly exc: Map<string, PyType>;
  readonly none: PyPlain;
  readonly true_: PyInt;
  readonly false_: PyInt;
  readonly ellipsis: PyPlain;
  readonly notImplemented: PyPlain;
  /** -5..256, preallocated (read by the editor to name them; never written outside the constructor). */
  readonly smallInts: PyInt[] = [];
  private readonly interned = new Map<string, PyStr>();
  /**
   * The one-character Latin-1 strings that are not the interned ones of their text (3.11/3.12: versions.ts
   * deepFrozenChars): what chr() and indexing return, made on first use. The others are their interned string.
   */
  private readonly latin1Chars = new Map<string, PyStr>();
  /** b'' and the 256 one-byte bytes objects (CPython's static bytes singletons), made on first use. */
  private readonly bytesSingletons = new Map<number, PyBytes>();
  readonly builtins: PyDict;
  /** sys.modules (modules/module-table.ts). */
  readonly modules = new ModuleTable(this);
  readonly sourceLines: string[];
  /** The lines of the learner's other files the program imported (modules/local-modules.ts), by filename. */
  readonly localModuleLines = new Map<string, readonly string[]>();
  /** Equivalence classes of objects with a user-defined __hash__ (see dicts.ts: userHashKey). */
  readonly userKeyClasses = new Map<string, { key: string; members: Set<PyObject> }[]>();
  userKeyCounter = 0;
  /** Classes made by class statements, alive, in creation order (type.__subclasses__ reads them). */
  readonly heapTypes = new Set<PyType>();
  /** Functions to call at interpreter exit, in registration order (atexit); their arguments are owned too. */
  readonly atexit: AtexitCallback[] = [];
  /** The cycle collector's generations and counters. */
  readonly gc: GcState;
  /** Where objects are placed: what id() returns (runtime/object-memory.ts). */
  readonly memory: ObjectMemory;
  /** 3.13t's deferred reference counts (functions and classes); null in builds with the GIL. */
  readonly deferredRefcounts: DeferredRefcounts | null;
  stdout = '';
  stderr = '';
  /** The process's buffered sys.stdout/sys.stderr (processes/std-streams.ts): what reaches the machine's output. */
  streams: { write(stream: 'stdout' | 'stderr', text: string): void; flush(stream: 'stdout' | 'stderr'): void } | null = null;
  steps = 0;
  /** The running frame (top of the one thread's stack). */
  frame: AnyFrame | null = null;
  /** The frame whose locals are being cleared: already popped in CPython, so not where they die. */
  private releasing: Frame | null = null;
  /**
   * The exception the running frame's exc_info slot holds (PUSH_EXC_INFO/POP_EXCEPT change it): the
   * thread's own slot, or a running generator's (gi_exc_state), as on CPython's exc_info stack.
   */
  excInfo: PyObject | null = null;
  /** The slots below the running generators' on that stack: their callers', innermost last. */
  excOuter: (PyObject | null)[] = [];
  /** Nesting of Python frames, for RecursionError (sys.getrecursionlimit). */
  depth = 0;
  recursionLimit = 1000;
  private started = 0;
  /** Threads, the GIL and the virtual clock. */
  readonly scheduler: Scheduler;
  readonly clock: VirtualClock;
  /** Set once a second thread started or a call blocked: step() then asks the scheduler who runs. */
  threaded = false;
  /** The running thread's sys.settrace / sys.setprofile functions (vm/tracing.ts). */
  hooks: ThreadHooks;
  /** Whether it has either: step() then lets the hooks see each instruction first. */
  hooked = false;
  /** How many pending finalizers wait for the trace function being called (vm/tracing.ts deliver). */
  finalizerFloor = 0;
  /** sys.set_asyncgen_hooks' callables (owned): CPython keeps them per thread (tstate->async_gen_firstiter/finalizer). */
  asyncGenHooks: { firstiter: PyObject | null; finalizer: PyObject | null } = { firstiter: null, finalizer: null };
  /** Py_FinalizeEx is past the atexit functions (sys.is_finalizing()). */
  finalizing = false;
  private readonly costs = instructionCosts(this.options.version.instructionCostNs);
  private readonly evalBreakerChecks: ReadonlySet<number>;
  /** Set when the program finished: 'ok', or the exception that escaped. */
  outcome: { kind: 'ok' } | { kind: 'exception'; exc: PyExceptionObj } | null = null;

  constructor(readonly options: VMOptions, source: string) {
    this.sourceLines = source.split(/\r?\n/);
    const hooks: HeapHooks = {
      needsFinalizer: (obj) => {
        if (!hasFinalizer(obj)) return this.hooked && closesUnstarted(this, obj);
        if ((obj instanceof PyCoroutine && obj.frame?.pc === 0) || obj instanceof PyAsyncGenAwaitable) {
          // A frame clearing its locals is no longer the thread's current frame (releaseLocals).
          let frame = this.currentPythonFrame();
          if (frame && frame === this.releasing) frame = previousPythonFrame(frame);
          obj.diedAt = { frame, line: frame ? reportedLine(frame) : 1 };
        }
        return true;
      },
      allocPreview: (obj) => (obj instanceof PyInt && obj.type === this.t.int && obj.small === obj.small ? obj.small : this.preview(obj)),
      onFree: (obj) => {
        if (obj.gcList !== -2) this.gc.freed(obj);
        // unicode_dealloc: a mortal interned string leaves the interned table (a later one is a new object).
        if (obj instanceof PyStr && obj.interned && this.interned.get(obj.value) === obj) this.interned.delete(obj.value);
        if (obj instanceof PyWeakref) forgetWeakref(obj);
        // gen_dealloc clears the frame (_PyFrame_ClearExceptCode): a frame object referenced elsewhere
        // takes it over (take_ownership), which tracks it.
        const genFrameObject = obj instanceof PyGenerator ? obj.frame?.frameObject : null;
        if (genFrameObject && genFrameObject.rc > 1) this.gc.track(genFrameObject);
        if (obj instanceof PyType) {
          this.heapTypes.delete(obj);
          releaseSubclasses(this, obj);
        }
        this.deferredRefcounts?.forget(obj);
      },
      clearWeakrefs: (obj) => clearWeakrefs(this, obj),
      // A GC object kept on a free list keeps its memory; anything else gives it back.
      onDeallocated: (obj) => {
        this.memory.releaseStorage(obj);
        if (!this.gc.released(obj)) this.memory.release(obj);
      },
    };
    this.heap = new Heap(hooks);
    if (options.recordTrace) {
      this.heap.events = new EventLog(options.version.staticRefcounts.smallInt);
      this.heap.recording = true;
    }
    this.gc = new GcState(options.version.gcStartup, options.version.gcThresholds, !options.version.gcRecheckThreshold,
      options.version.freeThreading?.wholeHeapCollections === true, (address) => this.memory.allocator.freeContaining(address));
    this.memory = new ObjectMemory(this, this.gc.freelists);
    if (options.recordTrace) {
      this.gc.onTrackChange = (o, list) => this.heap.events.gcTrack(this.steps, o.id, list, this.heap.line);
    }
    this.deferredRefcounts = options.version.freeThreading?.deferredRefcount
      ? new DeferredRefcounts((o) => this.incref(o, Cause.Internal, 'deferred'), (o) => this.decref(o, Cause.Internal, 'deferred'), (o) => this.gc.untrack(o))
      : null;
    this.t = createBuiltinTypes();
    this.exc = createExceptionTypes(this.t);
    const v = options.version;
    this.none = this.static(new PyPlain(this.t.NoneType), v.staticRefcounts.None);
    this.true_ = this.static(new PyInt(this.t.bool, 1n), v.staticRefcounts.True);
    this.false_ = this.static(new PyInt(this.t.bool, 0n), v.staticRefcounts.False);
    this.ellipsis = this.static(new PyPlain(this.t.ellipsis), v.staticRefcounts.Ellipsis);
    this.notImplemented = this.static(new PyPlain(this.t.NotImplementedType), v.staticRefcounts.NotImplemented);
    for (let i = -5; i <= 256; i++) this.smallInts.push(this.static(new PyInt(this.t.int, BigInt(i)), v.staticRefcounts.smallInt));
    for (const ty of [...Object.values(this.t), ...this.exc.values()]) {
      ty.immortal = v.immortalStatics;
      if (!v.immortalStatics) ty.rc = v.staticRefcounts.type;
    }
    this.builtins = new PyDict(this.t.dict);
    this.builtins.immortal = true;
    this.scheduler = new Scheduler(this);
    this.hooks = this.scheduler.main.hooks;
    if (v.freeThreading?.biasedRefcounts) {
      const threads = this.scheduler.threads;
      this.heap.biased = new BiasedRefcounts((serial) => threads[serial]?.status === 'done');
    }
    if (v.freeThreading?.racyRefcounts) this.heap.racy = new RacyRefcounts();
    if (options.cores) this.scheduler.cores = options.cores;
    this.clock = this.scheduler.clock;
    this.heap.now = () => this.clock.now;
    this.evalBreakerChecks = new Set(v.evalBreakerChecks);
  }

  /** Objects that exist before the program starts (never freed; immortal from 3.12). */
  private static<T extends PyObject>(obj: T, count: number): T {
    obj.immortal = this.options.version.immortalStatics;
    obj.rc = count;
    return obj;
  }

  // ---- reference counting ---------------------------------------------------------
  incref(o: PyObject, cause: Cause, label = ''): PyObject {
    this.heap.incref(o, cause, label);
    return o;
  }
  /** `label`: the name or slot that held the reference, or the id of the object that held it (Cause.OwnerFreed). */
  decref(o: PyObject, cause: Cause, label: RefLabel = ''): void {
    this.heap.decref(o, cause, label);
  }
  xdecref(o: PyObject | null, cause: Cause, label = ''): void {
    if (o) this.heap.decref(o, cause, label);
  }
  /**
   * Registers an object the simulator needs where CPython has none (3.12+'s inlined comprehension's
   * function): refcounted like any other, but never counted, listed nor seen by the collector.
   */
  trackOutsideGc<T extends PyObject>(o: T): T {
    this.heap.allocated(o);
    return o;
  }
  /** Registers a newly created object (count 1, owned by the caller). */
  track<T extends PyObject>(o: T, reuse: 'freelist' | 'fresh' = 'freelist'): T {
    this.heap.allocated(o);
    if (isGcType(o)) this.gc.allocated(o, trackedAtBirth(o), reuse);
    this.place(o);
    return o;
  }
  /** Gives a new object its address (after the collector's accounting, which may have taken a free list's). */
  place(o: PyObject): void {
    this.memory.place(o);
    if (this.heap.recording) this.heap.events.noteAddress(o.id, o.address);
  }

  // ---- object creation: each returns a new (owned) reference -----------------------
  newNone(): PyObject {
    return this.incref(this.none, Cause.New);
  }
  newBool(b: boolean): PyObject {
    return this.incref(b ? this.true_ : this.false_, Cause.New);
  }
  newInt(v: bigint | number): PyObject {
    if (typeof v === 'number') {
      if (v >= -5 && v <= 256 && Number.isInteger(v)) return this.incref(this.smallInts[v + 5], Cause.New);
      return this.track(new PyInt(this.t.int, v));
    }
    if (v >= -5n && v <= 256n) return this.incref(this.smallInts[Number(v) + 5], Cause.New);
    return this.track(new PyInt(this.t.int, v));
  }
  newFloat(v: number): PyObject {
    return this.track(new PyFloat(this.t.float, v));
  }
  newComplex(real: number, imag: number): PyObject {
    return this.track(new PyComplex(this.t.complex, real, imag));
  }
  newStr(s: string): PyObject {
    // Empty and one-character Latin-1 strings are shared singletons in CPython.
    if (s.length <= 1 && (s.length === 0 || s.charCodeAt(0) < 256)) return this.incref(this.latin1Char(s), Cause.New);
    return this.track(new PyStr(this.t.str, s));
  }
  /**
   * PyUnicode_New(n) then filled, returned without unicode_result (long_to_decimal_string: str(7),
   * repr(7)): a new object even of one character; only the empty string is the singleton.
   */
  newFilledStr(s: string): PyObject {
    if (s.length === 0) return this.newStr(s);
    return this.track(new PyStr(this.t.str, s));
  }
  /**
   * The text of str(o), repr(o) or format(o, '') as a str object: an exact int's is written by
   * long_to_decimal_string, a new object even for one digit; other texts are shared when CPython shares them.
   */
  newTextOf(o: PyObject, text: string): PyObject {
    return o instanceof PyInt && o.type === this.t.int ? this.newFilledStr(text) : this.newStr(text);
  }
  /** The interned string object for `s` (borrowed). */
  intern(s: string): PyStr {
    let o = this.interned.get(s);
    if (!o) {
      o = s.length <= 1 ? this.staticStr(s) : new PyStr(this.t.str, s);
      o.interned = true;
      if (this.options.version.immortalInterned) o.immortal = this.options.version.immortalStatics;
      if (s.length > 1) this.track(o);
      this.interned.set(s, o);
      // The interned table's own references are not counted (Objects/unicodeobject.c).
      if (!o.immortal && s.length > 1) o.rc = 0;
    }
    return o;
  }
  /** The empty or one-character Latin-1 string chr(), indexing and slicing return (borrowed). */
  private latin1Char(s: string): PyStr {
    if (!this.options.version.deepFrozenChars.includes(s) || s === '') return this.intern(s);
    let o = this.latin1Chars.get(s);
    if (!o) this.latin1Chars.set(s, (o = this.staticStr(s)));
    return o;
  }
  /** A statically allocated string (_Py_LATIN1_CHR, a deep-frozen module's): immortal where statics are. */
  private staticStr(s: string): PyStr {
    const o = new PyStr(this.t.str, s);
    o.immortal = this.options.version.immortalStatics;
    o.rc = this.options.version.staticRefcounts.smallInt;
    return o;
  }
  newInternedStr(s: string): PyObject {
    return this.incref(this.intern(s), Cause.New);
  }
  /**
   * A keyword argument's name as a key of the callee's **kwargs (or of dict(a=1)): the caller's kwnames
   * entry, an identifier the parser interned (_PyPegen_new_identifier). The keys of a `**mapping` stay
   * their own objects in CPython; the simulator's call does not carry them, so only non-identifiers are new.
   */
  newKeywordName(name: string): PyObject {
    return IDENTIFIER.test(name) ? this.newInternedStr(name) : this.newStr(name);
  }
  /**
   * PyUnicode_InternInPlace (sys.intern): an exact str whose text is not interned yet becomes the
   * interned one itself (immortal under the 3.12 model; the table's references are not counted
   * otherwise), else the table's string is returned. A new reference.
   */
  internInPlace(s: PyStr): PyObject {
    const kept = this.interned.get(s.value);
    if (kept || s.interned || s.value.length <= 1) return kept ? this.incref(kept, Cause.New) : s.interned ? this.incref(s, Cause.New) : this.newInternedStr(s.value);
    s.interned = true;
    if (this.options.version.immortalInterned) s.immortal = this.options.version.immortalStatics;
    this.interned.set(s.value, s);
    return this.incref(s, Cause.New);
  }
  /** PyBytes_FromStringAndSize(data, n): the empty and the one-byte bytes are shared singletons. */
  newBytes(b: Uint8Array): PyObject {
    if (b.length <= 1) return this.incref(this.bytesSingleton(b.length ? b[0] : -1), Cause.New);
    return this.track(new PyBytes(this.t.bytes, b));
  }
  /** PyBytes_FromStringAndSize(NULL, n), then filled (bytes.lower, join, replace...): a new object even of length 1. */
  newFilledBytes(b: Uint8Array): PyObject {
    if (b.length === 0) return this.newBytes(b);
    return this.track(new PyBytes(this.t.bytes, b));
  }
  private bytesSingleton(byte: number): PyBytes {
    let o = this.bytesSingletons.get(byte);
    if (!o) {
      o = this.static(new PyBytes(this.t.bytes, byte < 0 ? new Uint8Array(0) : Uint8Array.of(byte)), this.options.version.staticRefcounts.smallInt);
      this.bytesSingletons.set(byte, o);
    }
    return o;
  }
  /** Takes ownership of `items`' references. */
  /** `fresh`: made by a type call (PyType_GenericAlloc), which bypasses the free list. */
  newList(items: PyObject[], reuse: 'freelist' | 'fresh' = 'freelist'): PyList {
    return this.track(new PyList(this.t.list, items), reuse);
  }
  newTuple(items: PyObject[]): PyTuple {
    if (items.length === 0) return this.incref(this.emptyTuple, Cause.New) as PyTuple;
    return this.track(new PyTuple(this.t.tuple, items));
  }
  private emptyTupleObj: PyTuple | null = null;
  get emptyTuple(): PyTuple {
    if (!this.emptyTupleObj) {
      this.emptyTupleObj = this.static(new PyTuple(this.t.tuple, []), this.options.version.staticRefcounts.smallInt);
    }
    return this.emptyTupleObj;
  }
  newDict(reuse: 'freelist' | 'fresh' = 'freelist'): PyDict {
    return this.track(new PyDict(this.t.dict), reuse);
  }
  newSet(frozen = false): PySet {
    return this.track(new PySet(frozen ? this.t.frozenset : this.t.set));
  }
  newBuiltin(name: string, impl: NativeImpl, self: PyObject | null = null, owner: string | null = null): PyBuiltin {
    if (self) this.incref(self, Cause.Method, name);
    return this.track(new PyBuiltin(this.t.builtin_function_or_method, name, impl, self, owner));
  }
  newCell(contents: PyObject | null): PyCell {
    return this.track(new PyCell(this.t.cell, contents));
  }

  /** A new exception instance of `type` with `args` (owned references). */
  newException(type: PyType, args: PyObject[]): PyExceptionObj {
    const exc = new PyExceptionObj(type, null, this.newTuple(args));
    if (type.heap) this.incref(type, Cause.Type);
    this.track(exc);
    setInitValue(this, exc);
    if (isOsError(this, type)) initOsErrorFields(this, exc);
    else if (isImportError(this, type)) initImportErrorFields(this, exc);
    return exc;
  }

  // ---- raising -----------------------------------------------------------------
  /** Builds and throws a Python exception: `throw vm.error('TypeError', '...')`. */
  error(typeName: string, message?: string): PyError {
    const type = this.exc.get(typeName);
    if (!type) throw new Error(`internal: no exception type ${typeName}`);
    return new PyError(this.newException(type, message === undefined ? [] : [this.newStr(message)]));
  }
  /** Like `error`, with explicit (owned) args: `KeyError(key)`. */
  errorWith(typeName: string, args: PyObject[]): PyError {
    const type = this.exc.get(typeName);
    if (!type) throw new Error(`internal: no exception type ${typeName}`);
    return new PyError(this.newException(type, args));
  }
  /** Stops the run: `what` is not modelled; the diagnostic spans the learner's running instruction, when it is theirs. */
  unsupported(what: string): UnsupportedError {
    const frame = this.learnerFrame();
    return new UnsupportedError(`not modelled by CPython Lens: ${what}`, frame ? frame.unit.positions[frame.lasti] ?? null : null);
  }
  /** Where the learner's running instruction is (learnerFrame's), or no place when none runs. */
  learnerPosition(): Position {
    const frame = this.learnerFrame();
    return frame ? frame.unit.positions[frame.lasti] : NO_POSITION;
  }
  /** The running frame when it runs the learner's code (not the simulator's library, not native code). */
  learnerFrame(): Frame | null {
    let frame: AnyFrame | null = this.frame;
    if (frame === null || frame.kind !== 'python' || frame.unit.library) return null;
    // In another file of the learner's: the script's frame that led there (a diagnostic's place is in the script).
    while (frame !== null && frame.kind === 'python' && frame.unit.otherFile) frame = frame.back;
    return frame !== null && frame.kind === 'python' && !frame.unit.library ? frame : null;
  }

  // ---- code objects ---------------------------------------------------------------
  /** Parser-created constants stay referenced until the module finishes (pyrun_file's arena). */
  readonly arena: PyObject[] = [];
  /**
   * Objects of the interpreter that a simulated extension module made when imported (collections.deque's
   * type...): the editor counts them among the static objects (no alloc event; a "large" count).
   */
  readonly moduleStatics: PyObject[] = [];
  private readonly constCache = new Map<string, PyObject>();

  /**
   * Turns a compiled unit into a code object, sharing equal constants across the module. `arena` gets a
   * reference to each constant the parser made: the module's, released when it finishes, or compile()'s own.
   */
  loadCode(unit: CodeUnit, arena: PyObject[] = this.arena, marshalled = false): PyCode {
    const consts = unit.consts.map((spec, i) => this.constant(spec, unit.sourceConstants[i], arena, marshalled));
    const names = unit.names.map((n) => this.incref(this.intern(n), Cause.Const, 'co_names') as PyStr);
    return this.newCodeObject(unit, consts, names);
  }

  /** A code object of `unit` holding `consts` and `names` (owned references). */
  newCodeObject(unit: CodeUnit, consts: PyObject[], names: PyStr[]): PyCode {
    const code = this.track(new PyCode(this.t.code, unit, consts, names));
    // 3.13t: code objects are GC objects (deferred reference counts need it: codeobject.c), tracked,
    // with a deferred reference (_PyCode_New sets it).
    if (this.options.version.freeThreading?.codeObjectsTracked) this.gc.allocated(code, true, 'fresh');
    this.deferredRefcounts?.set(code);
    return code;
  }

  /**
   * `marshalled`: the code comes from a .pyc (a standard module's, modules/import-garbage.ts): marshal makes
   * its constants anew, shares none with other code, and no parser holds them; 3.12 leaves its tuples tracked.
   */
  private constant(spec: ConstSpec, fromSource: boolean, arena: PyObject[], marshalled = false): PyObject {
    if (spec.type === 'code') return this.loadCode(spec.unit, arena, marshalled);
    if (marshalled) return this.makeConstant(spec, arena, true);
    const key = sharedConstKey(spec);
    const cached = key ? this.constCache.get(key) : undefined;
    // A constant whose code objects all died (a library module's code after its import) is gone:
    // a later code object gets a new one.
    if (cached && !cached.freed) return this.incref(cached, Cause.Const, 'co_consts');
    // The first occurrence in compile order is the object every code object shares; when the
    // parser made it, the parser's arena holds one more reference until the module finishes.
    const obj = this.makeConstant(spec, arena);
    if (this.options.version.freeThreading?.immortalConstants) this.immortalizeConstant(obj);
    if (key) this.constCache.set(key, obj);
    if (!fromSource) return obj;
    arena.push(obj);
    // 3.12+ (_PyPegen_concatenate_strings): a bytes literal of one token is concatenated onto b'', which
    // gives back the token's own object, and the arena takes it a second time.
    if (spec.type === 'bytes' && spec.tokens === 1 && this.options.version.parserHoldsBytesLiteralTwice) arena.push(this.incref(obj, Cause.Const, 'parser'));
    return this.incref(obj, Cause.Const, 'co_consts');
  }

  /** The lines of the learner's file `filename` (the script's, or another of theirs it imported), else null. */
  learnerSourceLines(filename: string): readonly string[] | null {
    return filename === this.options.filename ? this.sourceLines : (this.localModuleLines.get(filename) ?? null);
  }

  /** The parser's arena freed (_PyArena_Free): its references to the constants it made go. */
  releaseArena(arena: PyObject[]): void {
    for (const o of arena.splice(0)) this.decref(o, Cause.Const, 'parser');
  }

  /**
   * 3.13t (gh-130851, codeobject.c intern_constants): constants other than strings and code are
   * interned and made immortal, a tuple or frozenset only when all its items already are.
   */
  private immortalizeConstant(obj: PyObject): void {
    if (obj.immortal || obj instanceof PyStr || obj instanceof PyCode) return;
    if (obj instanceof PyTuple && !obj.items.every((item) => item.immortal)) return;
    if (obj instanceof PySet && ![...obj.members.values()].every((item) => item.immortal)) return;
    obj.immortal = true;
    this.gc.untrack(obj);
  }

  private makeConstant(spec: ConstSpec, arena: PyObject[], marshalled = false): PyObject {
    switch (spec.type) {
      case 'None':
        return this.newNone();
      case 'Ellipsis':
        return this.incref(this.ellipsis, Cause.Const);
      case 'bool':
        return this.newBool(spec.value);
      case 'int':
        return this.newInt(spec.value);
      case 'float':
        return this.newFloat(spec.value);
      case 'complex':
        return this.newComplex(spec.real ?? 0, spec.imag);
      case 'str':
        // Identifier-like string constants are interned (Objects/codeobject.c: intern_string_constants).
        return /^[A-Za-z0-9_]*$/.test(spec.value) ? this.newInternedStr(spec.value) : this.newStr(spec.value);
      case 'bytes':
        return this.newBytes(spec.value);
      case 'tuple': {
        // Items are the parser's objects (arena) even when the tuple itself is the compiler's.
        const t = this.newTuple(spec.items.map((item) => this.constant(item, !marshalled, arena, marshalled)));
        if (this.options.version.constTuplesUntracked && !marshalled) this.gc.untrack(t);
        return t;
      }
      case 'frozenset': {
        const items = spec.items.map((item) => this.constant(item, !marshalled, arena, marshalled));
        const set = this.newSet(true);
        for (const o of constantFrozensetOrder(this, items)) setAdd(this, set, o);
        for (const o of items) this.decref(o, Cause.Const);
        return set;
      }
      case 'code':
        return this.loadCode(spec.unit, arena, marshalled);
    }
  }

  // ---- running ---------------------------------------------------------------------
  /** Makes the module frame ready; `run()` or `step()` then execute it. */
  start(unit: CodeUnit, mainDict: PyDict): void {
    this.started = this.options.now();
    this.gc.programStarts(this.gc.freeThreaded ? compiledGcObjects(unit) : 0);
    const code = this.gc.uncounted(() => this.loadCode(unit));
    const frame = new Frame(code, null, mainDict, this.builtins, mainDict);
    this.incref(code, Cause.Frame, 'f_code');
    frame.onReturn = (value) => {
      this.decref(value, Cause.Return);
      this.outcome = { kind: 'ok' };
    };
    this.pushFrame(frame);
    this.moduleCode = code;
  }

  private moduleCode: PyCode | null = null;
  /** The module's code object is released after it ran (run_mod's Py_DECREF(co)). */
  releaseModuleCode(): void {
    if (this.moduleCode) this.decref(this.moduleCode, Cause.Frame);
    this.moduleCode = null;
  }

  get finished(): boolean {
    return this.outcome !== null;
  }

  pushFrame(frame: Frame): void {
    frame.back = this.frame;
    this.frame = frame;
    this.depth++;
    if (!frame.unit.library && !frame.unit.otherFile) this.heap.line = frame.unit.firstLine;
    // Another file of the learner's: its lines are not the script's (0: none).
    if (this.heap.recording) this.heap.events.frame('frame-enter', this.steps, frame.id, frame.unit.qualname, frame.unit.otherFile ? 0 : frame.unit.firstLine);
  }

  /** Runs one instruction; returns false when the program has finished. */
  step(): boolean {
    if (this.threaded) this.scheduler.prepare();
    const frame = this.frame;
    if (!frame) return false;
    if (frame.kind !== 'python') throw new Error('internal: native frame on top at step start');
    this.steps++;
    this.heap.step = this.steps;
    if (this.steps > this.options.maxSteps) {
      throw new BudgetExceeded(`step budget exhausted: the program ran ${this.options.maxSteps} steps without finishing`);
    }
    if ((this.steps & 0x3fff) === 0 && this.options.now() - this.started > this.options.maxMillis) {
      throw new BudgetExceeded(`time budget exhausted: the program ran for more than ${this.options.maxMillis} ms`);
    }
    const op = frame.unit.ops[frame.pc];
    try {
      // A trace or profile function hears of the instruction first; while it runs, the instruction waits.
      if (this.hooked && hookInstruction(this, frame)) return this.afterInstruction(Op.NOP);
      this.clock.now += this.costs[op];
      execute(this, frame);
    } catch (e) {
      if (e instanceof PyError) this.unwind(e, frame);
      else throw e;
    }
    return this.afterInstruction(op);
  }

  /** What runs between two instructions: finalizers, a pending collection, the eval breaker. */
  private afterInstruction(op: number): boolean {
    // A thread that blocked or ended: what follows runs on the next thread.
    if (this.threaded && this.scheduler.current.status !== 'running') return true;
    this.runPendingFinalizers();
    if (this.gc.pending && !this.heap.awaitingFinalizer.length && (!this.options.version.gcRecheckThreshold || this.evalBreakerChecks.has(op))) {
      this.runAutomaticCollection();
    }
    // The eval breaker: gil_drop_request, 3.13t's queued objects to merge (ceval.c: eval_frame_handle_pending).
    if (this.threaded && this.scheduler.evalBreakerPending && this.evalBreakerChecks.has(op)) this.scheduler.handleEvalBreaker();
    return this.frame !== null;
  }

  /**
   * Runs instructions as `step()` would, one after another, until `steps` reaches `target`, the clock
   * passes `untilNs`, `driver.yieldNow` is set, or the program finished (returns false). While one
   * thread runs and nothing waits between instructions (a finalizer, a collection) it stays in one
   * loop: the per-instruction work outside `execute` is what dominates simple instructions.
   */
  runBurst(target: number, untilNs: number, driver: { readonly yieldNow: boolean }): boolean {
    const heap = this.heap;
    const clock = this.clock;
    const costs = this.costs;
    const maxSteps = this.options.maxSteps;
    for (;;) {
      if (this.threaded || heap.awaitingFinalizer.length !== 0 || this.gc.pending || this.hooked) {
        if (!this.step()) return false;
      } else {
        const frame = this.frame;
        if (frame === null) return false;
        if (frame.kind !== 'python') throw new Error('internal: native frame on top at step start');
        const steps = ++this.steps;
        heap.step = steps;
        if (steps > maxSteps) {
          throw new BudgetExceeded(`step budget exhausted: the program ran ${maxSteps} steps without finishing`);
        }
        if ((steps & 0x3fff) === 0 && this.options.now() - this.started > this.options.maxMillis) {
          throw new BudgetExceeded(`time budget exhausted: the program ran for more than ${this.options.maxMillis} ms`);
        }
        const op = frame.unit.ops[frame.pc];
        clock.now += costs[op];
        try {
          execute(this, frame);
        } catch (e) {
          if (e instanceof PyError) this.unwind(e, frame);
          else throw e;
        }
        if (this.threaded || heap.awaitingFinalizer.length !== 0 || this.gc.pending) {
          if (!this.afterInstruction(op)) return false;
        } else if (this.frame === null) return false;
      }
      if (this.steps >= target || clock.now > untilNs || driver.yieldNow) return true;
    }
  }

  /** An allocation pushed the count over threshold 0: collect the oldest generation over its threshold. */
  private runAutomaticCollection(): void {
    const gc = this.gc;
    gc.pending = false;
    if (gc.collecting || !gc.enabled) return gc.trackDeferred();
    if (this.options.version.gcRecheckThreshold && !gc.overThreshold()) return gc.trackDeferred();
    const generation = gc.generationToCollect();
    if (generation < 0) return gc.trackDeferred();
    this.runNative(collectThenTrack(this, generation), () => undefined, 'gc');
  }

  /**
   * The automatic collection an allocation made due, run at once: for allocations counted in the middle of
   * native work that no instruction follows soon (a standard module's import, modules/import-garbage.ts).
   */
  collectDueNow(): void {
    const gc = this.gc;
    gc.pending = false;
    if (gc.collecting || !gc.enabled || !gc.overThreshold()) return;
    const generation = gc.generationToCollect();
    if (generation >= 0) this.runSync(collectThenTrack(this, generation));
  }

  run(): void {
    while (this.step());
  }

  // ---- finalizers ------------------------------------------------------------------
  /** Runs `__del__` of objects whose count reached zero (PEP 442 via the Heap). */
  runPendingFinalizers(): void {
    const waiting = this.heap.awaitingFinalizer;
    // While a trace function runs, what died before its call waits for its end (in CPython those finalizers
    // ran before the event, traced): only what dies in the trace function runs in it.
    if (waiting.length <= this.finalizerFloor) return;
    if (this.hooked) return this.runFinalizerAlone();
    // The last death first, nested: each finalizer's frame starts above the one before, so the first
    // death's finishes first — what CPython does, each at its death, unless a trace function looks.
    const entry = waiting.pop() as PendingDeath;
    this.runNative(this.pendingDeathWork(entry), () => undefined, finalizerName(entry));
  }

  /**
   * With a trace or profile function, whose events show the frames: the first death's finalizer runs to
   * its end before the next one starts, as in CPython (what dies meanwhile is finalized inside it).
   */
  private runFinalizerAlone(): void {
    const waiting = this.heap.awaitingFinalizer;
    const floor = this.finalizerFloor;
    const entry = waiting.splice(floor, 1)[0];
    this.finalizerFloor = waiting.length;
    this.runNative(untilDone(this, this.pendingDeathWork(entry), floor), () => undefined, finalizerName(entry));
  }

  /**
   * With hooks, before a trace or profile function is called: what died before the event is finalized
   * first, in death order, each to its end (CPython ran those finalizers at the deaths, traced).
   */
  *finalizeInDeathOrder(): Native<void> {
    const waiting = this.heap.awaitingFinalizer;
    while (waiting.length > this.finalizerFloor) {
      const floor = this.finalizerFloor;
      const entry = waiting.splice(floor, 1)[0];
      this.finalizerFloor = waiting.length;
      try {
        yield* this.pendingDeathWork(entry);
      } finally {
        this.finalizerFloor = floor;
      }
    }
  }

  /** Runs the pending finalizers (and weakref callbacks) at once, nested in native code that must wait for them. */
  *runFinalizersNow(): Native<void> {
    const waiting = this.heap.awaitingFinalizer;
    while (waiting.length) yield* this.pendingDeathWork(waiting.pop() as PendingDeath);
  }

  /** What a pending death runs: its weakref callbacks, or its finalizer (`__del__`, a generator's close). */
  private pendingDeathWork(entry: PendingDeath): Native<PyObject | null> {
    if (entry.kind === 'weakref-callbacks') return callWeakrefCallbacks(this, entry);
    // The object is briefly resurrected while its finalizer runs (PyObject_CallFinalizerFromDealloc).
    entry.obj.rc = 1;
    return finalize(this, entry);
  }

  /**
   * PyErr_WriteUnraisable: an exception nobody can catch (in `__del__`, a weakref or gc callback).
   * A `sys.unraisablehook` set by the program gets it (as UnraisableHookArgs); else CPython's report.
   * `context`: what the exception was ignored in, when not `where` itself ('in atexit callback').
   */
  writeUnraisable(e: PyError, where: PyObject, context: string | null = null): void {
    const hook = this.modules.interpreter('sys')?.dict.getStr('unraisablehook');
    const fn = where instanceof PyFunction ? `<function ${where.qualname.value} at ${address(where)}>` : builtinRepr(this, where) ?? '?';
    const objectInMessage = context !== null && this.options.version.unraisableObjectInMessage;
    const errMsg = context === null ? null : objectInMessage ? `Exception ignored ${context} ${fn}` : `Exception ignored ${context}`;
    if (hook && !(hook instanceof PyBuiltin)) {
      const args = this.unraisableHookArgs(e.exc, objectInMessage ? this.none : where, errMsg);
      try {
        this.decref(this.callSync(hook, [args]), Cause.Return);
      } catch (inner) {
        if (!(inner instanceof PyError)) throw inner;
        this.decref(inner.exc, Cause.Exception);
      }
      this.decref(args, Cause.Argument);
      this.decref(e.exc, Cause.Exception);
      return;
    }
    // write_unraisable_exc: an exception raised by C code (a generator's close) has no traceback yet: the running frame's.
    const running = this.currentPythonFrame();
    if (!e.exc.traceback && running) this.addTraceback(e.exc, running);
    // _PyErr_WriteUnraisableDefaultHook writes to sys.stderr (nothing when it is None).
    this.writeSysStderr(errMsg === null ? `Exception ignored in: ${fn}\n` : objectInMessage ? `${errMsg}:\n` : `${errMsg}: ${fn}\n`);
    this.writeSysStderr(this.formatException(e.exc, 'unraisable'));
    this.decref(e.exc, Cause.Exception);
  }

  /**
   * PyFile_WriteString(text, sys.stderr) from the interpreter itself: the process's stderr while sys.stderr is
   * the interpreter's own stream, else the write() of what the program put there (errors swallowed), nothing for None.
   */
  writeSysStderr(text: string): void {
    const file = this.modules.interpreter('sys')?.dict.getStr('stderr');
    if (file === this.none) return;
    if (!file || nativeStream(file)) {
      this.writeStderr(text);
      return;
    }
    try {
      this.runSync(writeToFile(this, null, file, text, null));
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      this.decref(e.exc, Cause.Exception);
    }
  }

  private unraisableArgsType: PyType | null = null;
  /** sys.UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object). */
  private unraisableHookArgs(exc: PyExceptionObj, where: PyObject, errMsg: string | null): PyObject {
    if (!this.unraisableArgsType) {
      const t = new PyType(this.t.type, 'UnraisableHookArgs', 'instance');
      t.bases = [this.t.object];
      t.mro = [t, this.t.object];
      t.dict = new PyDict(this.t.dict);
      t.hasInstanceDict = true;
      t.module = 'sys';
      t.immortal = true;
      this.unraisableArgsType = t;
    }
    const inst = this.newInstance(this.unraisableArgsType);
    const d = inst.dict as PyDict;
    setName(this, d, 'exc_type', exc.type);
    setName(this, d, 'exc_value', exc);
    setName(this, d, 'exc_traceback', exc.traceback ?? this.none);
    setName(this, d, 'err_msg', errMsg === null ? this.none : this.newStr(errMsg), errMsg !== null);
    setName(this, d, 'object', where);
    return inst;
  }

  // ---- native code and calls -------------------------------------------------------------
  /**
   * Starts native code that may call back into Python. It runs synchronously until it needs a
   * Python frame; then it is parked as a NativeFrame and resumed when that frame returns.
   */
  runNative(gen: Native<PyObject | null>, onDone: (value: PyObject | null) => void, name: string): void {
    const first = gen.next();
    // Most native code finishes without calling Python: no frame object is needed then.
    if (first.done) {
      onDone(first.value);
      return;
    }
    this.advanceNative(new NativeFrame(gen, onDone, name), first);
  }

  private advanceNative(native: NativeFrame, first: IteratorResult<CallRequest, PyObject | null>): void {
    let r = first;
    for (;;) {
      if (r.done) {
        native.onDone(r.value);
        return;
      }
      const req = r.value;
      if (req.block || req.compute) {
        // A blocking call or C code computing: the native code waits on the thread's stack with the GIL released.
        native.back = this.frame;
        this.frame = native;
        if (req.block) this.scheduler.block(native, req.block);
        else this.scheduler.compute(native, req.compute as ComputingCall);
        return;
      }
      if (req.resume) {
        native.back = this.frame;
        this.frame = native;
        req.resume.onReturn = null;
        this.pushFrame(req.resume);
        if (req.resume.generator) this.enterGeneratorExcState(req.resume.generator);
        if (req.raise) this.raiseInResumedFrame(req.resume, req.raise);
        else if (req.reportStop) reportResumedStop(this, req.resume, req.reportStop as PyExceptionObj);
        return;
      }
      let outcome: CallOutcome;
      try {
        outcome = invoke(this, req.callable, req.args, req.kwargs, false, req.locals ?? null);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        r = native.gen.throw(e);
        continue;
      }
      if ('value' in outcome) {
        r = native.gen.next(outcome.value);
        continue;
      }
      // Park this native code until the callee (a Python frame or more native code) is done.
      native.back = this.frame;
      this.frame = native;
      if ('frame' in outcome) {
        outcome.frame.onReturn = null;
        req.onFrame?.();
        this.pushFrame(outcome.frame);
      } else {
        try {
          this.runNative(outcome.native, (value) => this.resumeNative(native, { value: value ?? this.newNone() }), outcome.name);
        } catch (e) {
          // The callee raised before it parked anywhere (a native __next__ raising StopIteration at once):
          // its caller, parked just above, gets the exception, as it would from a callee that had waited.
          if (!(e instanceof PyError) || this.frame !== native) throw e;
          this.resumeNative(native, { error: e });
        }
      }
      return;
    }
  }

  /** Resumes a parked native frame with a callee's result (owned) or exception. */
  resumeNative(native: NativeFrame, outcome: { value: PyObject } | { error: PyError }): void {
    this.frame = native.back;
    let r: IteratorResult<CallRequest, PyObject | null>;
    try {
      r = 'value' in outcome ? native.gen.next(outcome.value) : native.gen.throw(outcome.error);
    } catch (e) {
      if (e instanceof PyError) {
        const below = this.frame;
        if (below && below.kind === 'python') this.unwind(e, below);
        else if (below) this.resumeNative(below, { error: e });
        else this.uncaught(e);
        return;
      }
      throw e;
    }
    try {
      this.advanceNative(native, r);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      const below = this.frame;
      if (below && below.kind === 'python') this.unwind(e, below);
      else if (below) this.resumeNative(below, { error: e });
      else this.uncaught(e);
    }
  }

  /**
   * Calls into Python and runs until the call returns, nested on the JS stack — for protocol
   * hooks that plain JS code needs an answer from at once (a key's `__hash__`/`__eq__`), the
   * way CPython runs them nested on the C stack. Returns a new reference or throws PyError.
   */
  callSync(callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
    const outcome = invoke(this, callable, args, kwargs, false, null);
    if ('value' in outcome) return outcome.value;
    if ('native' in outcome) return this.runSync(outcome.native) ?? this.newNone();
    const box = this.runFrameNested(outcome.frame);
    if (box.error) throw box.error;
    if (!box.value) throw new Error('internal: nested call ended without a result');
    return box.value;
  }

  /** Runs `frame` to its end nested on the JS stack (no other thread may run meanwhile); its result or exception. */
  private runFrameNested(frame: Frame): { value: PyObject | null; error: PyError | null } {
    const box: { value: PyObject | null; error: PyError | null } = { value: null, error: null };
    frame.syncResult = box;
    const caller = this.frame;
    this.pushFrame(frame);
    this.scheduler.pinned++;
    try {
      while (!box.value && !box.error) {
        if (!this.step()) break;
      }
    } finally {
      this.scheduler.pinned--;
    }
    this.frame = caller;
    return box;
  }

  /** Runs a module written in Python (library code) in its namespace, nested, to its end. */
  runModuleSync(unit: CodeUnit, dict: PyDict, locals: PyDict = dict): void {
    this.decref(this.runCodeSync(unit, dict, locals), Cause.Return);
  }

  /** Runs top-level code (a module, exec's or eval's string) nested, to its end: its result, a new reference. */
  runCodeSync(unit: CodeUnit, dict: PyDict, locals: PyDict = dict): PyObject {
    const code = this.loadCode(unit);
    try {
      return this.runCodeObjectSync(code, dict, locals);
    } finally {
      this.decref(code, Cause.Frame);
    }
  }

  /** Runs a top-level code object (borrowed) in a namespace, nested, to its end: its result, a new reference. */
  runCodeObjectSync(code: PyCode, dict: PyDict, locals: PyDict = dict): PyObject {
    const frame = new Frame(code, null, dict, this.builtins, locals);
    this.incref(code, Cause.Frame, 'f_code');
    const box = this.runFrameNested(frame);
    if (box.error) throw box.error;
    return box.value ?? this.newNone();
  }

  /** Drives native code to its end on the JS stack, running the Python calls it asks for nested. */
  runSync<T>(gen: Generator<CallRequest, T, PyObject>): T {
    let r = gen.next();
    while (!r.done) {
      const req = r.value;
      if (req.compute) {
        computeHoldingGil(this, req.compute.workNs);
        r = gen.next(this.none);
        continue;
      }
      if (req.block) {
        const outcome = this.scheduler.waitPinned(this.scheduler.current, req.block);
        r = 'value' in outcome ? gen.next(outcome.value) : gen.throw(outcome.error);
        continue;
      }
      if (req.resume || req.locals) throw new Error('internal: runSync cannot resume frames or run class bodies');
      let value: PyObject;
      try {
        value = this.callSync(req.callable, req.args, req.kwargs);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        r = gen.throw(e);
        continue;
      }
      r = gen.next(value);
    }
    return r.value;
  }

  /** Pops a finished Python frame, releasing what it holds, and delivers its result. */
  finishFrame(frame: Frame, value: PyObject): void {
    this.releaseFrame(frame);
    const back = frame.back;
    this.frame = back;
    if (frame.syncResult) {
      frame.syncResult.value = value;
      return;
    }
    if (frame.onReturn) {
      frame.onReturn(value);
      return;
    }
    if (!back) throw new Error('internal: frame without a caller');
    if (back.kind === 'python') {
      if (!back.unit.library && !back.unit.otherFile) this.heap.line = back.line;
      if (frame.initCall) this.finishInit(frame.initCall, value, back);
      else back.stack.push(value);
    } else {
      // What the native code does next happens on its caller's line.
      const line = userLine(back);
      if (line > 0) this.heap.line = line;
      this.resumeNative(back, { value });
    }
  }

  /** A class call's `__init__` returned (calls.ts enterInit): type_call checks it returned None, and the call is over. */
  private finishInit(call: InitCall, value: PyObject, caller: Frame): void {
    if (value !== this.none) {
      const typeName = value.type.name;
      this.decref(value, Cause.Return);
      this.decref(call.inst, Cause.New);
      const err = this.error('TypeError', `__init__() should return None, not '${typeName}'`);
      releaseCall(this, call.type, call.args);
      this.unwind(err, caller);
      return;
    }
    this.decref(value, Cause.Return);
    releaseCall(this, call.type, call.args);
    caller.stack.push(call.inst);
  }

  /** CPython's _PyFrame_Clear: locals released in slot order, unless a frame object takes them over. */
  releaseFrame(frame: Frame, pushed = true): void {
    // A frame whose arguments did not bind was never pushed: it neither counts in the depth nor left a frame-enter row.
    if (pushed) this.depth--;
    if (frame.hooks !== null && frame.hooks.pending !== null) {
      releasePending(this, frame.hooks.pending);
      frame.hooks.pending = null;
    }
    if (frame.releaseAfter) {
      const after = frame.releaseAfter;
      frame.releaseAfter = null;
      after();
    }
    if (this.heap.recording && pushed) this.heap.events.frame('frame-exit', this.steps, frame.id, frame.unit.qualname, this.heap.line);
    if (frame.generator) {
      // A generator frame that returned or raised is done: its generator lets go of it.
      const gen = frame.generator;
      gen.frame = null;
      this.leaveGeneratorExcState(gen);
      // Its handlers restored the slot they changed (CPython asserts it empty here).
      if (gen.excState) this.decref(gen.excState, Cause.Exception, 'exc_info');
      gen.excState = null;
      const genFrameObject = frame.frameObject;
      if (genFrameObject) {
        // Its frame object (gi_frame): kept elsewhere, it takes its own references to what the frame
        // held, which the generator releases below.
        frame.frameObject = null;
        genFrameObject.frame = null;
        genFrameObject.line = frame.line;
        if (genFrameObject.rc > 1) {
          genFrameObject.ownedLocals = frame.fast.map((v, i) => (v ? this.incref(v, Cause.Local, frame.localNames[i]) : null));
          if (frame.func) this.incref(frame.func, Cause.Frame, 'f_func');
          this.incref(frame.code, Cause.Frame, 'f_code');
          this.takeFrameOwnership(frame, genFrameObject);
        }
        this.decref(genFrameObject, Cause.Frame);
      }
      this.releaseGeneratorFrame(frame, gen);
      return;
    }
    const fo = frame.frameObject;
    // take_ownership: a frame object referenced elsewhere keeps what the frame held.
    const owner = fo && fo.rc > 1 ? fo : null;
    if (owner) {
      owner.ownedLocals = frame.fast.slice();
      frame.fast.fill(null);
      for (const v of frame.stack) if (v) this.decref(v, Cause.Stack);
      frame.stack.length = 0;
      this.takeFrameOwnership(frame, owner);
    } else {
      this.releaseLocals(frame);
      while (frame.stack.length) {
        const v = frame.stack.pop();
        if (v) this.decref(v, Cause.Stack);
      }
    }
    if (fo) {
      frame.frameObject = null;
      fo.frame = null;
      fo.line = frame.line;
      this.decref(fo, Cause.Frame);
    }
    if (owner) return;
    if (frame.localsSnapshot) {
      const snapshot = frame.localsSnapshot;
      frame.localsSnapshot = null;
      this.decref(snapshot, Cause.Frame, 'f_locals');
    }
    if (frame.locals && frame.func) this.decref(frame.locals, Cause.Frame);
    if (frame.func) this.decref(frame.func, Cause.Frame, 'f_func');
    this.decref(frame.code, Cause.Frame, 'f_code');
  }

  /**
   * The rest of take_ownership: the frame's code, function and f_locals dict move to its frame object
   * (a class body's namespace reference is released: the class holds it), which also gets the caller's
   * frame object as f_back (made now if it did not exist).
   */
  private takeFrameOwnership(frame: Frame, fo: PyFrameObject): void {
    fo.code = frame.code;
    fo.func = frame.func;
    fo.localsDict = frame.localsSnapshot;
    frame.localsSnapshot = null;
    fo.globals = frame.globals;
    fo.builtins = frame.builtins;
    fo.namespace = frame.locals;
    if (frame.locals && frame.func) this.decref(frame.locals, Cause.Frame);
    const back = previousPythonFrame(frame);
    if (back) fo.back = this.incref(this.frameObjectOf(back), Cause.Frame, 'f_back') as PyFrameObject;
    // Owning its locals now, the frame object joins the collector's lists.
    this.gc.track(fo);
  }

  // ---- exceptions ------------------------------------------------------------------
  /** The frame object for a frame, created on first need (tracebacks, sys._getframe). */
  frameObjectOf(frame: Frame): PyFrameObject {
    if (!frame.frameObject) {
      frame.frameObject = this.track(new PyFrameObject(this.t.frame, frame.unit.qualname, frame.unit.filename, frame.line, frame.localNames));
      frame.frameObject.frame = frame;
    }
    // f_lineno of a running frame: where it is now.
    if (frame.line > 0) frame.frameObject.line = frame.line;
    return frame.frameObject;
  }

  /** Adds a traceback entry for `frame` (PyTraceBack_Here). */
  addTraceback(exc: PyExceptionObj, frame: Frame): void {
    const fo = this.frameObjectOf(frame);
    fo.line = frame.line;
    this.incref(fo, Cause.Exception, 'tb_frame');
    const lasti = frame.reportedLasti >= 0 ? frame.reportedLasti : frame.lasti;
    const position = frame.unit.positions[lasti] ?? null;
    const tb = this.track(new PyTraceback(this.t.traceback, exc.traceback as PyTraceback | null, fo, frame.line, position));
    exc.traceback = tb;
  }

  /**
   * Unwinds from `frame` with `err`: finds a handler in the exception table, else pops the
   * frame and continues in the caller (ceval.c's exception_unwind).
   */
  unwind(err: PyError, frame: Frame, addTraceback = true): void {
    // A trace or profile function sees the exception in each frame it passes (vm/tracing.ts).
    if (this.hooked && this.hooks.tracing === 0) {
      unwindWithHooks(this, err, frame, addTraceback);
      return;
    }
    if (!err.reraise) this.chainContext(err.exc);
    if (addTraceback && !err.reraise) this.addTraceback(err.exc, frame);
    err.reraise = false;
    for (;;) {
      if (this.enterHandler(err, frame)) return;
      const caller = this.leaveFrameRaising(err, frame);
      if (!caller) return;
      frame = caller;
      this.addTraceback(err.exc, frame);
    }
  }

  /** exception_unwind's handler search in `frame`: the stack cut to the handler's depth, then its jump. */
  enterHandler(err: PyError, frame: Frame): boolean {
    const handler = findHandler(frame.unit, frame.lasti);
    if (!handler) return false;
    while (frame.stack.length > handler.depth) {
      const v = frame.stack.pop();
      if (v) this.decref(v, Cause.Stack);
    }
    if (handler.lasti) frame.stack.push(this.newInt(frame.reportedLasti >= 0 ? frame.reportedLasti : frame.lasti));
    frame.stack.push(err.exc);
    frame.pc = handler.target;
    this.frame = frame;
    return true;
  }

  /**
   * No handler in `frame`: it is done and the exception moves on to its caller. Returns the calling Python
   * frame to go on unwinding in (the caller's line current, its traceback entry still to add), or null
   * when the exception went elsewhere (a native caller, a nested run, the end of a thread or of the program).
   */
  leaveFrameRaising(err: PyError, frame: Frame): Frame | null {
    this.releaseFrame(frame);
    if (frame.generator) err.exc = this.stopIterationError(err.exc, frame.generator);
    const back = frame.back;
    this.frame = back;
    if (frame.syncResult) {
      frame.syncResult.error = err;
      return null;
    }
    if (frame.onReturn || !back) {
      this.uncaught(err);
      return null;
    }
    if (frame.initCall) {
      // A class call's `__init__` raised: the new instance and the call's references go, on the caller's
      // line, then the caller unwinds.
      const caller = back as Frame;
      if (!caller.unit.library && !caller.unit.otherFile) this.heap.line = caller.line;
      this.decref(frame.initCall.inst, Cause.New);
      releaseCall(this, frame.initCall.type, frame.initCall.args);
      this.unwind(err, caller);
      return null;
    }
    if (back.kind === 'native') {
      const line = userLine(back);
      if (line > 0) this.heap.line = line;
      this.resumeNative(back, { error: err });
      return null;
    }
    this.heap.line = back.line;
    return back;
  }

  /**
   * _PyErr_GetTopmostException: the exception being handled, from the innermost slot that holds one
   * (a generator that handles none sees its caller's).
   */
  handledException(): PyObject | null {
    if (this.excInfo) return this.excInfo;
    for (let i = this.excOuter.length - 1; i >= 0; i--) {
      const slot = this.excOuter[i];
      if (slot) return slot;
    }
    return null;
  }

  /** gen_send_ex2: a resumed generator's own slot goes on top of the exc_info stack. */
  enterGeneratorExcState(gen: PyGenerator): void {
    this.excOuter.push(this.excInfo);
    this.excInfo = gen.excState;
    gen.excState = null;
  }

  /** The generator yielded or ended: it keeps its slot (an exception it handles across the yield), the caller's is back on top. */
  leaveGeneratorExcState(gen: PyGenerator): void {
    gen.excState = this.excInfo;
    this.excInfo = this.excOuter.pop() ?? null;
  }

  /**
   * gen.throw(): the exception is raised in the resumed generator frame where it stopped
   * (ceval's resume_with_error → error): chained only to what the generator itself handles
   * (_PyErr_ChainStackItem), then a traceback entry for the frame, then its handlers.
   */
  private raiseInResumedFrame(frame: Frame, err: PyError): void {
    if (frame.pc === 0) frame.line = frame.unit.positions[frame.lasti]?.line ?? frame.unit.firstLine;
    if (!frame.unit.library && !frame.unit.otherFile) this.heap.line = frame.line;
    if (this.hooked && this.hooks.tracing === 0) {
      throwWithHooks(this, frame, err);
      return;
    }
    this.chainContext(err.exc, this.excInfo);
    this.addTraceback(err.exc, frame);
    err.reraise = true;
    this.unwind(err, frame);
  }

  /**
   * PEP 479: a StopIteration escaping a generator's frame becomes RuntimeError("generator raised
   * StopIteration"), caused by it (3.11's gen_send_ex2; 3.12+'s STOPITERATION_ERROR intrinsic, re-raised
   * without a traceback entry of the generator's frame either way). `exc` is consumed; returns the one to raise.
   */
  private stopIterationError(exc: PyExceptionObj, gen: PyGenerator): PyExceptionObj {
    let raised = 'StopIteration';
    if (!exc.type.isSubtypeOf(this.exc.get('StopIteration') as PyType)) {
      // An async generator's own StopAsyncIteration would read as its end: RuntimeError too (gen_send_ex2).
      if (!(gen instanceof PyAsyncGenerator) || !exc.type.isSubtypeOf(this.exc.get('StopAsyncIteration') as PyType)) return exc;
      raised = 'StopAsyncIteration';
    }
    const error = this.newException(this.exc.get('RuntimeError') as PyType, [this.newStr(`${kindOf(gen)} raised ${raised}`)]);
    error.cause = exc;
    error.context = this.incref(exc, Cause.Exception, '__context__');
    error.suppressContext = true;
    return error;
  }

  /** A new exception raised while another is handled gets it as __context__ (_PyErr_SetObject). */
  chainContext(exc: PyExceptionObj, handled: PyObject | null = this.handledException()): void {
    if (!handled || handled === exc || exc.context) return;
    // Avoid a cycle in the chain: cut it where `exc` already appears (as CPython does).
    let o: PyObject | null = handled;
    while (o instanceof PyExceptionObj) {
      const next: PyObject | null = o.context;
      if (next === exc) {
        o.context = null;
        this.decref(exc, Cause.Exception, '__context__');
        break;
      }
      o = next;
    }
    exc.context = this.incref(handled, Cause.Exception, '__context__');
  }

  /**
   * Clears `frame`'s locals in slot order. CPython pops a frame before it clears them (RETURN_VALUE and
   * exit_unwind set current_frame to `previous`, then _PyEval_FrameClearAndPop), so what dies then dies
   * on the caller's line (`releasing`); its value stack, though, exception_unwind pops while the frame
   * still runs. No closure and no try: this runs at every return (a decref throws only on an internal error,
   * which ends the run).
   */
  private releaseLocals(frame: Frame): void {
    const outer = this.releasing;
    this.releasing = frame;
    const names = frame.localNames;
    const fast = frame.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i];
      if (v) {
        fast[i] = null;
        this.decref(v, Cause.Local, names[i]);
      }
    }
    this.releasing = outer;
  }

  releaseGeneratorFrame(frame: Frame, gen: PyGenerator): void {
    const stack = frame.stack.filter((v): v is PyObject => v !== null);
    frame.stack.length = 0;
    const outer = this.releasing;
    this.releasing = frame;
    for (const v of frame.takeRefs()) this.decref(v, Cause.Local);
    this.releasing = outer;
    for (const v of stack) this.decref(v, Cause.Local);
    if (frame.func) {
      const func = frame.func;
      frame.func = null;
      this.decref(func, Cause.Frame);
      // 3.12+ keep the code with the finished generator; 3.11's gi_code holds it already.
      if (this.options.version.generatorHoldsCode || gen.code) this.decref(frame.code, Cause.Frame, 'f_code');
      else gen.code = frame.code;
    }
  }

  /** YIELD_VALUE: the generator frame leaves the stack, keeping its locals, and hands `value` out. */
  suspendFrame(frame: Frame, value: PyObject): void {
    this.depth--;
    if (frame.generator) this.leaveGeneratorExcState(frame.generator);
    const back = frame.back;
    frame.back = null;
    this.frame = back;
    if (!back || back.kind !== 'native') throw new Error('internal: generator resumed without a native consumer');
    this.resumeNative(back, { value });
  }

  private uncaught(err: PyError): void {
    const sched = this.scheduler;
    if (sched.current !== sched.main) {
      // An exception escaped a thread's bootstrap (_thread's t_bootstrap reports it and the thread ends).
      this.writeStderr(`Unhandled exception in thread started by <thread ${sched.current.name}>\n`);
      this.writeStderr(this.formatException(err.exc, 'unraisable'));
      this.decref(err.exc, Cause.Exception);
      this.frame = null;
      sched.endCurrent();
      return;
    }
    this.outcome = { kind: 'exception', exc: err.exc };
    this.frame = null;
  }

  // ---- reprs for events --------------------------------------------------------------
  preview(obj: PyObject): string {
    // Plain ints are most allocations in numeric loops: their repr without the general dispatch.
    if (obj instanceof PyInt && obj.type === this.t.int) {
      const text = obj.value.toString();
      return text.length > 60 ? text.slice(0, 60) : text;
    }
    if (obj instanceof PyArray) return arrayText(obj).slice(0, 60);
    return builtinRepr(this, obj)?.slice(0, 60) ?? this.typePreview(obj.type);
  }

  /** `<name>`, the preview of an object without a built-in repr, made once per type name (allocations of
   *  instances, dicts and lists ask it each time). */
  private typePreviews = new Map<string, string>();
  private typePreview(type: PyType): string {
    let text = this.typePreviews.get(type.name);
    if (text === undefined) this.typePreviews.set(type.name, (text = `<${type.name}>`));
    return text;
  }

  formatException(exc: PyExceptionObj, where: TracebackWhere = 'uncaught'): string {
    return formatException(this, exc, where);
  }

  newModule(name: string, dict: PyDict): PyModule {
    return this.track(new PyModule(this.t.module, name, dict));
  }

  newInstance(type: PyType): PyInstance {
    if (type.heap) this.incref(type, Cause.Type, '__class__');
    const dict = type.hasInstanceDict && !this.dictObjectFromStart(type) ? this.newInlineDict() : null;
    let inlineSlots = 0;
    if (dict && type.layout === 'instance') {
      // Managed dicts share their class's keys (split table); each new instance takes one value slot less
      // (the allocation was sized before: _PyObject_GC_New, then _PyObject_InitInlineValues).
      dict.sharedKeys = type.sharedKeys ??= new SharedKeys();
      inlineSlots = dict.sharedKeys.usableSize;
      dict.sharedKeys.newInstance();
    }
    const instance = new PyInstance(type, dict);
    instance.inlineValueSlots = inlineSlots;
    return this.track(instance);
  }

  /**
   * The __dict__ an instance's first attribute makes: inline values until `__dict__` is used, but a
   * dict of its own for an exception (BaseException's dict slot, made by PyObject_GenericSetAttr).
   */
  newAttributeDict(owner: PyObject): PyDict {
    if (owner instanceof PyExceptionObj) return this.newDict();
    if (owner instanceof PyInstance && this.dictObjectFromStart(owner.type)) {
      // new_dict_with_shared_keys: a split dict object, its values apart from the instance.
      const dict = this.newDict();
      dict.sharedKeys = owner.type.sharedKeys ??= new SharedKeys();
      dict.valuesApart = true;
      owner.dictMaterialized = true;
      return dict;
    }
    return this.newInlineDict();
  }
  /** 3.13: a class statement's class with __slots__ members has no inline values (versions.ts inlineValuesNeedBareObject). */
  private dictObjectFromStart(type: PyType): boolean {
    return this.options.version.inlineValuesNeedBareObject && type.layout === 'instance' && type.slotLayout.length > 0;
  }
  /** Attribute storage of an instance (inline values until `__dict__` is used). */
  newInlineDict(): PyDict {
    // Not an object yet for the collector (no allocation counted) until `__dict__` is used.
    const d = new PyDict(this.t.dict);
    this.heap.allocated(d);
    d.inline = true;
    return d;
  }

  writeStdout(text: string): void {
    this.stdout += text;
    this.streams?.write('stdout', text);
    if (this.heap.recording) this.heap.events.push({ kind: 'output', step: this.steps, stream: 'stdout', text });
  }
  writeStderr(text: string): void {
    this.stderr += text;
    this.streams?.write('stderr', text);
    if (this.heap.recording) this.heap.events.push({ kind: 'output', step: this.steps, stream: 'stderr', text });
  }

  /** The innermost running Python frame (skipping native frames). */
  currentPythonFrame(): Frame | null {
    for (let f = this.frame; f; f = f.back) if (f.kind === 'python') return f;
    return null;
  }

  elapsedMillis(): number {
    return this.options.now() - this.started;
  }
}

/** The key under which equal constants share one object; null for those never shared. */
/** An automatic collection, then the objects allocated while it was due are tracked. */
function* collectThenTrack(vm: VM, generation: number): Native<PyObject | null> {
  try {
    yield* collect(vm, generation);
  } finally {
    vm.gc.trackDeferred();
  }
  return null;
}

/**
 * 3.11's _PyGen_Finalize closes a generator that never started too (gen_close throws GeneratorExit into
 * its frame, 3.12+ just marks it done): seen only by a trace or profile function, so done only for one.
 */
function closesUnstarted(vm: VM, obj: PyObject): boolean {
  if (vm.options.version.tracing.monitoring || !(obj instanceof PyGenerator) || obj instanceof PyCoroutine || obj instanceof PyAsyncGenerator) return false;
  return obj.frame !== null && obj.frame.pc === 0 && !obj.frame.unit.library;
}

function finalizerName(entry: PendingDeath): string {
  return entry.kind === 'weakref-callbacks' ? 'weakref callback' : entry.obj instanceof PyGenerator ? 'close' : '__del__';
}

/** Runs a finalizer alone (VM.runFinalizerAlone): the ones waiting may start once it is done. */
function* untilDone(vm: VM, work: Native<PyObject | null>, floor: number): Native<PyObject | null> {
  try {
    return yield* work;
  } finally {
    vm.finalizerFloor = floor;
  }
}

/** The finalizer of an object whose count reached zero; the caller resurrected it for the call. */
function* finalize(vm: VM, entry: Extract<PendingDeath, { kind: 'finalizer' }>): Native<PyObject | null> {
  const obj = entry.obj;
  yield* callFinalizer(vm, obj);
  obj.rc -= 1;
  vm.heap.finishFinalizer(entry);
  return null;
}

function sharedConstKey(spec: ConstSpec): string | null {
  return isShared(spec) ? constKey(spec) : null;
}
function isShared(spec: ConstSpec): boolean {
  switch (spec.type) {
    case 'int': case 'float': case 'str': case 'bytes': case 'complex':
      return true;
    case 'tuple': case 'frozenset':
      return spec.items.every(isShared);
    default:
      return false;
  }
}

export function findHandler(unit: CodeUnit, lasti: number): { target: number; depth: number; lasti: boolean } | null {
  for (const e of unit.exceptionTable) if (lasti >= e.start && lasti < e.end) return e;
  return null;
}

/** The result of starting a call: a frame to run, a value, or native code to drive. */
export type CallOutcome = { frame: Frame } | { value: PyObject } | { native: Native<PyObject | null>; name: string };


/** The Python frame that called `frame` (frame->previous, past native frames), or null. */
export function previousPythonFrame(frame: Frame): Frame | null {
  let back = frame.back;
  while (back && back.kind !== 'python') back = back.back;
  return back;
}
