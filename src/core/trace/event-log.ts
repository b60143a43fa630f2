// The event trace, packed into typed arrays: a run can record tens of millions of refcount
// events, which as JS objects would not fit in memory. Strings (labels, names,
// previews) are interned once. `at(i)` and `toArray()` give back plain TraceEvent objects.

import { Cause, CAUSE_NAMES } from './events';
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
/** A line row of a thread whose serial fits the flags byte (no thread word): code 14, past KINDS. */
const K_LINE_OF_THREAD = 14;
/** A ref row of one word (see COMPACT_*): code 15. */
const K_REF_COMPACT = 15;
const KIND_CODE = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));
const kindCode = (kind: Kind): number => KIND_CODE.get(kind) as number;

/** A ref event's cause, from the name a TraceEvent carries (push() only; the simulator passes Causes). */
const CAUSE_OF = new Map<RefCause, Cause>(CAUSE_NAMES.map((c, i) => [c, i]));
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

/**
 * Rows are written one after another, variable-length, into blocks of Int32 words (a row never
 * straddles two blocks). Writing fresh memory is most of what recording costs on a long run, so a
 * row holds only what the previous row does not already say:
 *
 *   head  kind (4 bits) | flags `d` (8) | step mode (2) | line follows (1) | label follows (1) | count (16)
 *   [step]   when the step is not the previous row's step + 0, 1 or 2 (step mode 3)
 *   [line]   when the line differs from the previous row's, unless the head's top 16 bits hold it (any
 *            row but a ref: a nonzero field there is the new line)
 *   payload  a ref: the object, [its old count when the head's 16 bits cannot say it], [the label];
 *            a line of a thread: [its scope, when it differs from the previous line row's: label follows];
 *            another kind: the words of a, b, s its PAYLOAD mask names.
 *
 * A ref's count field holds counts below 0x8000, and counts near the log's `countBase`: 3.11's small
 * ints start at a billion references (versions.ts), and they are half of the changes of arithmetic code.
 *
 * Most refs fit one word, a compact ref row (kind 15): no label, not shared, the previous row's line, a
 * step 0–2 past it, a small count, and an object whose id is near the previous ref row's:
 *   kind (4) | cause (5) | decrement (1) | step delta (2) | count (9) | object id − previous (11, signed)
 *
 * A refcount change on the same line as the last event, with no label, is two words (8 bytes), where
 * fixed rows took five. Reading is sequential from a checkpoint (every CHECKPOINT rows: the row's
 * block, offset, and the step and line before it), with a cursor so that reading in order costs one
 * row's decoding per event.
 */
const BLOCK_WORDS = 1 << 18;
/** The longest row: head, step, line and three payload words. */
const MAX_ROW_WORDS = 6;
const CHECKPOINT_BITS = 7;
const CHECKPOINT = 1 << CHECKPOINT_BITS;
const D_SHIFT = 4;
const KIND_MASK = (1 << D_SHIFT) - 1;
const STEP_SHIFT = 12;
const STEP_EXPLICIT = 3;
const LINE_FOLLOWS = 1 << 14;
const LABEL_FOLLOWS = 1 << 15;
const COUNT_SHIFT = 16;
/** The head's count field when the old count is a word of its own (too big, or negative). */
const COUNT_ASIDE = 0xffff;
/** Count fields below this are the count; from it to COUNT_ASIDE, the count is countBase + field − NEAR_BASE_ZERO. */
const COUNT_DIRECT_LIMIT = 0x8000;
const NEAR_BASE_ZERO = 0xc000;
const COMPACT_CAUSE_SHIFT = 4;
const COMPACT_DECREMENT = 1 << 9;
/** Shifts d's DECREMENT (bit 7) to COMPACT_DECREMENT. */
const COMPACT_DECREMENT_FROM_D = 2;
const COMPACT_STEP_SHIFT = 10;
const COMPACT_COUNT_SHIFT = 12;
/** Compact count fields: below 256 the count; from 256 to 511, countBase + field − COMPACT_NEAR_BASE_ZERO. */
const COMPACT_COUNT_DIRECT_LIMIT = 256;
const COMPACT_COUNT_LIMIT = 512;
const COMPACT_NEAR_BASE_ZERO = 384;
const COMPACT_OBJ_SHIFT = 21;
const COMPACT_OBJ_REACH = 1 << 10;
/** The largest line a head holds (its count field, on rows other than refs). */
const HEAD_LINE_LIMIT = 0xffff;
/** Payload words per kind, as a mask of the fields a (1), b (2), s (4), by KINDS index (ref is apart). */
const PAYLOAD = [0, 7, 1, 5, 7, 5, 5, 4, 3, 3, 7, 3, 3, 7, 0];
const POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3];
/** Slots of the string cache (a power of two). */
const STRING_CACHE = 64;

