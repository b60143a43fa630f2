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

// Names as threading gives them: CPython's default with the target's name, name=, a rename before the
// start, by the thread itself while it runs, by another thread while it runs (what `t.name` reads at the end).
const named = `
import threading
import time

def work():
    time.sleep(0.001)

def renames_itself():
    time.sleep(0.001)
    threading.current_thread().name = "renamed-inside"
    time.sleep(0.001)

a = threading.Thread(target=work)
b = threading.Thread(target=work, name="given")
c = threading.Thread(target=renames_itself)
d = threading.Thread(target=work)
d.name = "before-start"
e = threading.Thread(target=work)
for t in (a, b, c, d, e):
    t.start()
e.name = "while-running"
for t in (a, b, c, d, e):
    t.join()
print([t.name for t in (a, b, c, d, e)])
`;
const namesAtEnd = ['Thread-1 (work)', 'given', 'renamed-inside', 'before-start', 'while-running'];

describe('threads timeline', function () {
  it('gives each thread its named lane, and the GIL to one thread at a time', function () {
    const t = timelineOf(cpuBound);
    assert.deepEqual(t.threads.map((l) => l.name), ['MainThread', 'Thread-1 (work)', 'Thread-2 (work)']);
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
    assert.ok(cpu.speedup !== null && cpu.speedup > 0.8 && cpu.speedup < 1.02, `CPU-bound speedup ${cpu.speedup}`);
    const io = runSummary(timelineOf(ioBound));
    assert.ok(io.speedup !== null && io.speedup > 2.8 && io.speedup < 3.05, `I/O-bound speedup ${io.speedup}`);
    // The serial estimate counts the threads' sleeps, not the main thread's joins.
    assert.ok(io.serialNs > 3 * 20e6 && io.serialNs < 3 * 21e6, `serial ${io.serialNs}`);
    const text = statsText(timelineOf(ioBound));
    assert.match(text, /^thread +running +GIL wait +blocked +C code$/m);
    assert.match(text, /^Thread-3 .* ms$/m);
    assert.match(text, /speedup ×(2\.9|3\.0)\d$/m);
  });

  it('names each lane as the program names its thread, renames included', function () {
    const r = runSource(named, { recordTrace: true, filename: 't.py' });
    assert.equal(r.stdout, `${JSON.stringify(namesAtEnd).replaceAll('"', "'").replaceAll(',', ', ')}\n`);
    const t = timelineOf(named);
    assert.deepEqual(t.threads.map((l) => l.name), ['MainThread', ...namesAtEnd]);
    const rows = asciiTimeline(t, 40).split('\n');
    assert.deepEqual(rows.slice(0, 6).map((row) => row.split('|')[0].trim()), ['MainThread', ...namesAtEnd]);
    assert.deepEqual(statsText(t).split('\n').slice(1, 7).map((row) => row.split(/ {2,}/)[0]), ['MainThread', ...namesAtEnd]);
    const names = chromeTrace(t).traceEvents.filter((e) => e.name === 'thread_name' && e.tid !== 1000).map((e) => (e.args as { name: string }).name);
    assert.deepEqual(names, ['MainThread', ...namesAtEnd]);
    // The renamed thread keeps its lane: the rename changes no state.
    const inside = t.threads[3];
    assert.deepEqual(inside.intervals.filter((iv) => iv.state === 'blocked' && iv.detail === 'sleep').length, 2);
  });

  it('names the main thread as renamed before any other thread started', function () {
    const t = timelineOf('import threading\nthreading.current_thread().name = "boss"\nw = threading.Thread(target=print, args=("hi",))\nw.start()\nw.join()\n');
    assert.deepEqual(t.threads.map((l) => l.name), ['boss', 'Thread-1 (print)']);
  });

  it('gives no speedup when there is nothing to compare, and short times in µs', function () {
    // One thread that does nothing: its start-up and the main thread's wake-up after the join are most of the run.
    const trivial = timelineOf('import threading\ndef work():\n    pass\nt = threading.Thread(target=work)\nt.start()\nt.join()\n');
    const summary = runSummary(trivial);
    assert.equal(summary.speedup, null);
    assert.equal(summary.noSpeedup, 'idle');
    assert.ok(summary.serialNs > 0 && summary.serialNs < 10_000, `serial ${summary.serialNs}`);
    assert.ok(summary.idleNs > summary.elapsedNs / 2 && summary.idleNs <= summary.elapsedNs, `idle ${summary.idleNs} of ${summary.elapsedNs}`);
    const text = statsText(trivial);
    assert.match(text, /^Thread-1 \(work\) +\d\.\d µs /m, 'its running time, not "0.00 ms"');
    assert.match(text, /serial estimate \d\.\d µs .* · no speedup to compute: for [\d.]+ (µs|ms) of it no thread was working \(threads or processes starting, waking up, ending\)$/m);
    assert.doesNotMatch(text, /speedup ×/);
    // One thread sleeping: nothing ran side by side.
    const alone = runSummary(timelineOf('import time\ntime.sleep(0.01)\n'));
    assert.deepEqual([alone.speedup, alone.noSpeedup], [null, 'one-thread']);
    // Threads that overlap are unaffected: the idle time is the start-ups only.
    const io = runSummary(timelineOf(ioBound));
    assert.equal(io.noSpeedup, null);
    assert.ok(io.idleNs < 0.01 * io.elapsedNs, `idle ${io.idleNs}`);
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
