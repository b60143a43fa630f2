// The event trace, packed into typed arrays: a run can record tens of millions of refcount
// events, which as JS objects would not fit in memory. Strings (labels, names,
// previews) are interned once. `at(i)` and `toArray()` give back plain TraceEvent objects.

import { Cause, CAUSE_NAMES } from './events';
import { newTraceBlock } from './block-source';
import { ChunkedList } from './chunked-list';
import type { TraceEvent, RefCause, EventSource, GcPhase, ThreadEventState, GilAction, BrcAction } from './events';

/** What a reference change says of its holder: a name or slot, or the id of the object that held it (an owner). */
export type RefLabel = string | number;

/**
 * Row codes (4 bits). A row's code is its kind's, except for the variants of the hot kinds: a ref row
 * of one word (15) or of one word and a label (13), a line row of a thread whose serial fits the flags
 * byte (14), and the free-threaded build's rare brc and race rows sharing one code (12).
 */
const K_REF = 0;
const K_ALLOC = 1;
const K_FREE = 2;
const K_LINE = 3;
const K_BIND = 4;
const K_FRAME_ENTER = 5;
const K_FRAME_EXIT = 6;
const K_OUTPUT = 7;
const K_GC = 8;
const K_GC_TRACK = 9;
const K_THREAD = 10;
const K_GIL = 11;
const K_BRC_OR_RACE = 12;
const K_REF_COMPACT_LABELLED = 13;
const K_LINE_OF_THREAD = 14;
const K_REF_COMPACT = 15;

/** A ref event's cause, from the name a TraceEvent carries (push() only; the simulator passes Causes). */
const CAUSE_OF = new Map<RefCause, Cause>(CAUSE_NAMES.map((c, i) => [c, i]));
const DECREMENT = 0x80;
/** 3.13t: the change went to the shared count (RefEvent.shared). */
const SHARED = 0x40;
const CAUSE_MASK = 0x3f;
const BRC_ACTIONS: readonly BrcAction[] = ['queue', 'merge'];
/** A K_BRC_OR_RACE row's flag: a race row (its new count and thread go aside). */
const RACE = 0x80;

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
 * straddles two blocks). Writing fresh memory is most of what recording costs on a long run (each new
 * page is a fault, which on a VM costs microseconds), so a row holds only what the rows before it do
 * not already say. Writer and reader keep the same context (`RowContext`): the last step and line, the
 * last ref's object, four object bases, the last freed and allocated objects, the last bind and frame.
 *
 *   head  kind (4 bits) | flags `d` (8) | step mode (2) | line follows (1) | label follows (1) | count (16)
 *   [step]   when the step is not the previous row's step + 0, 1 or 2 (step mode 3)
 *   [line]   when the line differs from the previous row's, unless the head's top 16 bits hold it (any
 *            row but a ref: a nonzero field there is the new line)
 *   payload  what the kind's flags do not make implicit (see the writers below).
 *
 * A ref's count field holds counts below 0x8000, and counts near the log's `countBase`: 3.11's small
 * ints start at a billion references (versions.ts), and they are half of the changes of arithmetic code.
 *
 * Most refs fit one word, a compact ref row (15; 13 adds a label word): not shared, the previous row's
 * line, a step 0–2 past it, a small count, and an object near one of four bases:
 *   kind (4) | cause (5) | decrement (1) | step delta (2) | count (9) | base (2) | object − base (9, signed)
 * Programs touch a few regions of ids at once (the small ints made at start-up, the objects made just
 * now, a function and its code): each base follows one region. A compact owner-freed row whose owner
 * is the last freed object has no label word.
 *
 * Reading is sequential from a checkpoint (every CHECKPOINT rows: the row's position, the step, line
 * and text index before it; the rest of the context starts empty), with a cursor so that reading in
 * order costs one row's decoding per event, and reading at random at most CHECKPOINT rows' (1–3 µs).
 */