export class EventLog implements EventSource {
  length = 0;
  private readonly blocks: Int32Array[] = [];
  private current: Int32Array = new Int32Array(0);
  /** Where the next row goes in `current` (a full offset forces a new block). */
  private offset = BLOCK_WORDS;
  /** The last row's step and line (what the next row is written against). */
  private lastStep = 0;
  private lastLine = 0;
  /** The scope of the last line row since the last checkpoint (-1: none yet, the next one says it). */
  private lastScope = -1;
  /** The object of the last ref row since the last checkpoint (0 at a checkpoint). */
  private lastObj = 0;
  /** Four words per checkpoint: block, offset, and the step and line before the row. */
  private checkpoints = new Int32Array(1024);
  /** Reading: the next row's index, block, offset, and the step and line before it. */
  private readIndex = 0;
  private readBlock = 0;
  private readOffset = 0;
  private readStep = 0;
  private readLine = 0;
  private readScope = -1;
  private readObj = 0;
  /** Counts near this one fit a ref row's head (see COUNT_DIRECT_LIMIT). */
  constructor(private readonly countBase = 0) {}
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

  /**
   * Starts a row: a new block when this one cannot hold the longest row, a checkpoint every
   * CHECKPOINT rows, then the step and line words the head says follow. Returns the offset of the
   * payload; the head (at `offset`, written by the caller) gets the step and line bits from `rowHead`.
   */
  private begin(step: number, line: number, lineInHead: boolean): number {
    this.makeRoom();
    return this.stepAndLine(step, line, lineInHead);
  }

  /** Room for the longest row, a checkpoint every CHECKPOINT rows; counts the row. */
  private makeRoom(): void {
    if (this.offset > BLOCK_WORDS - MAX_ROW_WORDS) {
      this.current = new Int32Array(BLOCK_WORDS);
      this.blocks.push(this.current);
      this.offset = 0;
    }
    if ((this.length & (CHECKPOINT - 1)) === 0) this.checkpoint();
    this.length++;
  }

  /** The step and line words a row needs after its head; their bits go to `rowHead`. Returns the payload's offset. */
  private stepAndLine(step: number, line: number, lineInHead: boolean): number {
    const c = this.current;
    let w = this.offset + 1;
    let bits: number;
    const delta = step - this.lastStep;
    if (delta >= 0 && delta < STEP_EXPLICIT) bits = delta << STEP_SHIFT;
    else {
      bits = STEP_EXPLICIT << STEP_SHIFT;
      c[w++] = step;
    }
    this.lastStep = step;
    if (line !== this.lastLine) {
      if (lineInHead && line > 0 && line <= HEAD_LINE_LIMIT) bits |= line << COUNT_SHIFT;
      else {
        bits |= LINE_FOLLOWS;
        c[w++] = line;
      }
      this.lastLine = line;
    }
    this.rowHead = bits;
    return w;
  }
  /** The step and line bits of the row `begin` started. */
  private rowHead = 0;

  private checkpoint(): void {
    const k = (this.length >>> CHECKPOINT_BITS) * 4;
    if (k + 4 > this.checkpoints.length) {
      const grown = new Int32Array(this.checkpoints.length * 2);
      grown.set(this.checkpoints);
      this.checkpoints = grown;
    }
    const cp = this.checkpoints;
    cp[k] = this.blocks.length - 1;
    cp[k + 1] = this.offset;
    cp[k + 2] = this.lastStep;
    cp[k + 3] = this.lastLine;
    this.lastScope = -1;
    this.lastObj = 0;
  }

