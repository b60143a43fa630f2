// Replays the event trace up to a point and builds the view the editor shows: per-line annotations
// (the last run of each line), the object each name on a line denoted, and the named objects' details.

import type { EventSource, TraceEvent } from '../core/trace/events';
import type { StaticObject } from '../core/index';
import type { AnnotationItem, LineAnnotation, LineNames, ObjectRef, TraceView } from '../shared/protocol';
import { identifiersOnLine } from './identifiers';
import { ObjectLabeler, refcountValue, type ObjectFacts } from './objects';
import { collectDetails, type LiveFrame, type LiveObject } from './details';
import { GilMarkCollector } from './gil-marks';

/** Reference changes that do not outlive an instruction: a line is not annotated for those. */
export const TRANSIENT_CAUSES = new Set(['stack', 'argument', 'return', 'new']);

export interface WalkOptions {
  /** Index of the first event left out (`programEnd(events)` for the whole program). */
  endIndex: number;
  /** The line step shown, or null for the end of the program. */
  position: number | null;
  sourceLines: readonly string[];
  /** Objects that exist before the trace starts (`SteppedRun.staticObjects()`). */
  statics: readonly StaticObject[];
  /** Named objects whose details are sent (the first ones named). */
  maxObjects?: number;
}

/** Index of the event where the program ends: `<module>`'s frame exits, and interpreter shutdown begins. */
export function programEnd(events: EventSource): number {
  let moduleFrame: number | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'frame-enter' && moduleFrame === null && e.name === '<module>') moduleFrame = e.frame;
    else if (e.kind === 'frame-exit' && e.frame === moduleFrame) return i;
  }
  return events.length;
}

/** The index of every line event before `end`: step mode's positions. */
export function lineStepIndices(events: EventSource, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < end; i++) if ((events.at(i) as TraceEvent).kind === 'line') out.push(i);
  return out;
}

type Pending =
  | { kind: 'bound'; line: number; name: string; obj: number }
  | { kind: 'deleted'; line: number; name: string }
  | { kind: 'released' | 'changed' | 'freed'; line: number; obj: number };

interface LineRecord {
  runs: number;
  /** The segment (index of its line event) that last wrote the items. */
  stamp: number;
  items: Map<string, AnnotationItem>;
}

interface Segment {
  line: number;
  stamp: number;
  identifiers: Set<string>;
  names: Map<string, number>;
  pending: Pending[];
}

class TraceWalker {
  readonly objects = new Map<number, LiveObject>();
  readonly frames: LiveFrame[] = [];
  readonly labeler = new ObjectLabeler();
  readonly gil = new GilMarkCollector();
  private readonly lines = new Map<number, LineRecord>();
  private readonly lineNames = new Map<number, Map<string, number>>();
  private segment: Segment | null = null;
  private moduleFrame: LiveFrame | null = null;
  private readonly identifierCache = new Map<number, Set<string>>();
  steps = 0;

  constructor(private readonly sourceLines: readonly string[], statics: readonly StaticObject[]) {
    // Their count is only known from their first ref event (`from`).
    for (const s of statics) this.objects.set(s.id, { ...s, refcount: Number.NaN, allocLine: 0, startup: true, static: true });
  }

  visit(e: TraceEvent, index: number): void {
    this.steps = e.step;
    switch (e.kind) {
      case 'alloc':
        this.objects.set(e.obj, { id: e.obj, type: e.type, preview: e.preview, refcount: 1, allocLine: e.line, startup: e.line === 0, static: false });
        break;
      case 'ref': {
        const o = this.objects.get(e.obj) ?? this.placeholder(e.obj);
        o.refcount = e.to;
        // Statics' counts (None's...) change all the time and mean little: only ordinary objects are followed.
        if (this.labeler.has(e.obj) && !o.static && !TRANSIENT_CAUSES.has(e.cause)) this.pend({ kind: 'changed', line: e.line, obj: e.obj });
        break;
      }
      case 'free':
        if (this.labeler.has(e.obj)) this.pend({ kind: 'freed', line: e.line, obj: e.obj });
        this.objects.delete(e.obj);
        break;
      case 'line':
        this.startSegment(e.line, index);
        break;
      case 'bind':
        this.bind(e.frame, e.name, e.obj, e.line);
        break;
      case 'frame-enter': {
        const params = e.name === '<module>' ? new Set<string>() : this.identifiers(e.line);
        const frame: LiveFrame = { id: e.frame, name: e.name, bindings: new Map(), params };
        this.frames.push(frame);
        if (e.name === '<module>' && this.moduleFrame === null) this.moduleFrame = frame;
        break;
      }
      case 'frame-exit': {
        const i = this.frames.findIndex((f) => f.id === e.frame);
        if (i >= 0) this.frames.splice(i, 1);
        break;
      }
      case 'output':
      case 'gc':
      case 'gc-track':
        // The collector's own story belongs to the memory graph; the refs and frees it causes are events too.
        break;
      case 'thread':
      case 'gil':
        // The timelines are the timeline views'; the lines' GIL releases are marks of their annotations.
        this.gil.visit(e);
        break;
      case 'brc':
        // 3.13t: a count queued to or merged by its owner thread; the count changes are ref events.
        break;
      case 'race': {
        // The hypothetical interpreter without a GIL: a lost update left the count at `to`.
        const o = this.objects.get(e.obj) ?? this.placeholder(e.obj);
        o.refcount = e.to;
        if (this.labeler.has(e.obj) && !o.static) this.pend({ kind: 'changed', line: e.line, obj: e.obj });
        break;
      }
      default:
        assertNeverEvent(e);
    }
  }