const BLOCK_WORDS = 1 << 18;
/** The longest row: head, step, line and three payload words. */
const MAX_ROW_WORDS = 6;
const CHECKPOINT_BITS = 8;
const CHECKPOINT = 1 << CHECKPOINT_BITS;
/** Rows between two checkpoints (for tests of what happens across one). */
export const CHECKPOINT_ROWS = CHECKPOINT;
/** A checkpoint's words: the row's position (block × BLOCK_WORDS + offset, unsigned), step, line, text index. */
const CHECKPOINT_WORDS = 4;
/** Checkpoints are kept in chunks of this many (never copied to grow). */
const CHECKPOINT_CHUNK_BITS = 14;
const CHECKPOINT_CHUNK_WORDS = (1 << CHECKPOINT_CHUNK_BITS) * CHECKPOINT_WORDS;
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
const COMPACT_BASE_SHIFT = 21;
const COMPACT_DELTA_SHIFT = 23;
const COMPACT_OBJ_REACH = 1 << 8;
/** The largest line a head holds (its count field, on rows other than refs). */
const HEAD_LINE_LIMIT = 0xffff;

/**
 * Alloc flags: the object is the last allocated one's id + 1; its type is the last alloc's; its preview
 * is an int32 in a payload word (most allocations are ints); its preview is the last text preview's;
 * its preview is `<type name>` (what objects without a repr of their own show: instances, dicts).
 * Other previews go to `texts`.
 */
const ALLOC_NEXT = 1;
const ALLOC_SAME_TYPE = 2;
const ALLOC_INT_PREVIEW = 4;
const ALLOC_SAME_PREVIEW = 8;
const ALLOC_TYPE_PREVIEW = 16;
/** Free flag: the object is the last ref row's. */
const FREE_LAST_REF = 1;
/** Bind flags: the frame and the name are the last bind's; the object is the last allocated one. */
const BIND_SAME_FRAME = 1;
const BIND_SAME_NAME = 2;
const BIND_LAST_ALLOC = 4;
/** Frame rows: d's low 7 bits are the frame's id − the last frame row's (signed), or FRAME_ASIDE; bit 7: the same name. */
const FRAME_DELTA_MASK = 0x7f;
const FRAME_ASIDE = 0x40;
const FRAME_SAME_NAME = 0x80;
/** Payload words of the generic rows, as a mask of a (1), b (2), s (4), by code. */
const PAYLOAD = [0, 0, 0, 5, 0, 0, 0, 0, 3, 3, 7, 3, 3, 0, 0, 0];
/** Object ids per chunk of the address table. */
const ADDRESS_CHUNK_BITS = 14;
/** Slots of the string cache (a power of two). */
const STRING_CACHE = 64;

/**
 * What a row may leave unsaid because an earlier row said it: kept alike by the writer and the reader,
 * emptied at each checkpoint (the step, line and text index are saved there instead).
 */
class RowContext {
  /** The last ref row's object. */
  refObj = 0;
  /** Four object bases for compact ref rows, and the one an object far from all of them replaces next. */
  base0 = 0;
  base1 = 0;
  base2 = 0;
  base3 = 0;
  victim = 0;
  freed = 0;
  alloc = 0;
  allocType = -1;
  /** The last alloc's preview taken from `texts` (null: none since the checkpoint). */
  allocText: string | number | null = null;
  bindFrame = -1;
  bindName = -1;
  frame = 0;
  frameName = -1;
  /** The scope of the last line row (-1: none yet, the next one says it). */
  scope = -1;

  clear(): void {
    this.refObj = 0;
    this.base0 = this.base1 = this.base2 = this.base3 = 0;
    this.victim = 0;
    this.freed = 0;
    this.alloc = 0;
    this.allocType = -1;
    this.allocText = null;
    this.bindFrame = -1;
    this.bindName = -1;
    this.frame = 0;
    this.frameName = -1;
    this.scope = -1;
  }

  /** The base `obj` is near (0–3), or -1. */
  nearBase(obj: number): number {
    if ((obj - this.base0 + COMPACT_OBJ_REACH) >>> 0 < 2 * COMPACT_OBJ_REACH) return 0;
    if ((obj - this.base1 + COMPACT_OBJ_REACH) >>> 0 < 2 * COMPACT_OBJ_REACH) return 1;
    if ((obj - this.base2 + COMPACT_OBJ_REACH) >>> 0 < 2 * COMPACT_OBJ_REACH) return 2;
    if ((obj - this.base3 + COMPACT_OBJ_REACH) >>> 0 < 2 * COMPACT_OBJ_REACH) return 3;
    return -1;
  }