  /** A row of another kind than ref: its payload words (PAYLOAD[kind] says which of a, b, s). */
  private row(kind: number, d: number, step: number, line: number, a: number, b: number, s: number): void {
    let w = this.begin(step, line, true);
    const c = this.current;
    c[this.offset] = kind | (d << D_SHIFT) | this.rowHead;
    const mask = PAYLOAD[kind];
    if (mask & 1) c[w++] = a;
    if (mask & 2) c[w++] = b;
    if (mask & 4) c[w++] = s;
    this.offset = w;
  }

  /** A ref row: `d` holds the cause, the direction and the shared flag; `label` an interned index or -owner. */
  private refRow(d: number, step: number, obj: number, from: number, label: number, line: number): void {
    this.makeRoom();
    const objDelta = obj - this.lastObj;
    this.lastObj = obj;
    const stepDelta = step - this.lastStep;
    // Unsigned compares: one test per range.
    if ((label | (d & SHARED)) === 0 && line === this.lastLine && stepDelta >>> 0 < STEP_EXPLICIT && (objDelta + COMPACT_OBJ_REACH) >>> 0 < 2 * COMPACT_OBJ_REACH) {
      const count = from >>> 0 < COMPACT_COUNT_DIRECT_LIMIT ? from : from - this.countBase + COMPACT_NEAR_BASE_ZERO;
      if (count >>> 0 < COMPACT_COUNT_LIMIT && (from >>> 0 < COMPACT_COUNT_DIRECT_LIMIT || count >= COMPACT_COUNT_DIRECT_LIMIT)) {
        this.lastStep = step;
        this.current[this.offset++] = K_REF_COMPACT | ((d & CAUSE_MASK) << COMPACT_CAUSE_SHIFT) | ((d & DECREMENT) << COMPACT_DECREMENT_FROM_D)
          | (stepDelta << COMPACT_STEP_SHIFT) | (count << COMPACT_COUNT_SHIFT) | (objDelta << COMPACT_OBJ_SHIFT);
        return;
      }
    }
    let w = this.stepAndLine(step, line, false);
    const c = this.current;
    let head = K_REF | (d << D_SHIFT) | this.rowHead;
    c[w++] = obj;
    const nearBase = from - this.countBase + NEAR_BASE_ZERO;
    if (from >= 0 && from < COUNT_DIRECT_LIMIT) head |= from << COUNT_SHIFT;
    else if (nearBase >= COUNT_DIRECT_LIMIT && nearBase < COUNT_ASIDE) head |= nearBase << COUNT_SHIFT;
    else {
      head |= COUNT_ASIDE << COUNT_SHIFT;
      c[w++] = from;
    }
    if (label !== 0) {
      head |= LABEL_FOLLOWS;
      c[w++] = label;
    }
    c[this.offset] = head;
    this.offset = w;
  }

  /** The hot path: one reference-count change (a count moves by exactly one: the direction is a flag). */
  ref(step: number, obj: number, from: number, to: number, cause: Cause, label: string, line: number): void {
    this.refRow(cause | (to < from ? DECREMENT : 0), step, obj, from, label === '' ? 0 : this.str(label), line);
  }

  /** 3.13t: a change of an object's shared count (a thread other than its owner, or a merged object). */
  refShared(step: number, obj: number, from: number, to: number, cause: Cause, label: string, line: number): void {
    this.refRow(cause | (to < from ? DECREMENT : 0) | SHARED, step, obj, from, label === '' ? 0 : this.str(label), line);
  }

  /** The other hot paths, without building an event object: an allocation and a free. */
  alloc(step: number, obj: number, type: string, preview: string | number, line: number): void {
    this.row(K_ALLOC, 0, step, line, obj, this.texts.push(preview) - 1, this.str(type));
  }
  free(step: number, obj: number, line: number): void {
    this.row(K_FREE, 0, step, line, obj, 0, 0);
  }

