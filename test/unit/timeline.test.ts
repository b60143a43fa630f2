// The threads' timeline from the trace, and its two renderings: ASCII and the Chrome Trace Event
// Format (checked against the format's rules for the event phases it uses).

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import { buildTimeline, asciiTimeline, chromeTrace, runSummary, statsText } from '../../src/trace-model/timeline';

const cpuBound = `
import sys
import threading

sys.setswitchinterval(0.0005)  # many hand-offs in a short run

def work():
    total = 0
    for i in range(50000):
        total += i

threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`;

const ioBound = `
import threading
import time

def wait():
    time.sleep(0.02)

threads = [threading.Thread(target=wait) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`;

const cache = new Map<string, ReturnType<typeof buildTimeline>>();
function timelineOf(source: string) {
  const cached = cache.get(source);
  if (cached) return cached;
  const r = runSource(source, { recordTrace: true, filename: 't.py' });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.ok(r.events);
  const t = buildTimeline(r.events);
  cache.set(source, t);
  return t;
}

describe('threads timeline', function () {
  it('gives each thread its named lane, and the GIL to one thread at a time', function () {
    const t = timelineOf(cpuBound);
    assert.deepEqual(t.threads.map((l) => l.name.split(" ")[0]), ["MainThread", "Thread-1", "Thread-2"]);
    for (const l of t.threads) {
      for (let i = 1; i < l.intervals.length; i++) assert.ok(l.intervals[i].from >= l.intervals[i - 1].from);
    }
    const holds = [...t.gil].sort((a, b) => a.from - b.from);
    for (let i = 1; i < holds.length; i++) assert.ok(holds[i].from >= holds[i - 1].to, 'GIL holds never overlap');
    // Two CPU-bound threads take turns: several hand-offs, and the waiting one asked for the GIL.
    assert.ok(holds.length > 3, `${holds.length} holds`);
    assert.ok(t.dropRequests.length > 0);
    const running = (thread: number) => t.threads[thread].intervals.filter((iv) => iv.state === 'running').reduce((s, iv) => s + iv.to - iv.from, 0);
    assert.ok(running(1) > 0 && running(2) > 0);
  });

  it('finds no speedup for CPU-bound threads and about N for N threads waiting on I/O at once', function () {
    const cpu = runSummary(timelineOf(cpuBound));
    // No gain, and a little loss: a hand-off every 0.5 ms leaves moments where no thread runs.
    assert.ok(cpu.speedup > 0.8 && cpu.speedup < 1.02, `CPU-bound speedup ${cpu.speedup}`);
    const io = runSummary(timelineOf(ioBound));
    assert.ok(io.speedup > 2.8 && io.speedup < 3.05, `I/O-bound speedup ${io.speedup}`);
    // The serial estimate counts the threads' sleeps, not the main thread's joins.
    assert.ok(io.serialNs > 3 * 20e6 && io.serialNs < 3 * 21e6, `serial ${io.serialNs}`);
    const text = statsText(timelineOf(ioBound));
    assert.match(text, /^thread +running +GIL wait +blocked +C code$/m);
    assert.match(text, /^Thread-3 .* ms$/m);
    assert.match(text, /speedup ×(2\.9|3\.0)\d$/m);
  });

  it('renders an ASCII lane per thread plus the GIL holder row', function () {
    const text = asciiTimeline(timelineOf(cpuBound), 40);
    const rows = text.split('\n');
    assert.match(rows[1], /^Thread-1[^|]*\|[#.: ~]{40}\|$/);
    assert.ok(rows[1].includes('#') && rows[1].includes('.'), 'a CPU-bound thread runs and waits for the GIL');
    assert.match(rows[3], /^GIL +\|[0-9 ]{40}\|$/);
  });

  it('writes a valid Chrome trace', function () {
    const trace = JSON.parse(JSON.stringify(chromeTrace(timelineOf(cpuBound)))) as { traceEvents: Record<string, unknown>[] };
    assert.ok(Array.isArray(trace.traceEvents) && trace.traceEvents.length > 0);
    const phases = new Set<string>();
    for (const e of trace.traceEvents) {
      assert.equal(typeof e.name, 'string');
      assert.equal(typeof e.pid, 'number');
      assert.equal(typeof e.tid, 'number');
      phases.add(e.ph as string);
      switch (e.ph) {
        case 'X':
          assert.ok(typeof e.ts === 'number' && typeof e.dur === 'number' && (e.dur as number) >= 0 && (e.ts as number) >= 0);
          break;
        case 'i':
          assert.ok(typeof e.ts === 'number' && ['g', 'p', 't'].includes(e.s as string));
          break;
        case 'M':
          assert.ok(['process_name', 'thread_name'].includes(e.name as string));
          assert.equal(typeof (e.args as { name: unknown }).name, 'string');
          break;
        default:
          assert.fail(`unexpected phase ${String(e.ph)}`);
      }
    }
    assert.deepEqual([...phases].sort(), ['M', 'X', 'i']);
  });
});