  baseOf(k: number): number {
    return k === 0 ? this.base0 : k === 1 ? this.base1 : k === 2 ? this.base2 : this.base3;
  }

  setBase(k: number, obj: number): void {
    if (k === 0) this.base0 = obj;
    else if (k === 1) this.base1 = obj;
    else if (k === 2) this.base2 = obj;
    else this.base3 = obj;
  }

  /** A ref row's object moves the base it is near, else replaces the oldest replaced one. */
  noteRef(obj: number, k: number): void {
    this.refObj = obj;
    if (k < 0) {
      k = this.victim;
      this.victim = (k + 1) & 3;
    }
    this.setBase(k, obj);
  }
}

export class EventLog implements EventSource {
  length = 0;
  private readonly blocks: Int32Array[] = [];
  private current: Int32Array = new Int32Array(0);
  /** Where the next row goes in `current` (a full offset forces a new block). */
  private offset = BLOCK_WORDS;
  /** The last row's step and line (what the next row is written against). */
  private lastStep = 0;
  private lastLine = 0;
  private readonly w = new RowContext();
  /** Per checkpoint: the row's position, and the step, line and text index before it. */
  private readonly checkpointChunks: Int32Array[] = [];
  /** Reading: the next row's index, block, offset, and the step, line and text index before it. */
  private readIndex = 0;
  private readBlock = 0;
  private readOffset = 0;
  private readStep = 0;
  private readLine = 0;
  private readText = 0;
  private readonly r = new RowContext();
  /** The row `decode` read: its code, flags, payload (a, b, s), label (0 none, > 0 a string, < 0 an owner), an alloc's preview. */
  private rowCode = 0;
  private rowD = 0;
  private rowHead = 0;
  private rowA = 0;
  private rowB = 0;
  private rowS = 0;
  private rowLabel = 0;
  private rowPreview: string | number = '';
  /** Counts near this one fit a ref row's head (see COUNT_DIRECT_LIMIT). */
  constructor(private readonly countBase = 0) {}
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  /**
   * Per-event texts that rarely repeat (object previews, printed output): not interned, and taken in
   * order by output rows and the alloc rows whose preview is in no payload word (a row's text is the
   * next one). An int's preview too big for a word is kept as its number, made a string when read.
   */
  private readonly texts = new ChunkedList<string | number>();
  /** `<name>` by interned type name (ALLOC_TYPE_PREVIEW). */
  private readonly typePreviews: string[] = [];
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

  /** Where each object was placed (allocator units, by object id, in chunks; 0: a static object): what id() showed. */
  private readonly addressChunks: Int32Array[] = [];

  noteAddress(obj: number, address: number): void {
    const chunk = obj >>> ADDRESS_CHUNK_BITS;
    while (this.addressChunks.length <= chunk) this.addressChunks.push(new Int32Array(1 << ADDRESS_CHUNK_BITS));
    this.addressChunks[chunk][obj & ((1 << ADDRESS_CHUNK_BITS) - 1)] = address;
  }

  addressOf(obj: number): number {
    return this.addressChunks[obj >>> ADDRESS_CHUNK_BITS]?.[obj & ((1 << ADDRESS_CHUNK_BITS) - 1)] ?? 0;
  }

  /** `<name>` for the interned type name `t`, made once. */
  private typePreviewOf(t: number): string {
    return (this.typePreviews[t] ??= `<${this.strings[t]}>`);
  }

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

  // ---- writing ---------------------------------------------------------------------------

  /** Room for the longest row, a checkpoint every CHECKPOINT rows; counts the row. */
  private makeRoom(): void {
    if (this.offset > BLOCK_WORDS - MAX_ROW_WORDS) {
      this.current = newTraceBlock(BLOCK_WORDS);
      this.blocks.push(this.current);
      this.offset = 0;
    }
    if ((this.length & (CHECKPOINT - 1)) === 0) this.checkpoint();
    this.length++;
  }

