// Threads, the GIL and the virtual clock: what the trace records (thread states, GIL hand-offs,
// drop requests, forced switches) and the timings that come out of the model, not out of a script.

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import type { TraceEvent } from '../../src/core/trace/events';

type GilEvent = Extract<TraceEvent, { kind: 'gil' }>;
type ThreadEvent = Extract<TraceEvent, { kind: 'thread' }>;

function run(source: string): { stdout: string; events: TraceEvent[] } {
  const result = runSource(source, { recordTrace: true, filename: 'threads.py' });
  assert.equal(result.exitCode, 0, result.stderr);
  const events: TraceEvent[] = [];
  for (let i = 0; i < (result.events?.length ?? 0); i++) events.push(result.events?.at(i) as TraceEvent);
  return { stdout: result.stdout, events };
}

const TWO_CPU_THREADS = `
import sys, threading
sys.setswitchinterval(0.001)
def countdown(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=countdown, args=(100_000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`;

describe('threads and the GIL', () => {
  it('records no thread or GIL events for a single-threaded program', () => {
    const { events } = run('x = [1, 2]\nprint(len(x))\n');
    assert.equal(events.filter((e) => e.kind === 'thread' || e.kind === 'gil').length, 0);
  });

  it('gives two CPU-bound threads slices of about one switch interval (1 ms here), through drop requests', () => {
    const { events } = run(TWO_CPU_THREADS);
    const gil = events.filter((e): e is GilEvent => e.kind === 'gil');
    const takes = gil.filter((e) => e.action === 'take');
    const requests = gil.filter((e) => e.action === 'drop-request');
    const forced = gil.filter((e) => e.action === 'forced-switch');
    assert.ok(requests.length >= 3, `drop requests: ${requests.length}`);
    assert.ok(forced.length >= 3, `forced switches: ${forced.length}`);
    // Slices between two takes by different worker threads (serials 1 and 2) while both are busy.
    const slices: number[] = [];
    for (let i = 1; i < takes.length; i++) {
      const a = takes[i - 1];
      const b = takes[i];
      if (a.thread > 0 && b.thread > 0 && a.thread !== b.thread) slices.push(b.timeNs - a.timeNs);
    }
    assert.ok(slices.length >= 2, `slices: ${slices.length}`);
    const median = slices.sort((x, y) => x - y)[Math.floor(slices.length / 2)];
    // 1 ms interval + timer slack + wake-up latency (measured on CPython 3.11: 1.14 ms).
    assert.ok(median > 1_000_000 && median < 1_300_000, `median slice ${median} ns`);
  });

  it('records each thread from start to done, blocked while sleeping', () => {
    const { events } = run('import threading, time\nt = threading.Thread(target=time.sleep, args=(0.01,))\nt.start()\nt.join()\n');
    const states = events.filter((e): e is ThreadEvent => e.kind === 'thread' && e.thread === 1).map((e) => e.state);
    assert.equal(states[0], 'start');
    assert.equal(states[states.length - 1], 'done');
    assert.ok(states.includes('running'));
    const sleeps = events.filter((e): e is ThreadEvent => e.kind === 'thread' && e.state === 'blocked' && e.detail === 'sleep');
    assert.ok(sleeps.some((e) => e.thread === 1));
  });

  it('is deterministic: two runs give the same output and the same GIL history', function () {
    this.timeout(120_000); // two full runs with their traces: slow only on a loaded machine
    const source = `${TWO_CPU_THREADS}\nimport time\nprint(round(time.perf_counter(), 9))\n`;
    const a = run(source);
    const b = run(source);
    assert.equal(a.stdout, b.stdout);
    const gilTimes = (r: { events: TraceEvent[] }) => r.events.filter((e): e is GilEvent => e.kind === 'gil').map((e) => `${e.action}:${e.thread}:${e.timeNs}`);
    assert.deepEqual(gilTimes(a), gilTimes(b));
  });

  it('advances the clock by the sleep when one thread sleeps alone', () => {
    const { stdout } = run('import time\nt = time.monotonic()\ntime.sleep(1.5)\nprint(1.5 <= time.monotonic() - t < 1.51)\n');
    assert.equal(stdout, 'True\n');
  });

  it('reports a deadlock instead of hanging', () => {
    const result = runSource('import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n', { filename: 'dead.py' });
    assert.equal(result.exitCode, 3);
    assert.match(result.stderr, /deadlock/);
  });
});
