// Rebuilds the state at any step from the event trace alone: which objects are alive with what
// count, which frames run, which names they bind. The editor and the panels read only this.

import type { TraceEvent, EventSource } from './events';

export interface ObjectState {
  id: number;
  type: string;
  preview: string;
  refcount: number;
  allocLine: number;
  /** The collector's list: 0–2 generations, 3 permanent, -1 not tracked. */
  generation: number;
}

export interface FrameState {
  id: number;
  name: string;
  /** Name → object id, in binding order. */
  bindings: Map<string, number>;
}

export interface Snapshot {
  step: number;
  line: number;
  objects: Map<number, ObjectState>;
  /** Outermost first. */
  frames: FrameState[];
  stdout: string;
  /** The last phase of a collection, when `step` is inside one (the panel animates from it). */
  gcPhase: Extract<TraceEvent, { kind: 'gc' }> | null;
}

/** Index of the first event after `step`, by binary search (events are in step order). */
function endOf(events: EventSource, step: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events.at(mid) as TraceEvent).step <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The state after every event of `step` has happened. */
export function snapshotAt(events: EventSource, step: number): Snapshot {
  const objects = new Map<number, ObjectState>();
  const frames: FrameState[] = [];
  const byId = new Map<number, FrameState>();
  let line = 0;
  let stdout = '';
  let gcPhase: Snapshot['gcPhase'] = null;
  const end = endOf(events, step);
  for (let i = 0; i < end; i++) {
    const e = events.at(i) as TraceEvent;
    switch (e.kind) {
      case 'alloc':
        objects.set(e.obj, { id: e.obj, type: e.type, preview: e.preview, refcount: 1, allocLine: e.line, generation: -1 });
        break;
      case 'ref': {
        const o = objects.get(e.obj);
        if (o) o.refcount = e.to;
        break;
      }
      case 'free':
        objects.delete(e.obj);
        break;
      case 'line':
        line = e.line;
        break;
      case 'frame-enter': {
        const f = { id: e.frame, name: e.name, bindings: new Map<string, number>() };
        frames.push(f);
        byId.set(e.frame, f);
        break;
      }
      case 'frame-exit': {
        const index = frames.findIndex((f) => f.id === e.frame);
        if (index >= 0) frames.splice(index, 1);
        byId.delete(e.frame);
        break;
      }
      case 'bind': {
        const f = byId.get(e.frame);
        if (!f) break;
        if (e.obj === null) f.bindings.delete(e.name);
        else f.bindings.set(e.name, e.obj);
        break;
      }
      case 'output':
        if (e.stream === 'stdout') stdout += e.text;
        break;
      case 'gc-track': {
        const o = objects.get(e.obj);
        if (o) o.generation = e.generation;
        break;
      }
      case 'gc':
        gcPhase = e.phase === 'stop' ? null : e;
        if (e.phase === 'promote' || e.phase === 'untrack') {
          const generation = e.phase === 'promote' ? e.values[0] : -1;
          for (const id of e.objects) {
            const o = objects.get(id);
            if (o) o.generation = generation;
          }
        }
        break;
    }
  }
  return { step, line, objects, frames, stdout, gcPhase };
}

/** Every +1/−1 an object received up to `step`, for hovers ("why is it 3?"). */
export function refHistory(events: EventSource, objectId: number, step = Infinity): Extract<TraceEvent, { kind: 'ref' }>[] {
  const out: Extract<TraceEvent, { kind: 'ref' }>[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.step > step) break;
    if (e.kind === 'ref' && e.obj === objectId) out.push(e);
  }
  return out;
}
