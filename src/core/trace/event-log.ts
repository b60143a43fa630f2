// The event trace, stored column-wise in typed arrays: a run can record tens of millions of
// refcount events, which as JS objects would not fit in memory. Strings (labels, names,
// previews) are interned once. `at(i)` and `toArray()` give back plain TraceEvent objects.

import type { TraceEvent, RefCause, EventSource, GcPhase, ThreadEventState, GilAction, BrcAction } from './events';

const KINDS = ['ref', 'alloc', 'free', 'line', 'bind', 'frame-enter', 'frame-exit', 'output', 'gc', 'gc-track', 'thread', 'gil', 'brc', 'race'] as const;
type Kind = (typeof KINDS)[number];
/** Row codes of the kinds written on hot paths (their index in KINDS). */
const K_REF = 0;
const K_ALLOC = 1;
const K_FREE = 2;
const K_LINE = 3;
const K_BIND = 4;
const K_FRAME_ENTER = 5;
const K_FRAME_EXIT = 6;
const KIND_CODE = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));
const kindCode = (kind: Kind): number => KIND_CODE.get(kind) as number;

const CAUSES: readonly RefCause[] = [
  'new', 'name', 'local', 'cell', 'stack', 'argument', 'slot', 'attribute', 'const', 'method', 'iterator', 'frame',
  'exception', 'type', 'function', 'return', 'owner-freed', 'module', 'internal',
];
const CAUSE_CODE = new Map<RefCause, number>(CAUSES.map((c, i) => [c, i]));
const code = (cause: RefCause) => CAUSE_CODE.get(cause) as number;
const OWNER_FREED = code('owner-freed');
const [NEW, NAME, LOCAL, STACK, ARGUMENT, SLOT, RETURN, FRAME, CONST, ATTRIBUTE, ITERATOR, METHOD, CELL] = (
  ['new', 'name', 'local', 'stack', 'argument', 'slot', 'return', 'frame', 'const', 'attribute', 'iterator', 'method', 'cell'] as const
).map(code);
/** A cause's code: a switch on the (interned) strings costs less per event than a Map lookup. */
function causeCode(cause: RefCause): number {
  switch (cause) {
    case 'stack': return STACK;
    case 'local': return LOCAL;
    case 'new': return NEW;
    case 'argument': return ARGUMENT;
    case 'name': return NAME;
    case 'slot': return SLOT;
    case 'return': return RETURN;
    case 'frame': return FRAME;
    case 'const': return CONST;
    case 'attribute': return ATTRIBUTE;
    case 'iterator': return ITERATOR;
    case 'method': return METHOD;
    case 'cell': return CELL;
    default: return code(cause);
  }
}
const DECREMENT = 0x80;
/** 3.13t: the change went to the shared count (RefEvent.shared). */
const SHARED = 0x40;
const CAUSE_MASK = 0x3f;
const BRC_ACTIONS: readonly BrcAction[] = ['queue', 'merge'];

const GC_PHASES: readonly GcPhase[] = [
  'start', 'update-refs', 'subtract-refs', 'unreachable', 'untrack', 'promote', 'weakrefs', 'finalize', 'resurrected', 'delete', 'stop',
];
const GC_PHASE_CODE = new Map<GcPhase, number>(GC_PHASES.map((p, i) => [p, i]));

const THREAD_STATES: readonly ThreadEventState[] = ['start', 'running', 'gil-wait', 'switch-wait', 'blocked', 'done', 'native', 'name'];
const THREAD_STATE_CODE = new Map<ThreadEventState, number>(THREAD_STATES.map((p, i) => [p, i]));
const GIL_ACTIONS: readonly GilAction[] = ['take', 'drop', 'drop-request', 'forced-switch'];
const GIL_ACTION_CODE = new Map<GilAction, number>(GIL_ACTIONS.map((p, i) => [p, i]));
/**
 * Thread and GIL rows: column b holds the simulated time in whole µs; column a the thread's serial
 * × 1000 plus the remaining ns, so times stay exact to the ns.
 */
