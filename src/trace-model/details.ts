// What a hover shows about each named object: its count, every +1/−1 with cause and line, who refers to it.

import type { EventSource, RefCause, TraceEvent } from '../core/trace/events';
import { idValue } from '../core/objects/object';
import type { HistoryEntry, ObjectDetails, Referrer } from '../shared/protocol';
import { refcountValue, type ObjectFacts, type ObjectLabeler } from './objects';

export interface LiveObject extends ObjectFacts {
  id: number;
  refcount: number;
  allocLine: number;
}

export interface LiveFrame {
  id: number;
  name: string;
  bindings: Map<string, number>;
  /** Identifiers on the `def` line: a function's parameters are never looked up as globals. */
  params: Set<string>;
}

const HISTORY_HEAD = 10;
const HISTORY_TAIL = 30;
/** Causes whose references a hover lists as holders; names come from bindings, the rest is transient. */
const HOLDER_CAUSES = new Set<RefCause>([
  'slot', 'attribute', 'cell', 'const', 'method', 'iterator', 'frame', 'exception', 'type', 'function', 'module', 'internal',
]);

interface Collected {
  facts: ObjectFacts;
  allocLine: number;
  freedLine: number | null;
  head: HistoryEntry[];
  tail: HistoryEntry[];
  total: number;
  /** Holder key → references it still holds, in the order they were taken. */
  holders: Map<string, { cause: RefCause; holder: string; count: number }>;
}

function record(c: Collected, entry: HistoryEntry): void {
  c.total++;
  if (c.head.length < HISTORY_HEAD) c.head.push(entry);
  else {
    c.tail.push(entry);
    if (c.tail.length > HISTORY_TAIL) c.tail.shift();
  }
}

function trackHolder(c: Collected, e: Extract<TraceEvent, { kind: 'ref' }>): void {
  const delta = e.to - e.from;
  if (HOLDER_CAUSES.has(e.cause)) {
    const key = `${e.cause}\u0000${e.label}`;
    const h = c.holders.get(key) ?? { cause: e.cause, holder: e.label, count: 0 };
    h.count += delta;
    if (h.count > 0) c.holders.set(key, h);
    else c.holders.delete(key);
  } else if (e.cause === 'owner-freed' && delta < 0) {
    // The trace names the dead owner (`#12`), not the slot it held us in: drop the oldest holder.
    const first = c.holders.entries().next();
    if (!first.done) {
      const [key, h] = first.value;
      h.count += delta;
      if (h.count <= 0) c.holders.delete(key);
    }
  }
}

export function collectDetails(
  events: EventSource,
  end: number,
  labeler: ObjectLabeler,
  alive: ReadonlyMap<number, LiveObject>,
  frames: readonly LiveFrame[],
  maxObjects: number,
): ObjectDetails[] {
  const wanted = new Map<number, Collected>();
  for (const id of labeler.ids()) {
    if (wanted.size >= maxObjects) break;
    const known = alive.get(id);
    const facts: ObjectFacts = known ?? { type: 'object', preview: '', startup: true, static: true };
    wanted.set(id, { facts, allocLine: 0, freedLine: null, head: [], tail: [], total: 0, holders: new Map() });
  }
  for (let i = 0; i < end; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind !== 'alloc' && e.kind !== 'ref' && e.kind !== 'free') continue;
    const c = wanted.get(e.obj);
    if (!c) continue;
    switch (e.kind) {
      case 'alloc':
        c.facts = { type: e.type, preview: e.preview, startup: e.line === 0, static: false };
        c.allocLine = e.line;
        record(c, { event: 'alloc', step: e.step, line: e.line, delta: 0, refcount: refcountValue(1, c.facts), cause: null, holder: '' });
        break;
      case 'ref':
        record(c, { event: 'ref', step: e.step, line: e.line, delta: e.to - e.from, refcount: refcountValue(e.to, c.facts), cause: e.cause, holder: e.label, ...(e.shared ? { shared: true as const } : {}) });
        trackHolder(c, e);
        break;
      case 'free':
        c.freedLine = e.line;
        record(c, { event: 'free', step: e.step, line: e.line, delta: 0, refcount: { kind: 'count', value: 0 }, cause: null, holder: '' });
        break;
    }
  }
  const out: ObjectDetails[] = [];
  for (const [id, c] of wanted) {
    const live = alive.get(id);
    const names: Referrer[] = [];
    for (const f of frames) for (const [name, obj] of f.bindings) if (obj === id) names.push({ kind: 'name', name, scope: f.name });
    const holders: Referrer[] = [...c.holders.values()].map((h) => ({ kind: 'holder', cause: h.cause, holder: h.holder, count: h.count }));
    const explained = names.length + [...c.holders.values()].reduce((sum, h) => sum + h.count, 0);
    const facts = live ?? c.facts;
    out.push({
      object: labeler.get(id) ?? { id, label: `#${id}`, value: '' },
      type: facts.type,
      preview: facts.preview,
      pythonId: idValue(events.addressOf?.(id) ?? 0, id).toString(),
      refcount: live ? refcountValue(live.refcount, live) : null,
      allocLine: c.allocLine,
      freedLine: live ? null : c.freedLine,
      history: [...c.head, ...c.tail],
      historyOmittedAt: c.head.length,
      historyOmitted: c.total - c.head.length - c.tail.length,
      referrers: live ? [...names, ...holders] : [],
      otherReferences: live && refcountValue(live.refcount, live).kind === 'count' ? Math.max(0, live.refcount - explained) : 0,
    });
  }
  return out;
}
