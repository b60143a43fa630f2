// The collector's trace: each collection is recorded phase by phase (what a panel animates),
// with the objects each phase touched, and replay knows generations and the phase in progress.

import assert from 'node:assert/strict';
import type { TraceEvent } from '../../src/core/trace/events';
import { snapshotAt } from '../../src/core/trace/replay';
import { traceOf } from './helpers/trace-of';

type GcEvent = Extract<TraceEvent, { kind: 'gc' }>;

function trace(source: string, python: '3.11' | '3.12' | '3.13' = '3.11'): TraceEvent[] {
  return traceOf(source, { python, filename: 'gc.py' });
}

/** Ids of the lists the program's own lines allocate (not the gc module's), in allocation order. */
function allocatedLists(events: TraceEvent[], fromLine: number): number[] {
  return events
    .filter((e): e is Extract<TraceEvent, { kind: 'alloc' }> => e.kind === 'alloc' && e.type === 'list' && e.line >= fromLine)
    .map((e) => e.obj);
}

describe('collector trace', function () {
  const program = [
    'import gc',
    'gc.disable()',
    'keep = []',
    'a = []',
    'b = [a]',
    'a.append(b)',
    'del a, b',
    'print(gc.collect())',
  ].join('\n');

  it('records a manual collection phase by phase, in CPython order', function () {
    const events = trace(program);
    // The first collection is gc.collect()'s; the shutdown collection follows at exit.
    const gcEvents = events.filter((e): e is GcEvent => e.kind === 'gc');
    const phases = gcEvents.slice(0, gcEvents.findIndex((e) => e.phase === 'stop') + 1).map((e) => e.phase);
    // A full collection promotes nothing; no weakrefs or finalizers are involved here.
    assert.deepEqual(phases.filter((p) => p !== 'untrack'), ['start', 'update-refs', 'subtract-refs', 'unreachable', 'delete', 'stop']);
    assert.equal(gcEvents[0].generation, 2, 'gc.collect() collects the oldest generation');
  });

  it('finds exactly the two lists of the cycle unreachable, and the kept list reachable', function () {
    const events = trace(program);
    const [keep, a, b] = allocatedLists(events, 3);
    const gcEvents = events.filter((e): e is GcEvent => e.kind === 'gc');
    const start = gcEvents.find((e) => e.phase === 'start') as GcEvent;
    assert.ok(start.objects.includes(keep) && start.objects.includes(a) && start.objects.includes(b));
    const subtract = gcEvents.find((e) => e.phase === 'subtract-refs') as GcEvent;
    const refsOf = (id: number) => subtract.values[subtract.objects.indexOf(id)];
    assert.equal(refsOf(a), 0, 'a is only referenced from b');
    assert.equal(refsOf(b), 0, 'b is only referenced from a');
    // keep's reference comes from the module namespace, itself examined (and reachable from outside).
    assert.equal(refsOf(keep), 0);
    const unreachable = gcEvents.find((e) => e.phase === 'unreachable') as GcEvent;
    assert.deepEqual([...unreachable.objects].sort(), [a, b].sort());
    const stop = gcEvents.find((e) => e.phase === 'stop') as GcEvent;
    assert.deepEqual(stop.values, [2, 0]);
    // Both lists are freed during the collection.
    const stopIndex = events.indexOf(stop);
    const freed = events.slice(0, stopIndex).filter((e) => e.kind === 'free').map((e) => (e as { obj: number }).obj);
    assert.ok(freed.includes(a) && freed.includes(b));
  });

  it('replays generations: a survivor of a young collection is promoted to generation 1', function () {
    const events = trace(['import gc', 'gc.disable()', 'keep = []', 'gc.collect(0)', 'print(gc.get_objects(1).count(keep))'].join('\n'));
    const [keep] = allocatedLists(events, 3);
    const promote = events.find((e): e is GcEvent => e.kind === 'gc' && e.phase === 'promote');
    assert.ok(promote && promote.objects.includes(keep) && promote.values[0] === 1);
    const source = { length: events.length, at: (i: number) => events[i] };
    assert.equal(snapshotAt(source, promote.step - 1).objects.get(keep)?.generation, 0);
    assert.equal(snapshotAt(source, promote.step).objects.get(keep)?.generation, 1);
  });

  it('records automatic collections when the allocation count passes threshold 0', function () {
    // Instances (no free list) count as allocations: one collection per 11 after the first.
    const events = trace(['import gc', 'class C:', '    pass', 'gc.set_threshold(10)', 'for i in range(40):', '    x = C()', '    x.me = x', 'gc.disable()'].join('\n'));
    const starts = events.filter((e) => e.kind === 'gc' && e.phase === 'start' && e.line <= 7) as GcEvent[];
    assert.ok(starts.length >= 3, `expected automatic collections, saw ${starts.length}`);
    assert.ok(starts.every((e) => e.generation <= 1));
  });
});