  /**
   * Starts a row: room, its step and line words. Returns the offset of its payload; `finish` writes the
   * head once the payload's flags are known.
   */
  private begin(step: number, line: number, lineInHead: boolean): number {
    this.makeRoom();
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
    this.headBits = bits;
    return w;
  }
  /** The step and line bits of the row `begin` started. */
  private headBits = 0;

  /** Writes the head of the row `begin` started and moves past its payload (which ends at `end`). */
  private finish(kind: number, d: number, end: number, extra = 0): void {
    this.current[this.offset] = kind | (d << D_SHIFT) | this.headBits | extra;
    this.offset = end;
  }

  private checkpoint(): void {
    const n = this.length >>> CHECKPOINT_BITS;
    const j = n >>> CHECKPOINT_CHUNK_BITS;
    if (j === this.checkpointChunks.length) this.checkpointChunks.push(new Int32Array(CHECKPOINT_CHUNK_WORDS));
    const cp = this.checkpointChunks[j];
    const k = (n & ((1 << CHECKPOINT_CHUNK_BITS) - 1)) * CHECKPOINT_WORDS;
    cp[k] = (this.blocks.length - 1) * BLOCK_WORDS + this.offset;
    cp[k + 1] = this.lastStep;
    cp[k + 2] = this.lastLine;
    cp[k + 3] = this.texts.length;
    this.w.clear();
  }

  /** A row of another kind than the hot ones: its payload words (PAYLOAD[kind] says which of a, b, s). */
  private row(kind: number, d: number, step: number, line: number, a: number, b: number, s: number): void {
    let w = this.begin(step, line, true);
    const c = this.current;
    const mask = kind === K_BRC_OR_RACE && (d & RACE) !== 0 ? 7 : PAYLOAD[kind];
    if (mask & 1) c[w++] = a;
    if (mask & 2) c[w++] = b;
    if (mask & 4) c[w++] = s;
    this.finish(kind, d, w);
  }