const NS_PER_US = 1000;
const packThread = (thread: number, timeNs: number): number => thread * NS_PER_US + (timeNs % NS_PER_US);

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/**
 * A row is five Int32 words, stored row after row in one Int32Array per block of CHUNK rows (one
 * array to address per event, not one per column): a head word, the step, and three kind-specific
 * words a, b, s. The head packs the kind (4 bits), its flags byte `d`, and the line (20 bits; a line
 * the field cannot hold is kept aside). Blocks are never copied, so the log grows without pauses.
 * Writing the rows is most of what recording costs on a long run (fresh memory), hence the packing.
 */
const WORDS = 5;
const D_SHIFT = 4;
const KIND_MASK = (1 << D_SHIFT) - 1;
const LINE_SHIFT = 12;
/** The line field's value for a line kept in `overflowLines` (negative, or past 2^20 - 2). */
const LINE_ASIDE = (1 << (32 - LINE_SHIFT)) - 1;
/** Slots of the string cache (a power of two). */
const STRING_CACHE = 64;
const HEAD = 0;
const STEP = 1;
const A = 2;
const B = 3;
const S = 4;
const ROW_BYTES = WORDS * 4;

export class EventLog implements EventSource {
  length = 0;
  private readonly chunks: Int32Array[] = [];
  private current: Int32Array = new Int32Array(0);
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  /**
   * Per-event texts that rarely repeat (object previews, printed output): not interned. An int's
   * preview is kept as its number and made a string only when read (most allocations are ints).
   */
  private readonly texts: (string | number)[] = [];
  /** Object lists of collection phases (rare, so kept as arrays). */
  private readonly gcPayloads: { objects: number[]; values: number[] }[] = [];
  private readonly racePayloads: { to: number; thread: number }[] = [];
  /** Lines the head word cannot hold (LINE_ASIDE), by row. */
  private readonly overflowLines = new Map<number, number>();
  /**
   * A small direct-mapped cache in front of the intern table: the labels of consecutive events (local
   * names, attribute names, scopes) alternate, which defeats a one-entry cache, and a Map lookup per
   * event costs more than the rest of the row.
   */
  private readonly cachedText: string[] = new Array<string>(STRING_CACHE).fill('');
  private readonly cachedIndex = new Int32Array(STRING_CACHE);

