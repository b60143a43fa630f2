// The event trace, stored column-wise in typed arrays: a run can record tens of millions of
// refcount events, which as JS objects would not fit in memory. Strings (labels, names,
// previews) are interned once. `at(i)` and `toArray()` give back plain TraceEvent objects.

import type { TraceEvent, RefCause, EventSource } from './events';

const KINDS = ['ref', 'alloc', 'free', 'line', 'bind', 'frame-enter', 'frame-exit', 'output'] as const;
type Kind = (typeof KINDS)[number];
const KIND_CODE = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));

const CAUSES: readonly RefCause[] = [
  'new', 'name', 'local', 'cell', 'stack', 'argument', 'slot', 'attribute', 'const', 'method', 'iterator', 'frame',
  'exception', 'type', 'function', 'return', 'owner-freed', 'module', 'internal',
];
const CAUSE_CODE = Object.fromEntries(CAUSES.map((c, i) => [c, i])) as Record<RefCause, number>;

export class EventLog implements EventSource {
  length = 0;
  private capacity = 0;
  private kind = new Uint8Array(0);
  private step = new Int32Array(0);
  private a = new Int32Array(0);
  private b = new Int32Array(0);
  private c = new Int32Array(0);
  private d = new Uint8Array(0);
  private s = new Int32Array(0);
  private line = new Int32Array(0);
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  /** Per-event texts that rarely repeat (object previews, printed output): not interned. */
  private readonly texts: string[] = [];
  private lastString = '';
  private lastStringIndex = 0;

  constructor(initialCapacity = 1024) {
    this.grow(initialCapacity);
  }

  private grow(min: number): void {
    const capacity = Math.max(min, this.capacity * 2);
    const copy = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.kind = copy(this.kind, (n) => new Uint8Array(n));
    this.step = copy(this.step, (n) => new Int32Array(n));
    this.a = copy(this.a, (n) => new Int32Array(n));
    this.b = copy(this.b, (n) => new Int32Array(n));
    this.c = copy(this.c, (n) => new Int32Array(n));
    this.d = copy(this.d, (n) => new Uint8Array(n));
    this.s = copy(this.s, (n) => new Int32Array(n));
    this.line = copy(this.line, (n) => new Int32Array(n));
    this.capacity = capacity;
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

  private row(kind: Kind, step: number, line: number): number {
    if (this.length === this.capacity) this.grow(this.capacity + 1);
    const i = this.length++;
    this.kind[i] = KIND_CODE.get(kind) as number;
    this.step[i] = step;
    this.line[i] = line;
    return i;
  }

  /** The hot path: one reference-count change. */
  ref(step: number, obj: number, from: number, to: number, cause: RefCause, label: string, line: number): void {
    if (this.length === this.capacity) this.grow(this.capacity + 1);
    const i = this.length++;
    this.kind[i] = 0; // 'ref'
    this.step[i] = step;
    this.line[i] = line;
    this.a[i] = obj;
    this.b[i] = from;
    this.c[i] = to;
    this.d[i] = CAUSE_CODE[cause];
    this.s[i] = label === '' ? 0 : this.str(label);
  }

  push(e: TraceEvent): void {
    switch (e.kind) {
      case 'ref':
        this.ref(e.step, e.obj, e.from, e.to, e.cause, e.label, e.line);
        return;
      case 'alloc': {
        const i = this.row('alloc', e.step, e.line);
        this.a[i] = e.obj;
        this.s[i] = this.str(e.type);
        this.b[i] = this.texts.push(e.preview) - 1;
        return;
      }
      case 'free': {
        const i = this.row('free', e.step, e.line);
        this.a[i] = e.obj;
        return;
      }
      case 'line': {
        const i = this.row('line', e.step, e.line);
        this.a[i] = e.thread;
        this.s[i] = this.str(e.scope);
        return;
      }
      case 'bind': {
        const i = this.row('bind', e.step, e.line);
        this.a[i] = e.frame;
        this.b[i] = e.obj ?? -1;
        this.s[i] = this.str(e.name);
        return;
      }
      case 'frame-enter':
      case 'frame-exit': {
        const i = this.row(e.kind, e.step, e.line);
        this.a[i] = e.frame;
        this.s[i] = this.str(e.name);
        return;
      }
      case 'output': {
        const i = this.row('output', e.step, 0);
        this.d[i] = e.stream === 'stdout' ? 0 : 1;
        this.s[i] = this.texts.push(e.text) - 1;
        return;
      }
    }
  }

  at(i: number): TraceEvent {
    if (i < 0) i += this.length;
    const step = this.step[i];
    const line = this.line[i];
    switch (KINDS[this.kind[i]]) {
      case 'ref':
        return { kind: 'ref', step, obj: this.a[i], from: this.b[i], to: this.c[i], cause: CAUSES[this.d[i]], label: this.strings[this.s[i]], line };
      case 'alloc':
        return { kind: 'alloc', step, obj: this.a[i], type: this.strings[this.s[i]], preview: this.texts[this.b[i]], line };
      case 'free':
        return { kind: 'free', step, obj: this.a[i], line };
      case 'line':
        return { kind: 'line', step, thread: this.a[i], line, scope: this.strings[this.s[i]] };
      case 'bind':
        return { kind: 'bind', step, frame: this.a[i], name: this.strings[this.s[i]], obj: this.b[i] < 0 ? null : this.b[i], line };
      case 'frame-enter':
      case 'frame-exit':
        return { kind: KINDS[this.kind[i]] as 'frame-enter' | 'frame-exit', step, frame: this.a[i], name: this.strings[this.s[i]], line };
      case 'output':
        return { kind: 'output', step, stream: this.d[i] === 0 ? 'stdout' : 'stderr', text: this.texts[this.s[i]] };
    }
  }

  toArray(): TraceEvent[] {
    const out: TraceEvent[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }

  /** Bytes held by the columns (for the benchmark's memory figures). */
  get byteSize(): number {
    return this.capacity * (1 + 4 + 4 + 4 + 4 + 1 + 4 + 4);
  }
}