  /**
   * A ref row: `d` holds the cause, the direction and the shared flag; `label` an interned index, or
   * -owner for a reference an owner's freeing released.
   */
  private refRow(d: number, step: number, obj: number, from: number, label: number, line: number): void {
    this.makeRoom();
    const x = this.w;
    const stepDelta = step - this.lastStep;
    // Unsigned compares: one test per range.
    if ((d & SHARED) === 0 && line === this.lastLine && stepDelta >>> 0 < STEP_EXPLICIT) {
      const count = from >>> 0 < COMPACT_COUNT_DIRECT_LIMIT ? from : from - this.countBase + COMPACT_NEAR_BASE_ZERO;
      const k = count >>> 0 < COMPACT_COUNT_LIMIT && (from >>> 0 < COMPACT_COUNT_DIRECT_LIMIT || count >= COMPACT_COUNT_DIRECT_LIMIT) ? x.nearBase(obj) : -1;
      if (k >= 0) {
        const word = ((d & CAUSE_MASK) << COMPACT_CAUSE_SHIFT) | ((d & DECREMENT) << COMPACT_DECREMENT_FROM_D) | (stepDelta << COMPACT_STEP_SHIFT)
          | (count << COMPACT_COUNT_SHIFT) | (k << COMPACT_BASE_SHIFT) | ((obj - x.baseOf(k)) << COMPACT_DELTA_SHIFT);
        x.noteRef(obj, k);
        this.lastStep = step;
        const c = this.current;
        // An owner-freed row names its owner, unless the owner is the object freed last; a compact row
        // of another cause without a label has no label word.
        const implied = (d & CAUSE_MASK) === Cause.OwnerFreed ? label === -x.freed : label === 0;
        if (implied) c[this.offset++] = K_REF_COMPACT | word;
        else {
          c[this.offset++] = K_REF_COMPACT_LABELLED | word;
          c[this.offset++] = label;
        }
        return;
      }
    }
    const c = this.current;
    let w = this.offset + 1;
    let head = K_REF | (d << D_SHIFT);
    if (stepDelta >= 0 && stepDelta < STEP_EXPLICIT) head |= stepDelta << STEP_SHIFT;
    else {
      head |= STEP_EXPLICIT << STEP_SHIFT;
      c[w++] = step;
    }
    this.lastStep = step;
    if (line !== this.lastLine) {
      head |= LINE_FOLLOWS;
      c[w++] = line;
      this.lastLine = line;
    }
    c[w++] = obj;
    x.noteRef(obj, x.nearBase(obj));
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
  ref(step: number, obj: number, from: number, to: number, cause: Cause, label: RefLabel, line: number): void {
    this.refRow(cause | (to < from ? DECREMENT : 0), step, obj, from, this.labelIndex(label), line);
  }

  /**
   * A ref row's label: 0 for none, an interned string, or -owner for an owner's id (read back as `#<id>`:
   * the collector's tp_clear gives one per object it clears, which as strings filled the intern table).
   */
  private labelIndex(label: RefLabel): number {
    if (typeof label === 'number') return -label;
    return label === '' ? 0 : this.str(label);
  }

  /** 3.13t: a change of an object's shared count (a thread other than its owner, or a merged object). */
  refShared(step: number, obj: number, from: number, to: number, cause: Cause, label: RefLabel, line: number): void {
    this.refRow(cause | (to < from ? DECREMENT : 0) | SHARED, step, obj, from, this.labelIndex(label), line);
  }

  /** A reference released because its holder `ownerId` was freed: the label `#<id>` is kept as the number. */
  refFromFreed(step: number, obj: number, from: number, to: number, ownerId: number, line: number, shared = false): void {
    this.refRow(Cause.OwnerFreed | (to < from ? DECREMENT : 0) | (shared ? SHARED : 0), step, obj, from, -ownerId, line);
  }

  /** The other hot paths, without building an event object: an allocation and a free. */
  alloc(step: number, obj: number, type: string, preview: string | number, line: number): void {
    let w = this.begin(step, line, true);
    const x = this.w;
    const c = this.current;
    const t = this.str(type);
    let d = 0;
    if (obj === x.alloc + 1) d |= ALLOC_NEXT;
    else c[w++] = obj;
    if (t === x.allocType) d |= ALLOC_SAME_TYPE;
    else c[w++] = t;
    x.alloc = obj;
    x.allocType = t;
    if (typeof preview === 'number' && (preview | 0) === preview && !Object.is(preview, -0)) {
      d |= ALLOC_INT_PREVIEW;
      c[w++] = preview;
    } else if (preview === x.allocText) d |= ALLOC_SAME_PREVIEW;
    else if (preview === this.typePreviewOf(t)) d |= ALLOC_TYPE_PREVIEW;
    else {
      this.texts.push(preview);
      x.allocText = preview;
    }
    this.finish(K_ALLOC, d, w);
  }

  free(step: number, obj: number, line: number): void {
    let w = this.begin(step, line, true);
    const x = this.w;
    let d = 0;
    if (obj === x.refObj) d = FREE_LAST_REF;
    else this.current[w++] = obj;
    x.freed = obj;
    this.finish(K_FREE, d, w);
  }

  /** A line starts running (the other per-instruction rows, also without an event object). */
  line(step: number, thread: number, line: number, scope: string): void {
    if (thread < 0 || thread >= 256) return this.row(K_LINE, 0, step, line, thread, 0, this.str(scope));
    let w = this.begin(step, line, true);
    const s = this.str(scope);
    let extra = 0;
    if (s !== this.w.scope) {
      extra = LABEL_FOLLOWS;
      this.current[w++] = s;
      this.w.scope = s;
    }
    this.finish(K_LINE_OF_THREAD, thread, w, extra);
  }

  /** A name bound to `obj` (an object id), or unbound (`obj` -1). */
  bind(step: number, frame: number, name: string, obj: number, line: number): void {
    let w = this.begin(step, line, true);
    const x = this.w;
    const c = this.current;
    const s = this.str(name);
    let d = 0;
    if (frame === x.bindFrame) d |= BIND_SAME_FRAME;
    else c[w++] = frame;
    if (obj === x.alloc) d |= BIND_LAST_ALLOC;
    else c[w++] = obj;
    if (s === x.bindName) d |= BIND_SAME_NAME;
    else c[w++] = s;
    x.bindFrame = frame;
    x.bindName = s;
    this.finish(K_BIND, d, w);
  }

  /** A frame pushed or popped. */
  frame(kind: 'frame-enter' | 'frame-exit', step: number, frame: number, name: string, line: number): void {
    let w = this.begin(step, line, true);
    const x = this.w;
    const c = this.current;
    const s = this.str(name);
    const delta = frame - x.frame;
    let d: number;
    if (delta > -FRAME_ASIDE && delta < FRAME_ASIDE) d = delta & FRAME_DELTA_MASK;
    else {
      d = FRAME_ASIDE;
      c[w++] = frame;
    }
    if (s === x.frameName) d |= FRAME_SAME_NAME;
    else c[w++] = s;
    x.frame = frame;
    x.frameName = s;
    this.finish(kind === 'frame-enter' ? K_FRAME_ENTER : K_FRAME_EXIT, d, w);
  }

  /** The collector started or stopped tracking an object (a generation, or -1), without an event object. */
  gcTrack(step: number, obj: number, generation: number, line: number): void {
    this.row(K_GC_TRACK, 0, step, line, obj, generation, 0);
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
        this.row(K_OUTPUT, e.stream === 'stdout' ? 0 : 1, e.step, this.lastLine, 0, 0, 0);
        this.texts.push(e.text);
        return;
      case 'gc':
        return this.row(K_GC, GC_PHASE_CODE.get(e.phase) as number, e.step, e.line, e.generation, this.gcPayloads.push({ objects: e.objects, values: e.values }) - 1, 0);
      case 'gc-track':
        return this.gcTrack(e.step, e.obj, e.generation, e.line);
      case 'thread':
        return this.row(K_THREAD, THREAD_STATE_CODE.get(e.state) as number, e.step, e.line, packThread(e.thread, e.timeNs), Math.floor(e.timeNs / NS_PER_US), this.str(e.detail));
      case 'gil':
        return this.row(K_GIL, GIL_ACTION_CODE.get(e.action) as number, e.step, e.line, packThread(e.thread, e.timeNs), Math.floor(e.timeNs / NS_PER_US), 0);
      case 'race':
        // Rare (the hypothetical interpreter's lost updates): the new count and the thread go aside.
        return this.row(K_BRC_OR_RACE, RACE, e.step, e.line, e.obj, e.from, this.racePayloads.push({ to: e.to, thread: e.thread }) - 1);
      case 'brc':
        return this.row(K_BRC_OR_RACE, BRC_ACTIONS.indexOf(e.action), e.step, e.line, e.obj, e.thread, 0);
    }
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Moves the read cursor to row `i` (from its checkpoint unless `i` is a little ahead of the cursor). */
  private seek(i: number): void {
    if (i < this.readIndex || i - this.readIndex >= CHECKPOINT) {
      const n = i >>> CHECKPOINT_BITS;
      const cp = this.checkpointChunks[n >>> CHECKPOINT_CHUNK_BITS];
      const k = (n & ((1 << CHECKPOINT_CHUNK_BITS) - 1)) * CHECKPOINT_WORDS;
      const position = cp[k] >>> 0;
      this.readIndex = n << CHECKPOINT_BITS;
      this.readBlock = Math.floor(position / BLOCK_WORDS);
      this.readOffset = position % BLOCK_WORDS;
      this.readStep = cp[k + 1];
      this.readLine = cp[k + 2];
      this.readText = cp[k + 3];
      this.r.clear();
    }
    while (this.readIndex < i) this.decode();
  }

  /**
   * Reads the row at the cursor into the row fields and the reading context (its step and line in
   * readStep/readLine; an output row's text is texts[rowS], an alloc's preview rowPreview).
   */
  private decode(): void {
    if (this.readOffset > BLOCK_WORDS - MAX_ROW_WORDS) {
      this.readBlock++;
      this.readOffset = 0;
    }
    const c = this.blocks[this.readBlock];
    const x = this.r;
    // The writer emptied its context where a checkpoint starts, also when reading goes on past one.
    if ((this.readIndex & (CHECKPOINT - 1)) === 0) x.clear();
    const head = c[this.readOffset++];
    const code = head & KIND_MASK;
    this.readIndex++;
    this.rowCode = code;
    this.rowHead = head;
    if (code === K_REF_COMPACT || code === K_REF_COMPACT_LABELLED) {
      this.readStep += (head >>> COMPACT_STEP_SHIFT) & 3;
      const k = (head >>> COMPACT_BASE_SHIFT) & 3;
      const obj = x.baseOf(k) + (head >> COMPACT_DELTA_SHIFT);
      x.noteRef(obj, k);
      this.rowA = obj;
      if (code === K_REF_COMPACT_LABELLED) this.rowLabel = c[this.readOffset++];
      else this.rowLabel = ((head >>> COMPACT_CAUSE_SHIFT) & 0x1f) === Cause.OwnerFreed ? -x.freed : 0;
      return;
    }
    const d = (head >>> D_SHIFT) & 0xff;
    this.rowD = d;
    const stepMode = (head >>> STEP_SHIFT) & 3;
    this.readStep = stepMode === STEP_EXPLICIT ? c[this.readOffset++] : this.readStep + stepMode;
    if (head & LINE_FOLLOWS) this.readLine = c[this.readOffset++];
    else if (code !== K_REF && head >>> COUNT_SHIFT !== 0) this.readLine = head >>> COUNT_SHIFT;
    switch (code) {
      case K_REF: {
        const obj = c[this.readOffset++];
        x.noteRef(obj, x.nearBase(obj));
        this.rowA = obj;
        this.rowB = head >>> COUNT_SHIFT === COUNT_ASIDE ? c[this.readOffset++] : 0;
        this.rowLabel = head & LABEL_FOLLOWS ? c[this.readOffset++] : 0;
        return;
      }
      case K_ALLOC:
        x.alloc = d & ALLOC_NEXT ? x.alloc + 1 : c[this.readOffset++];
        if (!(d & ALLOC_SAME_TYPE)) x.allocType = c[this.readOffset++];
        this.rowA = x.alloc;
        if (d & ALLOC_INT_PREVIEW) this.rowPreview = c[this.readOffset++];
        else if (d & ALLOC_SAME_PREVIEW) this.rowPreview = x.allocText as string | number;
        else if (d & ALLOC_TYPE_PREVIEW) this.rowPreview = this.typePreviewOf(x.allocType);
        else this.rowPreview = x.allocText = this.texts.get(this.readText++);
        return;
      case K_FREE:
        x.freed = d & FREE_LAST_REF ? x.refObj : c[this.readOffset++];
        this.rowA = x.freed;
        return;
      case K_BIND:
        if (!(d & BIND_SAME_FRAME)) x.bindFrame = c[this.readOffset++];
        this.rowB = d & BIND_LAST_ALLOC ? x.alloc : c[this.readOffset++];
        if (!(d & BIND_SAME_NAME)) x.bindName = c[this.readOffset++];
        return;
      case K_FRAME_ENTER:
      case K_FRAME_EXIT: {
        const delta = d & FRAME_DELTA_MASK;
        x.frame = delta === FRAME_ASIDE ? c[this.readOffset++] : x.frame + ((delta << 25) >> 25);
        if (!(d & FRAME_SAME_NAME)) x.frameName = c[this.readOffset++];
        return;
      }
      case K_LINE_OF_THREAD:
        if (head & LABEL_FOLLOWS) x.scope = c[this.readOffset++];
        return;
      case K_OUTPUT:
        this.rowS = this.readText++;
        return;
    }
    const mask = code === K_BRC_OR_RACE && (d & RACE) !== 0 ? 7 : PAYLOAD[code];
    this.rowA = mask & 1 ? c[this.readOffset++] : 0;
    this.rowB = mask & 2 ? c[this.readOffset++] : 0;
    this.rowS = mask & 4 ? c[this.readOffset++] : 0;
  }

  private labelText(label: number): string {
    return label < 0 ? `#${-label}` : this.strings[label];
  }

  at(i: number): TraceEvent {
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) return undefined as unknown as TraceEvent;
    this.seek(i);
    this.decode();
    const step = this.readStep;
    const line = this.readLine;
    const head = this.rowHead;
    const d = this.rowD;
    const x = this.r;
    switch (this.rowCode) {
      case K_REF_COMPACT:
      case K_REF_COMPACT_LABELLED: {
        const field = (head >>> COMPACT_COUNT_SHIFT) & (COMPACT_COUNT_LIMIT - 1);
        const from = field < COMPACT_COUNT_DIRECT_LIMIT ? field : this.countBase + field - COMPACT_NEAR_BASE_ZERO;
        const down = (head & COMPACT_DECREMENT) !== 0;
        const cause = CAUSE_NAMES[(head >>> COMPACT_CAUSE_SHIFT) & 0x1f];
        return { kind: 'ref', step, obj: this.rowA, from, to: down ? from - 1 : from + 1, cause, label: this.labelText(this.rowLabel), line };
      }
      case K_REF: {
        const field = head >>> COUNT_SHIFT;
        const from = field < COUNT_DIRECT_LIMIT ? field : field === COUNT_ASIDE ? this.rowB : this.countBase + field - NEAR_BASE_ZERO;
        const e: TraceEvent = { kind: 'ref', step, obj: this.rowA, from, to: d & DECREMENT ? from - 1 : from + 1, cause: CAUSE_NAMES[d & CAUSE_MASK], label: this.labelText(this.rowLabel), line };
        if (d & SHARED) e.shared = true;
        return e;
      }
      case K_LINE_OF_THREAD:
        return { kind: 'line', step, thread: d, line, scope: this.strings[x.scope] };
      case K_ALLOC:
        return { kind: 'alloc', step, obj: this.rowA, type: this.strings[x.allocType], preview: String(this.rowPreview), line };
      case K_FREE:
        return { kind: 'free', step, obj: this.rowA, line };
      case K_LINE:
        return { kind: 'line', step, thread: this.rowA, line, scope: this.strings[this.rowS] };
      case K_BIND:
        return { kind: 'bind', step, frame: x.bindFrame, name: this.strings[x.bindName], obj: this.rowB < 0 ? null : this.rowB, line };
      case K_FRAME_ENTER:
      case K_FRAME_EXIT:
        return { kind: this.rowCode === K_FRAME_ENTER ? 'frame-enter' : 'frame-exit', step, frame: x.frame, name: this.strings[x.frameName], line };
      case K_OUTPUT:
        return { kind: 'output', step, stream: d === 0 ? 'stdout' : 'stderr', text: this.texts.get(this.rowS) as string };
      case K_GC: {
        const p = this.gcPayloads[this.rowB];
        return { kind: 'gc', step, phase: GC_PHASES[d], generation: this.rowA, objects: p.objects, values: p.values, line };
      }
      case K_GC_TRACK:
        return { kind: 'gc-track', step, obj: this.rowA, generation: this.rowB, line };
      case K_THREAD: {
        const a = this.rowA;
        return { kind: 'thread', step, thread: Math.floor(a / NS_PER_US), state: THREAD_STATES[d], detail: this.strings[this.rowS], timeNs: this.rowB * NS_PER_US + (a % NS_PER_US), line };
      }
      case K_GIL: {
        const a = this.rowA;
        return { kind: 'gil', step, action: GIL_ACTIONS[d], thread: Math.floor(a / NS_PER_US), timeNs: this.rowB * NS_PER_US + (a % NS_PER_US), line };
      }
      case K_BRC_OR_RACE: {
        if (d & RACE) {
          const aside = this.racePayloads[this.rowS];
          return { kind: 'race', step, obj: this.rowA, from: this.rowB, to: aside.to, thread: aside.thread, line };
        }
        return { kind: 'brc', step, action: BRC_ACTIONS[d], obj: this.rowA, thread: this.rowB, line };
      }
    }
    throw new Error(`internal: trace row code ${this.rowCode}`);
  }

  toArray(): TraceEvent[] {
    const out: TraceEvent[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }

  /** Bytes the log holds (its blocks and checkpoints; for the benchmark's memory figures). */
  get byteSize(): number {
    return this.blocks.length * BLOCK_WORDS * 4 + this.checkpointChunks.length * CHECKPOINT_CHUNK_WORDS * 4;
  }
}