  /** A line starts running (the other per-instruction rows, also without an event object). */
  line(step: number, thread: number, line: number, scope: string): void {
    if (thread < 0 || thread >= 256) return this.row(K_LINE, 0, step, line, thread, 0, this.str(scope));
    let w = this.begin(step, line, true);
    const c = this.current;
    let head = K_LINE_OF_THREAD | (thread << D_SHIFT) | this.rowHead;
    const s = this.str(scope);
    if (s !== this.lastScope) {
      head |= LABEL_FOLLOWS;
      c[w++] = s;
      this.lastScope = s;
    }
    c[this.offset] = head;
    this.offset = w;
  }
  /** A name bound to `obj` (an object id), or unbound (`obj` -1). */
  bind(step: number, frame: number, name: string, obj: number, line: number): void {
    this.row(K_BIND, 0, step, line, frame, obj, this.str(name));
  }
  /** A frame pushed or popped. */
  frame(kind: 'frame-enter' | 'frame-exit', step: number, frame: number, name: string, line: number): void {
    this.row(kind === 'frame-enter' ? K_FRAME_ENTER : K_FRAME_EXIT, 0, step, line, frame, 0, this.str(name));
  }

  /** A reference released because its holder `ownerId` was freed: the label `#<id>` is kept as the number. */
  refFromFreed(step: number, obj: number, from: number, to: number, ownerId: number, line: number, shared = false): void {
    this.refRow(Cause.OwnerFreed | (to < from ? DECREMENT : 0) | (shared ? SHARED : 0), step, obj, from, -ownerId, line);
  }

  push(e: TraceEvent): void {
    switch (e.kind) {
      case 'ref':
        if (Math.abs(e.to - e.from) !== 1) throw new Error('internal: a reference count moves by one at a time');
        if (e.shared) this.refShared(e.step, e.obj, e.from, e.to, CAUSE_OF.get(e.cause) as Cause, e.label, e.line);
        else this.ref(e.step, e.obj, e.from, e.to, CAUSE_OF.get(e.cause) as Cause, e.label, e.line);
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
      case 'output':
        // An output event has no line: the row keeps the previous one (no line word).
        return this.row(kindCode('output'), e.stream === 'stdout' ? 0 : 1, e.step, this.lastLine, 0, 0, this.texts.push(e.text) - 1);
      case 'gc':
        return this.row(kindCode('gc'), GC_PHASE_CODE.get(e.phase) as number, e.step, e.line, e.generation, this.gcPayloads.push({ objects: e.objects, values: e.values }) - 1, 0);
      case 'gc-track':
        return this.row(kindCode('gc-track'), 0, e.step, e.line, e.obj, e.generation, 0);
      case 'thread':
        return this.row(kindCode('thread'), THREAD_STATE_CODE.get(e.state) as number, e.step, e.line, packThread(e.thread, e.timeNs), Math.floor(e.timeNs / NS_PER_US), this.str(e.detail));
      case 'gil':
        return this.row(kindCode('gil'), GIL_ACTION_CODE.get(e.action) as number, e.step, e.line, packThread(e.thread, e.timeNs), Math.floor(e.timeNs / NS_PER_US), 0);
      case 'race':
        // Rare (the hypothetical interpreter's lost updates): the new count and the thread go aside.
        return this.row(kindCode('race'), 0, e.step, e.line, e.obj, e.from, this.racePayloads.push({ to: e.to, thread: e.thread }) - 1);
      case 'brc':
        return this.row(kindCode('brc'), BRC_ACTIONS.indexOf(e.action), e.step, e.line, e.obj, e.thread, 0);
    }
  }

  /** Moves the read cursor to row `i` (from its checkpoint unless `i` is a little ahead of the cursor). */
  private seek(i: number): void {
    if (i < this.readIndex || i - this.readIndex >= CHECKPOINT) {
      const k = (i >>> CHECKPOINT_BITS) * 4;
      const cp = this.checkpoints;
      this.readIndex = (i >>> CHECKPOINT_BITS) << CHECKPOINT_BITS;
      this.readBlock = cp[k];
      this.readOffset = cp[k + 1];
      this.readStep = cp[k + 2];
      this.readLine = cp[k + 3];
      this.readScope = -1;
      this.readObj = 0;
    }
    while (this.readIndex < i) this.skipRow();
  }

