// The free-threaded build (3.13t): no GIL, so CPU-bound threads run at the same time on the simulated
// cores, interleaved by their own clocks (src/core/threads/parallel.ts); with more runnable threads
// than cores they share them. The trace shows several threads running at once and no GIL events.

import assert from 'node:assert/strict';
import { runSource, type PythonVersion } from '../../src/core/index';
import type { TraceEvent } from '../../src/core/trace/events';
import { buildTimeline, asciiTimeline } from '../../src/trace-model/timeline';
import { furthestBehind, coreShareSlowdown } from '../../src/core/threads/parallel';
import { ThreadState } from '../../src/core/threads/thread-state';

type ThreadEvent = Extract<TraceEvent, { kind: 'thread' }>;

function run(source: string, python: PythonVersion, cores?: number) {
  const result = runSource(source, { recordTrace: true, filename: 'parallel.py', python, cores });
  assert.equal(result.exitCode, 0, result.stderr);
  const events: TraceEvent[] = [];
  for (let i = 0; i < (result.events?.length ?? 0); i++) events.push(result.events?.at(i) as TraceEvent);
  return { stdout: result.stdout, events };
}

/** Serial and threaded times of `threads` countdowns, as the program measures them with perf_counter. */
const RATIO = (threads: number, n = 30_000) => `
import threading, time
def countdown(n):
    while n > 0:
        n -= 1
N = ${n}
start = time.perf_counter()
for _ in range(${threads}):
    countdown(N)
serial = time.perf_counter() - start
start = time.perf_counter()
ts = [threading.Thread(target=countdown, args=(N,)) for _ in range(${threads})]
for t in ts: t.start()
for t in ts: t.join()
print(round((time.perf_counter() - start) / serial, 2))
`;

function ratio(python: PythonVersion, threads: number, cores?: number, n?: number): number {
  return Number(run(RATIO(threads, n), python, cores).stdout.trim());
}

describe('parallel threads without a GIL (3.13t)', function () {
  this.timeout(60_000);

  it('runs two CPU-bound threads in about half the serial time; with the GIL they gain nothing', function () {
    const free = ratio('3.13t', 2);
    const gil = ratio('3.13', 2);
    assert.ok(free > 0.45 && free < 0.7, `3.13t threaded/serial ${free}`);
    assert.ok(gil > 0.95, `3.13 threaded/serial ${gil}`);
  });

  it('shares the cores when more threads can run than there are cores', function () {
    // 4 threads on 2 cores: each runs at half speed, so about 2 / 4 of the serial time, not 1 / 4.
    const shared = ratio('3.13t', 4, 2, 25_000);
    const enough = ratio('3.13t', 4, 4, 25_000);
    assert.ok(shared > 0.45 && shared < 0.65, `4 threads on 2 cores: ${shared}`);
    assert.ok(enough > 0.2 && enough < 0.4, `4 threads on 4 cores: ${enough}`);
  });

  it('records no GIL events and several threads running at the same time', function () {
    const { events } = run(RATIO(2, 20_000), '3.13t');
    assert.equal(events.filter((e) => e.kind === 'gil').length, 0);
    // Each thread's own events never go back in time (its clock only moves forward).
    const last = new Map<number, number>();
    for (const e of events) {
      if (e.kind !== 'thread') continue;
      assert.ok(e.timeNs >= (last.get(e.thread) ?? 0), `thread ${e.thread} went back to ${e.timeNs} ns`);
      last.set(e.thread, e.timeNs);
    }
    const threadEvents = events.filter((e): e is ThreadEvent => e.kind === 'thread');
    assert.equal(threadEvents.filter((e) => e.state === 'gil-wait' || e.state === 'switch-wait').length, 0);
    const timeline = buildTimeline(events);
    const running = (serial: number) => timeline.threads.find((l) => l.thread === serial)?.intervals.filter((iv) => iv.state === 'running') ?? [];
    const [a] = running(1);
    const [b] = running(2);
    assert.ok(a && b, 'both workers ran');
    const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
    assert.ok(overlap > 0.8 * Math.min(a.to - a.from, b.to - b.from), `overlap ${overlap} ns of ${a.to - a.from} and ${b.to - b.from}`);
    // The CLI's --timeline: parallel `#` lanes, and no GIL row.
    const ascii = asciiTimeline(timeline);
    assert.doesNotMatch(ascii, /^GIL /m);
    const lanes = ascii.split('\n').filter((row) => /^Thread-[12] /.test(row)).map((row) => row.slice(row.indexOf('|')));
    assert.equal(lanes.length, 2);
    const busy = lanes.map((lane) => [...lane].filter((ch) => ch === '#').length);
    const together = [...lanes[0]].filter((ch, i) => ch === '#' && lanes[1][i] === '#').length;
    assert.ok(together >= 0.8 * Math.min(...busy), `columns where both run: ${together} of ${busy}\n${ascii}`);
  });

  it('is deterministic: two runs give the same trace', function () {
    const source = 'import threading\nc = 0\ndef f():\n    global c\n    for _ in range(3000):\n        c += 1\nts = [threading.Thread(target=f) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(c)\n';
    const first = run(source, '3.13t');
    const second = run(source, '3.13t');
    assert.equal(first.stdout, second.stdout);
    assert.deepEqual(first.events, second.events);
    // The unlocked increments of three parallel threads lose some updates (read, add, write interleave).
    assert.ok(Number(first.stdout) < 9000, first.stdout);
  });
});

describe('the parallel rule', function () {
  const thread = (serial: number, localNs: number, status: ThreadState['status'] = 'running') => {
    const t = new ThreadState(serial, serial, `t${serial}`);
    t.status = status;
    t.localNs = localNs;
    return t;
  };

  it('steps the runnable thread whose clock is furthest behind, ties by thread serial', function () {
    assert.equal(furthestBehind([thread(0, 50), thread(1, 20), thread(2, 30)])?.serial, 1);
    assert.equal(furthestBehind([thread(0, 50), thread(1, 20), thread(2, 20)])?.serial, 1);
    assert.equal(furthestBehind([thread(0, 10, 'blocked'), thread(1, 40)])?.serial, 1);
    assert.equal(furthestBehind([thread(0, 10, 'done')]), null);
  });

  it('slows each thread by runnable / cores only when the cores are outnumbered', function () {
    assert.equal(coreShareSlowdown(2, 4), 1);
    assert.equal(coreShareSlowdown(4, 4), 1);
    assert.equal(coreShareSlowdown(6, 4), 1.5);
    assert.equal(coreShareSlowdown(3, 1), 3);
  });
});
