// What makes an exported trace (JSON lines, one event per line) valid, checked on the file Export Trace…
// wrote: every line an event of a known kind with its fields, steps that never go back, each object's count
// changing from where its previous event left it, frees of objects that were allocated, and output events that
// add up to what the program printed.
import type { TraceEvent } from '../../src/core/trace/events';

const KINDS = new Set<TraceEvent['kind']>([
  'ref', 'alloc', 'free', 'line', 'bind', 'frame-enter', 'frame-exit', 'output', 'gc', 'gc-track', 'thread', 'gil',
]);

export interface TraceSummary {
  events: number;
  kinds: Map<string, number>;
  stdout: string;
}

/** Throws on the first line that breaks a rule; returns counts for the caller's own checks. */
export function checkTrace(jsonLines: string): TraceSummary {
  const lines = jsonLines.split('\n');
  if (lines.pop() !== '') throw new Error('the trace does not end with a newline');
  const kinds = new Map<string, number>();
  const counts = new Map<number, number>();
  const allocated = new Set<number>();
  /** Allocated, no ref event yet. */
  const fresh = new Set<number>();
  let step = 0;
  let stdout = '';
  lines.forEach((text, i) => {
    const where = `line ${i + 1}`;
    const e = JSON.parse(text) as TraceEvent;
    if (!KINDS.has(e.kind)) throw new Error(`${where}: unknown kind ${JSON.stringify(e.kind)}`);
    if (!Number.isInteger(e.step) || e.step < step) throw new Error(`${where}: step ${e.step} after step ${step}`);
    step = e.step;
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    switch (e.kind) {
      case 'alloc':
        if (allocated.has(e.obj) && counts.has(e.obj)) throw new Error(`${where}: object ${e.obj} allocated while alive`);
        allocated.add(e.obj);
        counts.set(e.obj, 1);
        fresh.add(e.obj);
        break;
      case 'ref': {
        // Objects from before the trace (None, small ints...) have no alloc: their first event sets the count.
        // A new object starts with its creator's reference, or none when it is created uncounted (the interned
        // names a module's namespace gets: their first event goes from 0).
        const before = counts.get(e.obj);
        const uncounted = fresh.delete(e.obj) && e.from === 0;
        if (before !== undefined && before !== e.from && !uncounted) throw new Error(`${where}: object ${e.obj} goes ${e.from} → ${e.to} but its count was ${before}`);
        if (typeof e.cause !== 'string' || e.to < 0) throw new Error(`${where}: malformed ref event`);
        counts.set(e.obj, e.to);
        break;
      }
      case 'free':
        if (!allocated.has(e.obj)) throw new Error(`${where}: object ${e.obj} freed but never allocated`);
        counts.delete(e.obj);
        fresh.delete(e.obj);
        break;
      case 'output':
        if (e.stream === 'stdout') stdout += e.text;
        break;
      default:
        break;
    }
  });
  return { events: lines.length, kinds, stdout };
}