  private str(text: string): number {
    const n = text.length;
    if (n === 0) return 0;
    const slot = (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n - 1)) & (STRING_CACHE - 1);
    if (this.cachedText[slot] === text) return this.cachedIndex[slot];
    const i = this.intern(text);
    this.cachedText[slot] = text;
    this.cachedIndex[slot] = i;
    return i;
  }

  private intern(text: string): number {
    let i = this.stringIndex.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, i);
    }
    return i;
  }

  /** Starts a row (allocating a block at each CHUNK boundary); returns its offset in `current`. */
  private row(kindAndFlags: number, step: number, line: number): number {
    if ((this.length & MASK) === 0) {
      this.current = new Int32Array(CHUNK * WORDS);
      this.chunks.push(this.current);
    }
    const o = (this.length & MASK) * WORDS;
    if (line < 0 || line >= LINE_ASIDE) {
      this.overflowLines.set(this.length, line);
      line = LINE_ASIDE;
    }
    this.length++;
    const c = this.current;
    c[o + HEAD] = kindAndFlags | (line << LINE_SHIFT);
    c[o + STEP] = step;
    return o;
  }

  /** The hot path: one reference-count change. */
  ref(step: number, obj: number, from: number, to: number, cause: RefCause, label: string, line: number): void {
    // A count moves by exactly one: the direction is the cause code's high bit (no `to` word).
    const o = this.row(K_REF | ((causeCode(cause) | (to < from ? DECREMENT : 0)) << D_SHIFT), step, line);
    const c = this.current;
    c[o + A] = obj;
    c[o + B] = from;
    c[o + S] = label === '' ? 0 : this.str(label);
  }

  /** 3.13t: a change of an object's shared count (a thread other than its owner, or a merged object). */
  refShared(step: number, obj: number, from: number, to: number, cause: RefCause, label: string, line: number): void {
    this.ref(step, obj, from, to, cause, label, line);
    this.current[((this.length - 1) & MASK) * WORDS + HEAD] |= SHARED << D_SHIFT;
  }

  /** The other hot paths, without building an event object: an allocation and a free. */
  alloc(step: number, obj: number, type: string, preview: string | number, line: number): void {
    const o = this.row(K_ALLOC, step, line);
    const c = this.current;
    c[o + A] = obj;
    c[o + S] = this.str(type);
    c[o + B] = this.texts.push(preview) - 1;
  }
  free(step: number, obj: number, line: number): void {
    const o = this.row(K_FREE, step, line);
    this.current[o + A] = obj;
  }

  /** A line starts running (the other per-instruction rows, also without an event object). */
  line(step: number, thread: number, line: number, scope: string): void {
    const o = this.row(K_LINE, step, line);
    const c = this.current;
    c[o + A] = thread;
    c[o + S] = this.str(scope);
  }
  /** A name bound to `obj` (an object id), or unbound (`obj` -1). */
  bind(step: number, frame: number, name: string, obj: number, line: number): void {
    const o = this.row(K_BIND, step, line);
    const c = this.current;
    c[o + A] = frame;
    c[o + B] = obj;
    c[o + S] = this.str(name);
  }
  /** A frame pushed or popped. */
  frame(kind: 'frame-enter' | 'frame-exit', step: number, frame: number, name: string, line: number): void {
    const o = this.row(kind === 'frame-enter' ? K_FRAME_ENTER : K_FRAME_EXIT, step, line);
    const c = this.current;
    c[o + A] = frame;
    c[o + S] = this.str(name);
  }

  /** A reference released because its holder `ownerId` was freed: the label `#<id>` is kept as the number. */
  refFromFreed(step: number, obj: number, from: number, to: number, ownerId: number, line: number, shared = false): void {
    const o = this.row(K_REF | ((OWNER_FREED | (to < from ? DECREMENT : 0) | (shared ? SHARED : 0)) << D_SHIFT), step, line);
    const c = this.current;
    c[o + A] = obj;
    c[o + B] = from;
    c[o + S] = -ownerId;
  }

  push(e: TraceEvent): void {
    const c = () => this.current;
    switch (e.kind) {
      case 'ref':
        if (Math.abs(e.to - e.from) !== 1) throw new Error('internal: a reference count moves by one at a time');
        if (e.shared) this.refShared(e.step, e.obj, e.from, e.to, e.cause, e.label, e.line);
        else this.ref(e.step, e.obj, e.from, e.to, e.cause, e.label, e.line);
        return;
      case 'alloc':
        return this.alloc(e.step, e.obj, e.type, e.preview, e.line);
      case 'free':
        return this.free(e.step, e.obj, e.line);
      case 'line':
        return this.line(e.step, e.thread, e.line, e.scope);
      case 'bind':
        return this.bind(e.step, e.frame, e.name, e.obj ?? -1, e.line);
      case 'frame-enter':
      case 'frame-exit':
        return this.frame(e.kind, e.step, e.frame, e.name, e.line);
      case 'output': {
        const o = this.row(kindCode('output') | ((e.stream === 'stdout' ? 0 : 1) << D_SHIFT), e.step, 0);
        c()[o + S] = this.texts.push(e.text) - 1;
        return;
      }
      case 'gc': {
        const o = this.row(kindCode('gc') | ((GC_PHASE_CODE.get(e.phase) as number) << D_SHIFT), e.step, e.line);
        c()[o + A] = e.generation;
        c()[o + B] = this.gcPayloads.push({ objects: e.objects, values: e.values }) - 1;
        return;
      }
      case 'gc-track': {
        const o = this.row(kindCode('gc-track'), e.step, e.line);
        c()[o + A] = e.obj;
        c()[o + B] = e.generation;
        return;
      }
      case 'thread': {
        const o = this.row(kindCode('thread') | ((THREAD_STATE_CODE.get(e.state) as number) << D_SHIFT), e.step, e.line);
        c()[o + A] = packThread(e.thread, e.timeNs);
        c()[o + B] = Math.floor(e.timeNs / NS_PER_US);
        c()[o + S] = this.str(e.detail);
        return;
      }
      case 'gil': {
        const o = this.row(kindCode('gil') | ((GIL_ACTION_CODE.get(e.action) as number) << D_SHIFT), e.step, e.line);
        c()[o + A] = packThread(e.thread, e.timeNs);
        c()[o + B] = Math.floor(e.timeNs / NS_PER_US);
        return;
      }
      case 'race': {
        // Rare (the hypothetical interpreter's lost updates): the new count and the thread go aside.
        const o = this.row(kindCode('race'), e.step, e.line);
        c()[o + A] = e.obj;
        c()[o + B] = e.from;
        c()[o + S] = this.racePayloads.push({ to: e.to, thread: e.thread }) - 1;
        return;
      }
      case 'brc': {
        const o = this.row(kindCode('brc') | (BRC_ACTIONS.indexOf(e.action) << D_SHIFT), e.step, e.line);
        c()[o + A] = e.obj;
        c()[o + B] = e.thread;
        return;
      }
    }
  }

  at(i: number): TraceEvent {
    if (i < 0) i += this.length;
    const c = this.chunks[i >>> CHUNK_BITS];
    const o = (i & MASK) * WORDS;
    const step = c[o + STEP];
    const head = c[o + HEAD];
    const lineField = head >>> LINE_SHIFT;
    const line = lineField === LINE_ASIDE ? (this.overflowLines.get(i) as number) : lineField;
    const kind = KINDS[head & KIND_MASK];
    const d = (head >>> D_SHIFT) & 0xff;
    const a = c[o + A];
    const b = c[o + B];
    const s = c[o + S];
    switch (kind) {
      case 'ref': {
        const e: TraceEvent = { kind: 'ref', step, obj: a, from: b, to: d & DECREMENT ? b - 1 : b + 1, cause: CAUSES[d & CAUSE_MASK], label: s < 0 ? `#${-s}` : this.strings[s], line };
        if (d & SHARED) e.shared = true;
        return e;
      }
      case 'alloc':
        return { kind: 'alloc', step, obj: a, type: this.strings[s], preview: String(this.texts[b]), line };
      case 'free':
        return { kind: 'free', step, obj: a, line };
      case 'line':
        return { kind: 'line', step, thread: a, line, scope: this.strings[s] };
      case 'bind':
        return { kind: 'bind', step, frame: a, name: this.strings[s], obj: b < 0 ? null : b, line };
      case 'frame-enter':
      case 'frame-exit':
        return { kind, step, frame: a, name: this.strings[s], line };
      case 'output':
        return { kind: 'output', step, stream: d === 0 ? 'stdout' : 'stderr', text: this.texts[s] as string };
      case 'gc': {
        const p = this.gcPayloads[b];
        return { kind: 'gc', step, phase: GC_PHASES[d], generation: a, objects: p.objects, values: p.values, line };
      }
      case 'gc-track':
        return { kind: 'gc-track', step, obj: a, generation: b, line };
      case 'thread':
        return { kind: 'thread', step, thread: Math.floor(a / NS_PER_US), state: THREAD_STATES[d], detail: this.strings[s], timeNs: b * NS_PER_US + (a % NS_PER_US), line };
      case 'gil':
        return { kind: 'gil', step, action: GIL_ACTIONS[d], thread: Math.floor(a / NS_PER_US), timeNs: b * NS_PER_US + (a % NS_PER_US), line };
      case 'race':
        return { kind: 'race', step, obj: a, from: b, to: this.racePayloads[s].to, thread: this.racePayloads[s].thread, line };
      case 'brc':
        return { kind: 'brc', step, action: BRC_ACTIONS[d], obj: a, thread: b, line };
    }
  }

  toArray(): TraceEvent[] {
    const out: TraceEvent[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }

  /** Bytes held by the columns (for the benchmark's memory figures). */
  get byteSize(): number {
    return this.chunks.length * CHUNK * ROW_BYTES;
  }
}