  private placeholder(id: number): LiveObject {
    const o: LiveObject = { id, type: 'object', preview: '', refcount: 0, allocLine: 0, startup: true, static: true };
    this.objects.set(id, o);
    return o;
  }

  private facts(id: number): ObjectFacts {
    const o = this.objects.get(id);
    return o ?? { type: 'object', preview: '', startup: true, static: true };
  }

  private bind(frameId: number, name: string, obj: number | null, line: number): void {
    const frame = this.frames.find((f) => f.id === frameId);
    if (!frame) return;
    const old = frame.bindings.get(name);
    if (obj === null) frame.bindings.delete(name);
    else frame.bindings.set(name, obj);
    // Only names written on the line: class bodies bind `__module__` and `__qualname__` unseen.
    if (!this.identifiers(line).has(name)) return;
    if (obj === null) {
      this.pend({ kind: 'deleted', line, name });
    } else {
      this.labeler.label(obj, this.facts(obj));
      this.pend({ kind: 'bound', line, name, obj });
      const seg = this.segment;
      if (seg && seg.line === line && seg.identifiers.has(name)) seg.names.set(name, obj);
    }
    if (old !== undefined && old !== obj && this.labeler.has(old) && !this.objects.get(old)?.static) {
      this.pend({ kind: 'released', line, obj: old });
    }
  }

  private identifiers(line: number): Set<string> {
    let ids = this.identifierCache.get(line);
    if (!ids) {
      ids = identifiersOnLine(this.sourceLines[line - 1] ?? '');
      this.identifierCache.set(line, ids);
    }
    return ids;
  }

  private pend(p: Pending): void {
    if (this.segment) this.segment.pending.push(p);
  }

  private startSegment(line: number, stamp: number): void {
    // A loop's jump back re-reports the line it lands on: one run, not two.
    const rerun = this.segment !== null && this.segment.line === line && this.segment.pending.length === 0;
    this.finishSegment();
    const record = this.lines.get(line) ?? { runs: 0, stamp: -1, items: new Map() };
    if (!rerun) record.runs++;
    this.lines.set(line, record);
    const identifiers = this.identifiers(line);
    const names = new Map<string, number>();
    for (const name of identifiers) {
      const obj = this.lookup(name);
      if (obj !== undefined) names.set(name, obj);
    }
    this.lineNames.set(line, names);
    this.segment = { line, stamp, identifiers, names, pending: [] };
  }

  /** The object a name denotes in the running frame: its own binding, else a global (never for its parameters). */
  private lookup(name: string): number | undefined {
    const top = this.frames[this.frames.length - 1];
    if (!top) return undefined;
    const own = top.bindings.get(name);
    if (own !== undefined || top === this.moduleFrame || top.params.has(name)) return own;
    return this.moduleFrame?.bindings.get(name);
  }

  /** Writes the segment's items into the lines they belong to, with the counts as the segment leaves them. */
  finishSegment(): void {
    const seg = this.segment;
    if (!seg) return;
    this.segment = null;
    for (const p of seg.pending) {
      const record = this.lines.get(p.line) ?? { runs: 0, stamp: -1, items: new Map() };
      this.lines.set(p.line, record);
      if (record.stamp !== seg.stamp) {
        record.stamp = seg.stamp;
        record.items = new Map();
      }
      this.addItem(record.items, p);
    }
  }

  private ref(id: number): ObjectRef {
    return this.labeler.get(id) ?? this.labeler.label(id, this.facts(id));
  }

