// The event trace, stored column-wise in typed arrays: a run can record tens of millions of
// refcount events, which as JS objects would not fit in memory. Strings (labels, names,
// previews) are interned once. `at(i)` and `toArray()` give back plain TraceEvent objects.

import type { TraceEvent, RefCause, EventSource, GcPhase, ThreadEventState, GilAction, BrcAction } from './events';

const KINDS = ['ref', 'alloc', 'free', 'line', 'bind', 'frame-enter', 'frame-exit', 'output', 'gc', 'gc-track', 'thread', 'gil', 'brc', 'race'] as const;
type Kind = (typeof KINDS)[number];
const KIND_CODE = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));
/** The row code of a kind: the common ones without a Map lookup. */
function kindCode(kind: Kind): number {
  switch (kind) {
    case 'alloc': return 1;
    case 'free': return 2;
    case 'line': return 3;
    case 'bind': return 4;
    default: return KIND_CODE.get(kind) as number;
  }
}

const CAUSES: readonly RefCause[] = [
  'new', 'name', 'local', 'cell', 'stack', 'argument', 'slot', 'attribute', 'const', 'method', 'iterator', 'frame',
  'exception', 'type', 'function', 'return', 'owner-freed', 'module', 'internal',
];
const CAUSE_CODE = new Map<RefCause, number>(CAUSES.map((c, i) => [c, i]));
const code = (cause: RefCause) => CAUSE_CODE.get(cause) as number;
const OWNER_FREED = code('owner-freed');
const [NEW, NAME, LOCAL, STACK, ARGUMENT, SLOT, RETURN] = (['new', 'name', 'local', 'stack', 'argument', 'slot', 'return'] as const).map(code);
/** A cause's code: the frequent ones by identity comparisons (a Map lookup costs more per event). */
function causeCode(cause: RefCause): number {
  switch (cause) {
    case 'stack': return STACK;
    case 'local': return LOCAL;
    case 'new': return NEW;
    case 'argument': return ARGUMENT;
    case 'name': return NAME;
    case 'slot': return SLOT;
    case 'return': return RETURN;
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

const THREAD_STATES: readonly ThreadEventState[] = ['start', 'running', 'gil-wait', 'switch-wait', 'blocked', 'done', 'native'];
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

/** Bytes per row: five Int32 columns and two Uint8 ones. */
const ROW_BYTES = 5 * 4 + 2;

/**
 * One block of rows; blocks are never copied, so the log grows without pauses. The columns are views
 * of one buffer: one backing store per block instead of seven keeps the garbage collector's
 * external-memory bookkeeping (and the collections it triggers) down.
 */
class Chunk {
  readonly step: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly s: Int32Array;
  readonly line: Int32Array;
  readonly kind: Uint8Array;
  readonly d: Uint8Array;
  constructor() {
    const buffer = new ArrayBuffer(CHUNK * ROW_BYTES);
    const int32 = CHUNK * 4;
    this.step = new Int32Array(buffer, 0, CHUNK);
    this.a = new Int32Array(buffer, int32, CHUNK);
    this.b = new Int32Array(buffer, 2 * int32, CHUNK);
    this.s = new Int32Array(buffer, 3 * int32, CHUNK);
    this.line = new Int32Array(buffer, 4 * int32, CHUNK);
    this.kind = new Uint8Array(buffer, 5 * int32, CHUNK);
    this.d = new Uint8Array(buffer, 5 * int32 + CHUNK, CHUNK);
  }
}

export class EventLog implements EventSource {
  length = 0;
  private readonly chunks: Chunk[] = [];
  private current: Chunk | null = null;
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  /** Per-event texts that rarely repeat (object previews, printed output): not interned. */
  private readonly texts: string[] = [];
  /** Object lists of collection phases (rare, so kept as arrays). */
  private readonly gcPayloads: { objects: number[]; values: number[] }[] = [];
  private lastString = '';
  private lastStringIndex = 0;

  /** The chunk for the next row (allocating one at each CHUNK boundary). */
  private next(): Chunk {
    if ((this.length & MASK) === 0) {
      this.current = new Chunk();
      this.chunks.push(this.current);
    }
    return this.current as Chunk;
  }

  private str(text: string): number {
    if (text === this.lastString) return this.lastStringIndex;
    let i = this.stringIndex.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, i);
    }
    this.lastString = text;
    this.lastStringIndex = i;
    return i;
  }

  /** Starts a row; returns its chunk and offset through `rowChunk`/the return value. */
  private rowChunk!: Chunk;
  private row(kind: Kind, step: number, line: number): number {
    const chunk = this.next();
    const i = this.length++ & MASK;
    chunk.kind[i] = kindCode(kind);
    chunk.step[i] = step;
    chunk.line[i] = line;
    this.rowChunk = chunk;
    return i;
  }

  /** The hot path: one reference-count change. */
  ref(step: number, obj: number, from: number, to: number, cause: RefCause, label: string, line: number): void {
    const chunk = this.next();
    const i = this.length++ & MASK;
    chunk.kind[i] = 0; // 'ref'
    chunk.step[i] = step;
    chunk.line[i] = line;
    chunk.a[i] = obj;
    chunk.b[i] = from;
    // A count moves by exactly one: the direction is the cause code's high bit (no `to` column).
    chunk.d[i] = causeCode(cause) | (to < from ? DECREMENT : 0);
    chunk.s[i] = label === '' ? 0 : this.str(label);
  }

  /** 3.13t: a change of an object's shared count (a thread other than its owner, or a merged object). */
  refShared(step: number, obj: number, from: number, to: number, cause: RefCause, label: string, line: number): void {
    this.ref(step, obj, from, to, cause, label, line);
    const i = (this.length - 1) & MASK;
    (this.current as Chunk).d[i] |= SHARED;
  }

  /** The other hot paths, without building an event object: an allocation and a free. */
  alloc(step: number, obj: number, type: string, preview: string, line: number): void {
    const i = this.row('alloc', step, line);
    const chunk = this.rowChunk;
    chunk.a[i] = obj;
    chunk.s[i] = this.str(type);
    chunk.b[i] = this.texts.push(preview) - 1;
  }
  free(step: number, obj: number, line: number): void {
    const i = this.row('free', step, line);
    this.rowChunk.a[i] = obj;
  }

  /** A line starts running (the other per-instruction rows, also without an event object). */
  line(step: number, thread: number, line: number, scope: string): void {
    const i = this.row('line', step, line);
    this.rowChunk.a[i] = thread;
    this.rowChunk.s[i] = this.str(scope);
  }
  /** A name bound to `obj` (an object id), or unbound (`obj` -1). */
  bind(step: number, frame: number, name: string, obj: number, line: number): void {
    const i = this.row('bind', step, line);
    this.rowChunk.a[i] = frame;
    this.rowChunk.b[i] = obj;
    this.rowChunk.s[i] = this.str(name);
  }
  /** A frame pushed or popped. */
  frame(kind: 'frame-enter' | 'frame-exit', step: number, frame: number, name: string, line: number): void {
    const i = this.row(kind, step, line);
    this.rowChunk.a[i] = frame;
    this.rowChunk.s[i] = this.str(name);
  }

  /** A reference released because its holder `ownerId` was freed: the label `#<id>` is kept as the number. */
  refFromFreed(step: number, obj: number, from: number, to: number, ownerId: number, line: number, shared = false): void {
    const chunk = this.next();
    const i = this.length++ & MASK;
    chunk.kind[i] = 0; // 'ref'
    chunk.step[i] = step;
    chunk.line[i] = line;
    chunk.a[i] = obj;
    chunk.b[i] = from;
    chunk.d[i] = OWNER_FREED | (to < from ? DECREMENT : 0) | (shared ? SHARED : 0);
    chunk.s[i] = -ownerId;
  }

  push(e: TraceEvent): void {
    switch (e.kind) {
      case 'ref':
        if (Math.abs(e.to - e.from) !== 1) throw new Error('internal: a reference count moves by one at a time');
        if (e.shared) this.refShared(e.step, e.obj, e.from, e.to, e.cause, e.label, e.line);
        else this.ref(e.step, e.obj, e.from, e.to, e.cause, e.label, e.line);
        return;
      case 'alloc': {
        const i = this.row('alloc', e.step, e.line);
        this.rowChunk.a[i] = e.obj;
        this.rowChunk.s[i] = this.str(e.type);
        this.rowChunk.b[i] = this.texts.push(e.preview) - 1;
        return;
      }
      case 'free': {
        const i = this.row('free', e.step, e.line);
        this.rowChunk.a[i] = e.obj;
        return;
      }
      case 'line':
        return this.line(e.step, e.thread, e.line, e.scope);
      case 'bind':
        return this.bind(e.step, e.frame, e.name, e.obj ?? -1, e.line);
      case 'frame-enter':
      case 'frame-exit':
        return this.frame(e.kind, e.step, e.frame, e.name, e.line);
      case 'output': {
        const i = this.row('output', e.step, 0);
        this.rowChunk.d[i] = e.stream === 'stdout' ? 0 : 1;
        this.rowChunk.s[i] = this.texts.push(e.text) - 1;
        return;
      }
      case 'gc': {
        const i = this.row('gc', e.step, e.line);
        this.rowChunk.a[i] = e.generation;
        this.rowChunk.d[i] = GC_PHASE_CODE.get(e.phase) as number;
        this.rowChunk.b[i] = this.gcPayloads.push({ objects: e.objects, values: e.values }) - 1;
        return;
      }
      case 'gc-track': {
        const i = this.row('gc-track', e.step, e.line);
        this.rowChunk.a[i] = e.obj;
        this.rowChunk.b[i] = e.generation;
        return;
      }
      case 'thread': {
        const i = this.row('thread', e.step, e.line);
        this.rowChunk.a[i] = packThread(e.thread, e.timeNs);
        this.rowChunk.b[i] = Math.floor(e.timeNs / NS_PER_US);
        this.rowChunk.d[i] = THREAD_STATE_CODE.get(e.state) as number;
        this.rowChunk.s[i] = this.str(e.detail);
        return;
      }
      case 'gil': {
        const i = this.row('gil', e.step, e.line);
        this.rowChunk.a[i] = packThread(e.thread, e.timeNs);
        this.rowChunk.b[i] = Math.floor(e.timeNs / NS_PER_US);
        this.rowChunk.d[i] = GIL_ACTION_CODE.get(e.action) as number;
        return;
      }
      case 'race': {
        const i = this.row('race', e.step, e.line);
        this.rowChunk.a[i] = e.obj;
        this.rowChunk.b[i] = e.from;
        this.rowChunk.s[i] = e.to;
        this.rowChunk.d[i] = e.thread;
        return;
      }
      case 'brc': {
        const i = this.row('brc', e.step, e.line);
        this.rowChunk.a[i] = e.obj;
        this.rowChunk.b[i] = e.thread;
        this.rowChunk.d[i] = BRC_ACTIONS.indexOf(e.action);
        return;
      }
    }
  }

  at(i: number): TraceEvent {
    if (i < 0) i += this.length;
    const chunk = this.chunks[i >>> CHUNK_BITS];
    i &= MASK;
    const step = chunk.step[i];
    const line = chunk.line[i];
    switch (KINDS[chunk.kind[i]]) {
      case 'ref': {
        const d = chunk.d[i];
        const e: TraceEvent = { kind: 'ref', step, obj: chunk.a[i], from: chunk.b[i], to: d & DECREMENT ? chunk.b[i] - 1 : chunk.b[i] + 1, cause: CAUSES[d & CAUSE_MASK], label: chunk.s[i] < 0 ? `#${-chunk.s[i]}` : this.strings[chunk.s[i]], line };
        if (d & SHARED) e.shared = true;
        return e;
      }
      case 'alloc':
        return { kind: 'alloc', step, obj: chunk.a[i], type: this.strings[chunk.s[i]], preview: this.texts[chunk.b[i]], line };
      case 'free':
        return { kind: 'free', step, obj: chunk.a[i], line };
      case 'line':
        return { kind: 'line', step, thread: chunk.a[i], line, scope: this.strings[chunk.s[i]] };
      case 'bind':
        return { kind: 'bind', step, frame: chunk.a[i], name: this.strings[chunk.s[i]], obj: chunk.b[i] < 0 ? null : chunk.b[i], line };
      case 'frame-enter':
      case 'frame-exit':
        return { kind: KINDS[chunk.kind[i]] as 'frame-enter' | 'frame-exit', step, frame: chunk.a[i], name: this.strings[chunk.s[i]], line };
      case 'output':
        return { kind: 'output', step, stream: chunk.d[i] === 0 ? 'stdout' : 'stderr', text: this.texts[chunk.s[i]] };
      case 'gc': {
        const p = this.gcPayloads[chunk.b[i]];
        return { kind: 'gc', step, phase: GC_PHASES[chunk.d[i]], generation: chunk.a[i], objects: p.objects, values: p.values, line };
      }
      case 'gc-track':
        return { kind: 'gc-track', step, obj: chunk.a[i], generation: chunk.b[i], line };
      case 'thread':
        return { kind: 'thread', step, thread: Math.floor(chunk.a[i] / NS_PER_US), state: THREAD_STATES[chunk.d[i]], detail: this.strings[chunk.s[i]], timeNs: chunk.b[i] * NS_PER_US + (chunk.a[i] % NS_PER_US), line };
      case 'gil':
        return { kind: 'gil', step, action: GIL_ACTIONS[chunk.d[i]], thread: Math.floor(chunk.a[i] / NS_PER_US), timeNs: chunk.b[i] * NS_PER_US + (chunk.a[i] % NS_PER_US), line };
      case 'race':
        return { kind: 'race', step, obj: chunk.a[i], from: chunk.b[i], to: chunk.s[i], thread: chunk.d[i], line };
      case 'brc':
        return { kind: 'brc', step, action: BRC_ACTIONS[chunk.d[i]], obj: chunk.a[i], thread: chunk.b[i], line };
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
