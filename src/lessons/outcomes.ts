// Evaluates a lesson's outcomes on a simulation run: its printed output and its event trace.

import type { TraceEvent, EventSource } from '../core/trace/events';
import type { Outcome, OutcomeValue } from './model';

export interface RunView {
  stdout: string;
  events: EventSource;
}

function* eventsOf(events: EventSource): Generator<TraceEvent> {
  for (let i = 0; i < events.length; i++) yield events.at(i) as TraceEvent;
}

/** The objects allocated while `line` ran (by the learner's code, not library code). */
function allocatedOn(events: EventSource, line: number): Set<number> {
  const ids = new Set<number>();
  for (const e of eventsOf(events)) if (e.kind === 'alloc' && e.line === line) ids.add(e.obj);
  return ids;
}

export function evaluate(run: RunView, outcome: Outcome): OutcomeValue {
  switch (outcome.kind) {
    case 'stdout-line':
      return run.stdout.split('\n')[outcome.index] ?? null;
    case 'freed-during-line': {
      const ids = allocatedOn(run.events, outcome.allocLine);
      if (!ids.size) return null;
      const freed = new Set<number>();
      for (const e of eventsOf(run.events)) if (e.kind === 'free' && e.line === outcome.line && ids.has(e.obj)) freed.add(e.obj);
      return freed.size === ids.size;
    }
    case 'collected': {
      let n = 0;
      for (const e of eventsOf(run.events)) {
        if (e.kind !== 'gc' || e.phase !== 'stop') continue;
        if (n++ === outcome.collection) return e.values[0];
      }
      return null;
    }
    case 'refcount-after-line': {
      const ids = allocatedOn(run.events, outcome.allocLine);
      const [id] = ids;
      if (id === undefined) return null;
      let count: number | null = null;
      let passed = false;
      for (const e of eventsOf(run.events)) {
        if (e.kind === 'line' && passed) break;
        if (e.kind === 'line' && e.line === outcome.line) passed = true;
        if (e.kind === 'alloc' && e.obj === id) count = 1;
        else if (e.kind === 'ref' && e.obj === id) count = e.to;
        else if (e.kind === 'free' && e.obj === id) count = 0;
      }
      return count;
    }
    case 'max-threads-running-together':
      return maxTogether(run.events, (state, detail) => state === 'running' && detail !== 'io');
    case 'io-waits-overlap':
      return maxTogether(run.events, (state, detail) => state === 'blocked' && detail === 'io') >= 2;
  }
}

/** The most threads at once in a state `inState` accepts, following the thread events in time order. */
function maxTogether(events: EventSource, inState: (state: string, detail: string) => boolean): number {
  const current = new Set<number>();
  let most = 0;
  for (const e of eventsOf(events)) {
    // `start` and `name` events name a thread; they do not change its state.
    if (e.kind !== 'thread' || e.state === 'start' || e.state === 'name') continue;
    if (inState(e.state, e.detail)) current.add(e.thread);
    else current.delete(e.thread);
    most = Math.max(most, current.size);
  }
  return most;
}