  private addItem(items: Map<string, AnnotationItem>, p: Pending): void {
    switch (p.kind) {
      case 'bound': {
        const o = this.objects.get(p.obj);
        const item: AnnotationItem = o
          ? { kind: 'bound', name: p.name, object: this.ref(p.obj), refcount: refcountValue(o.refcount, o) }
          : { kind: 'bound', name: p.name, object: this.ref(p.obj), refcount: { kind: 'count', value: 0 } };
        items.set(`name:${p.name}`, item);
        // The object is now shown through its name; a separate "changed" entry would repeat it.
        items.delete(`obj:${p.obj}`);
        return;
      }
      case 'deleted':
        items.set(`name:${p.name}`, { kind: 'deleted', name: p.name });
        return;
      case 'released':
      case 'changed':
      case 'freed': {
        const key = `obj:${p.obj}`;
        const o = this.objects.get(p.obj);
        if (!o) {
          items.set(key, { kind: 'freed', object: this.ref(p.obj) });
          return;
        }
        // A name's −1 arrives before its bind: "released" says more than the "changed" it replaces.
        const existing = items.get(key);
        if ((existing && !(existing.kind === 'changed' && p.kind === 'released')) || this.boundOnLine(items, p.obj)) return;
        items.set(key, { kind: p.kind === 'changed' ? 'changed' : 'released', object: this.ref(p.obj), refcount: refcountValue(o.refcount, o) });
        return;
      }
      default:
        assertNeverPending(p);
    }
  }

  private boundOnLine(items: Map<string, AnnotationItem>, obj: number): boolean {
    for (const item of items.values()) if (item.kind === 'bound' && item.object.id === obj) return true;
    return false;
  }

  annotations(): LineAnnotation[] {
    const out: LineAnnotation[] = [];
    const marks = this.gil.marks();
    // A thread may block on a line first run after the module's end (while the interpreter waits for it).
    for (const line of marks.keys()) if (!this.lines.has(line)) this.lines.set(line, { runs: 0, stamp: -1, items: new Map() });
    for (const [line, record] of [...this.lines].sort((a, b) => a[0] - b[0])) {
      const items = [...record.items.values()];
      // Names first (what the line wrote), then the objects it affected.
      items.sort((a, b) => itemRank(a) - itemRank(b));
      const gil = marks.get(line);
      out.push(gil ? { line, runs: record.runs, items, gil } : { line, runs: record.runs, items });
    }
    return out;
  }

  names(): LineNames[] {
    return [...this.lineNames]
      .filter(([, names]) => names.size > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([line, names]) => {
        for (const obj of names.values()) this.ref(obj);
        return { line, names: Object.fromEntries(names) };
      });
  }
}

function itemRank(item: AnnotationItem): number {
  return item.kind === 'bound' || item.kind === 'deleted' ? 0 : 1;
}

function assertNeverEvent(e: never): never {
  throw new Error(`unknown trace event ${JSON.stringify(e)}`);
}
function assertNeverPending(p: never): never {
  throw new Error(`unknown pending item ${JSON.stringify(p)}`);
}

/**
 * The program's end view: the module is done but the interpreter waits for its other threads (threading's
 * _shutdown joins them), whose blocking calls finish then. The main thread's own waits from here on are the
 * interpreter's, on no line of the program.
 */
function visitOtherThreadsAfterEnd(events: EventSource, end: number, gil: GilMarkCollector): void {
  for (let i = end; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if ((e.kind === 'thread' || e.kind === 'gil') && e.thread !== 0) gil.visit(e);
  }
}

/** The view of the trace up to `options.endIndex`. */
export function buildView(events: EventSource, options: WalkOptions): TraceView {
  const walker = new TraceWalker(options.sourceLines, options.statics);
  const end = Math.min(options.endIndex, events.length);
  for (let i = 0; i < end; i++) walker.visit(events.at(i) as TraceEvent, i);
  const current = options.position !== null ? events.at(end) : undefined;
  walker.finishSegment();
  if (options.position === null && walker.gil.otherThreadsUnfinished) visitOtherThreadsAfterEnd(events, end, walker.gil);
  const lines = walker.annotations();
  const names = walker.names();
  let programObjectsAlive = 0;
  for (const o of walker.objects.values()) if (!o.startup) programObjectsAlive++;
  const objects = collectDetails(events, end, walker.labeler, walker.objects, walker.frames, options.maxObjects ?? 400);
  return {
    position: options.position,
    currentLine: current && current.kind === 'line' ? current.line : null,
    steps: walker.steps,
    programObjectsAlive,
    objectsAlive: walker.objects.size,
    lines,
    names,
    objects,
  };
}
