// C code that computes without the GIL: the rule that shares simulated cores among such work, and
// when hashlib, zlib and the numpy kernels release the GIL (what the trace records, what the clock says).

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import type { TraceEvent } from '../../src/core/trace/events';
import { CoreSharing } from '../../src/core/threads/core-sharing';
import { TimerQueue } from '../../src/core/threads/timers';
import { buildTimeline, asciiTimeline, chromeTrace, threadStats, runSummary, statsText } from '../../src/trace-model/timeline';

type ThreadEvent = Extract<TraceEvent, { kind: 'thread' }>;

/** Drives a CoreSharing with its own timers: `at(t, f)` runs f at simulated time t; returns the finish times. */
function simulateCores(cores: number, script: (c: CoreSharing, at: (t: number, f: () => void) => void, done: (name: string) => () => void) => void): Record<string, number> {
  const timers = new TimerQueue();
  let now = 0;
  const sharing = new CoreSharing(timers, () => now, () => cores);
  const finished: Record<string, number> = {};
  script(sharing, (t, f) => timers.add(t, f), (name) => () => {
    finished[name] = now;
  });
  for (let next = timers.nextTime(); next !== null; next = timers.nextTime()) {
    now = next;
    timers.takeDue(now)?.fire();
  }
  return finished;
}

function run(source: string, options: { cores?: number; python?: '3.11' | '3.12' | '3.13' } = {}): { stdout: string; events: TraceEvent[] } {
  const result = runSource(source, { recordTrace: true, filename: 'native.py', ...options });
  assert.equal(result.exitCode, 0, result.stderr);
  const events: TraceEvent[] = [];
  for (let i = 0; i < (result.events?.length ?? 0); i++) events.push(result.events?.at(i) as TraceEvent);
  return { stdout: result.stdout, events };
}

/** The C functions the program ran with the GIL released, in order (the `native` thread events). */
function releases(source: string): string[] {
  return run(source).events.filter((e): e is ThreadEvent => e.kind === 'thread' && e.state === 'native').map((e) => e.detail);
}

describe('simulated cores shared by C code running without the GIL', () => {
  it('runs a job at full speed while there are cores to spare', () => {
    const t = simulateCores(4, (c, at, done) => {
      c.start(1000, done('a'));
      c.start(3000, done('b'));
    });
    assert.deepEqual(t, { a: 1000, b: 3000 });
  });

  it('shares the cores when jobs outnumber them (processor sharing): 3 jobs on 2 cores take 1.5 times as long', () => {
    const t = simulateCores(2, (c, _at, done) => {
      for (const name of ['a', 'b', 'c']) c.start(1000, done(name));
    });
    assert.deepEqual(t, { a: 1500, b: 1500, c: 1500 });
  });

  it('speeds the remaining jobs up when one finishes, and slows them when one starts', () => {
    // 1 core: a alone for 100 ns, then a and b at half speed until a is done (a: 1000 ns of work).
    const t = simulateCores(1, (c, at, done) => {
      c.start(1000, done('a'));
      at(100, () => c.start(300, done('b')));
    });
    // From 100 both get 0.5: b's 300 ns take 600 (done at 700; a did 100 + 300, 600 left), then a alone: 1300.
    assert.deepEqual(t, { b: 700, a: 1300 });
  });

  it('counts threads running bytecode as taking a core', () => {
    const t = simulateCores(1, (c, at, done) => {
      c.setRunners(1);
      c.start(1000, done('a'));
      at(500, () => c.setRunners(0));
    });
    // Half speed for 500 ns (250 done), then full speed for the remaining 750.
    assert.deepEqual(t, { a: 1250 });
  });
});