  /** Reads the head of the row at the cursor, its step and line; leaves `readOffset` at its payload. */
  private readHead(): number {
    if (this.readOffset > BLOCK_WORDS - MAX_ROW_WORDS) {
      this.readBlock++;
      this.readOffset = 0;
    }
    const c = this.blocks[this.readBlock];
    const head = c[this.readOffset++];
    if ((head & KIND_MASK) === K_REF_COMPACT) {
      this.readStep += (head >>> COMPACT_STEP_SHIFT) & 3;
      this.readObj += head >> COMPACT_OBJ_SHIFT;
      return head;
    }
    const stepMode = (head >>> STEP_SHIFT) & 3;
    this.readStep = stepMode === STEP_EXPLICIT ? c[this.readOffset++] : this.readStep + stepMode;
    if (head & LINE_FOLLOWS) this.readLine = c[this.readOffset++];
    else if ((head & KIND_MASK) !== K_REF && head >>> COUNT_SHIFT !== 0) this.readLine = head >>> COUNT_SHIFT;
    return head;
  }

  private skipRow(): void {
    const head = this.readHead();
    const kind = head & KIND_MASK;
    if (kind === K_REF) {
      this.readObj = this.blocks[this.readBlock][this.readOffset];
      this.readOffset += 1 + ((head >>> COUNT_SHIFT) === COUNT_ASIDE ? 1 : 0) + (head & LABEL_FOLLOWS ? 1 : 0);
    } else if (kind === K_LINE_OF_THREAD) this.readLineScope(head);
    else if (kind !== K_REF_COMPACT) this.readOffset += POPCOUNT[PAYLOAD[kind]];
    this.readIndex++;
  }

  /** A line row's scope: its own word, or the previous line row's. */
  private readLineScope(head: number): number {
    if (head & LABEL_FOLLOWS) this.readScope = this.blocks[this.readBlock][this.readOffset++];
    return this.readScope;
  }

  at(i: number): TraceEvent {
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) return undefined as unknown as TraceEvent;
    this.seek(i);
    const head = this.readHead();
    const c = this.blocks[this.readBlock];
    const step = this.readStep;
    const line = this.readLine;
    const d = (head >>> D_SHIFT) & 0xff;
    this.readIndex++;
    if ((head & KIND_MASK) === K_REF_COMPACT) {
      const field = (head >>> COMPACT_COUNT_SHIFT) & (COMPACT_COUNT_LIMIT - 1);
      const from = field < COMPACT_COUNT_DIRECT_LIMIT ? field : this.countBase + field - COMPACT_NEAR_BASE_ZERO;
      const down = (head & COMPACT_DECREMENT) !== 0;
      const cause = CAUSE_NAMES[(head >>> COMPACT_CAUSE_SHIFT) & 0x1f];
      return { kind: 'ref', step, obj: this.readObj, from, to: down ? from - 1 : from + 1, cause, label: '', line };
    }
    const kind = KINDS[head & KIND_MASK];
    if (kind === 'ref') {
      const obj = c[this.readOffset++];
      this.readObj = obj;
      const field = head >>> COUNT_SHIFT;
      const from = field < COUNT_DIRECT_LIMIT ? field : field === COUNT_ASIDE ? c[this.readOffset++] : this.countBase + field - NEAR_BASE_ZERO;
      const s = head & LABEL_FOLLOWS ? c[this.readOffset++] : 0;
      const e: TraceEvent = { kind: 'ref', step, obj, from, to: d & DECREMENT ? from - 1 : from + 1, cause: CAUSE_NAMES[d & CAUSE_MASK], label: s < 0 ? `#${-s}` : this.strings[s], line };
      if (d & SHARED) e.shared = true;
      return e;
    }
    if ((head & KIND_MASK) === K_LINE_OF_THREAD) return { kind: 'line', step, thread: d, line, scope: this.strings[this.readLineScope(head)] };
    const mask = PAYLOAD[head & KIND_MASK];
    const a = mask & 1 ? c[this.readOffset++] : 0;
    const b = mask & 2 ? c[this.readOffset++] : 0;
    const s = mask & 4 ? c[this.readOffset++] : 0;
    switch (kind) {
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

  /** Bytes the log holds (its blocks and checkpoints; for the benchmark's memory figures). */
  get byteSize(): number {
    return this.blocks.length * BLOCK_WORDS * 4 + this.checkpoints.byteLength;
  }
}
