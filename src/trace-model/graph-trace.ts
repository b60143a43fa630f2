// What the memory graph reads from the trace itself (the heap's shape comes from re-running the program,
// src/worker/graph-replay.ts): objects freed during a step, the collections that ran, the phases of one,
// and an object's history for the details pane.

import type { EventSource, TraceEvent } from '../core/trace/events';
import type { CollectionSummary, GcPhaseStep, ObjectHistory } from '../shared/memory-graph-protocol';
import type { HistoryEntry } from '../shared/protocol';
import { refcountValue, type ObjectFacts } from './objects';

/** The history entries the details pane receives (the latest ones). */
export const HISTORY_LIMIT = 200;

/** Index of every collection's `start` event, in trace order (a collection's index is its place here). */
export function collectionStarts(events: EventSource): number[] {
  const out: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'gc' && e.phase === 'start') out.push(i);
  }
  return out;
}

/** Objects freed by the events in [start, end). */
export function freedBetween(events: EventSource, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, start); i < end; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'free') out.push(e.obj);
  }
  return out;
}

/** The phases of the collection whose `start` event is at `startIndex`, up to its `stop`. */
export function collectionPhases(events: EventSource, startIndex: number): GcPhaseStep[] {
  const phases: GcPhaseStep[] = [];
  for (let i = startIndex; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind !== 'gc') continue;
    phases.push({ phase: e.phase, objects: e.objects, values: e.values });
    if (e.phase === 'stop') break;
  }
  return phases;
}

/** The collections that started in [start, end), given every collection's start index. */
export function collectionsBetween(events: EventSource, starts: readonly number[], start: number, end: number): CollectionSummary[] {
  const out: CollectionSummary[] = [];
  starts.forEach((at, index) => {
    if (at < start || at >= end) return;
    const first = events.at(at) as Extract<TraceEvent, { kind: 'gc' }>;
    const stop = collectionPhases(events, at).find((p) => p.phase === 'stop');
    out.push({ index, generation: first.generation, line: first.line, collected: stop?.values[0] ?? 0 });
  });
  return out;
}

/** Where an object was allocated and every change of its count in [0, end). */
export function objectHistory(events: EventSource, id: number, end: number, known: ObjectFacts | undefined, runId: number): ObjectHistory {
  let facts: ObjectFacts = known ?? { type: 'object', preview: '', startup: true, static: true };
  let allocLine = 0;
  let freedLine: number | null = null;
  const entries: HistoryEntry[] = [];
  let total = 0;
  const push = (entry: HistoryEntry) => {
    total++;
    entries.push(entry);
    if (entries.length > HISTORY_LIMIT) entries.shift();
  };
  for (let i = 0; i < end; i++) {
    const e = events.at(i) as TraceEvent;
    if ((e.kind !== 'alloc' && e.kind !== 'ref' && e.kind !== 'free') || e.obj !== id) continue;
    switch (e.kind) {
      case 'alloc':
        facts = { type: e.type, preview: e.preview, startup: e.line === 0, static: false };
        allocLine = e.line;
        push({ event: 'alloc', step: e.step, line: e.line, delta: 0, refcount: refcountValue(1, facts), cause: null, holder: '' });
        break;
      case 'ref':
        push({ event: 'ref', step: e.step, line: e.line, delta: e.to - e.from, refcount: refcountValue(e.to, facts), cause: e.cause, holder: e.label });
        break;
      case 'free':
        freedLine = e.line;
        push({ event: 'free', step: e.step, line: e.line, delta: 0, refcount: { kind: 'count', value: 0 }, cause: null, holder: '' });
        break;
    }
  }
  return { runId, id, type: facts.type, allocLine, freedLine, entries, omitted: total - entries.length };
}