describe('hashlib, zlib and numpy release the GIL as CPython does', () => {
  it('hashlib: from 2048 bytes (HASHLIB_GIL_MINSIZE), in the constructor and in update()', () => {
    assert.deepEqual(releases('import hashlib\nhashlib.sha256(b"x" * 2047)\nhashlib.sha256().update(b"x" * 2047)\n'), []);
    assert.deepEqual(releases('import hashlib\nh = hashlib.sha256(b"x" * 2048)\nh.update(b"x" * 4096)\n'), ['hashlib.sha256', 'sha256.update']);
  });

  it('hashlib: once an update was large, every later update of that object releases it (the object got a lock)', () => {
    assert.deepEqual(releases('import hashlib\nh = hashlib.md5()\nh.update(b"x")\nh.update(b"x" * 3000)\nh.update(b"x")\nh.copy().update(b"x")\n'), ['md5.update', 'md5.update']);
    // The constructor's large data gives no lock: a later small update keeps the GIL.
    assert.deepEqual(releases('import hashlib\nh = hashlib.md5(b"x" * 3000)\nh.update(b"x")\n'), ['hashlib.md5']);
  });

  it('zlib: every compress/decompress call, whatever its size; checksums above 5 KiB', () => {
    assert.deepEqual(releases('import zlib\nzlib.decompress(zlib.compress(b"abc"))\nzlib.crc32(b"x" * 5120)\nzlib.adler32(b"x" * 5121)\n'), ['zlib.compress', 'zlib.decompress', 'zlib.adler32']);
  });

  it('zlib: one release per output block (CPython grows the output 32 KiB, 64 KiB, 256 KiB...)', () => {
    const found = releases('import zlib\ndata = bytes(range(256)) * 470\nzlib.compress(data, 0)\n');
    // 120 kB stored: 32 + 64 KiB blocks are filled, the third (256 KiB) is not: three deflate() calls.
    assert.deepEqual(found, ['zlib.compress', 'zlib.compress', 'zlib.compress']);
  });

  it('numpy: loops over more than 500 elements (NPY_BEGIN_THREADS_THRESHOLDED), and every dot', () => {
    assert.deepEqual(releases('import numpy as np\na = np.ones(500)\nb = a + a\nb.sum()\n'), []);
    assert.deepEqual(releases('import numpy as np\na = np.ones(501)\nb = np.sqrt(a)\nb.sum()\nnp.ones((2, 2)).dot(np.ones((2, 2)))\n'), ['numpy.sqrt', 'numpy.sum', 'numpy.dot']);
  });
});

const HASH_THREADS = `
import hashlib, threading, time
DATA = b"x" * SIZE
def work():
    for _ in range(COUNT):
        hashlib.sha256(DATA)
start = time.perf_counter()
work()
work()
serial = time.perf_counter() - start
start = time.perf_counter()
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(round((time.perf_counter() - start) / serial, 2))
`;

describe('what the simulated C modules do not model', () => {
  it('stops the run with a "not modelled" diagnostic, never a made-up AttributeError', () => {
    for (const [source, what] of [
      ['import hashlib\nhashlib.blake2b(b"x")\n', 'hashlib.blake2b'],
      ['import hashlib\nhashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10)\n', 'hashlib.pbkdf2_hmac'],
      ['import numpy as np\nnp.linalg\n', 'numpy.linalg'],
      ['import numpy as np\nnp.arange(3).T\n', 'numpy.ndarray.T'],
    ]) {
      const result = runSource(source, { filename: 'missing.py' });
      assert.equal(result.exitCode, 2, source);
      assert.equal(result.diagnostic?.message, `not modelled by CPython Lens: ${what}`);
    }
  });
});

describe('C code without the GIL in threads', () => {
  it('two threads hashing large buffers take about half the serial time on free cores, and gain nothing on one core', () => {
    const program = HASH_THREADS.replace('SIZE', '(1 << 20)').replace('COUNT', '4');
    const free = Number(run(program, { cores: 4 }).stdout);
    const one = Number(run(program, { cores: 1 }).stdout);
    assert.ok(free > 0.45 && free < 0.6, `ratio on 4 cores ${free}`);
    assert.ok(one > 0.95 && one < 1.1, `ratio on 1 core ${one}`);
  });

  it('two threads hashing small buffers (GIL held) gain nothing', () => {
    const ratio = Number(run(HASH_THREADS.replace('SIZE', '1000').replace('COUNT', '300')).stdout);
    assert.ok(ratio > 0.9, `ratio ${ratio}`);
  });

  it('shows the native state in the timeline: intervals, ASCII, Chrome trace and statistics', () => {
    const { events } = run('import hashlib, threading\nt = threading.Thread(target=hashlib.sha1, args=(b"x" * 100_000,))\nt.start()\nt.join()\n');
    const timeline = buildTimeline(events);
    const worker = timeline.threads.find((l) => l.thread === 1);
    const native = worker?.intervals.find((iv) => iv.state === 'native');
    assert.ok(native, 'a native interval');
    assert.equal(native.detail, 'hashlib.sha1');
    // sha1: 60 ns + 0.61 ns per byte (native-costs.ts).
    assert.equal(native.to - native.from, Math.round(60 + 0.61 * 100_000));
    assert.match(asciiTimeline(timeline, 40), /Thread-1.*=/);
    assert.ok(chromeTrace(timeline).traceEvents.some((e) => e.name === 'native, GIL released (hashlib.sha1)'));
    assert.equal(threadStats(timeline).find((s) => s.thread === 1)?.nativeNs, native.to - native.from);
    // The serial estimate counts the C code as the thread's own work; the CLI's table shows it.
    assert.ok(runSummary(timeline).serialNs >= native.to - native.from);
    assert.match(statsText(timeline), /^Thread-1 .* 0\.06 ms$/m);
  });
});
