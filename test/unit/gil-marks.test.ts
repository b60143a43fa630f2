// The GIL marks of annotations: real simulated programs whose blocking calls release the GIL, and the exact
// marks the editor writes after their lines (at the end of the run and in step mode), and the hover's words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startRun } from '../../src/core/index';
import type { EventSource, TraceEvent } from '../../src/core/trace/events';
import type { PythonVersion } from '../../src/core/versions';
import type { TraceView } from '../../src/shared/protocol';
import { formatDuration, gilHoverMarkdown, gilMarkText } from '../../src/trace-model/text';
import { buildView, lineStepIndices, programEnd } from '../../src/trace-model/walk';
import { englishWords } from './helpers/english-words';
import type { AnnotationDetail } from '../../src/trace-model/text';

const ioBoundLesson = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'lessons', '05_io_bound.py'), 'utf8');

interface Run {
  source: string;
  events: EventSource;
  steps: number[];
  view(position: number | null): TraceView;
}

function simulate(source: string, python: PythonVersion = '3.11'): Run {
  const run = startRun(source, { recordTrace: true, filename: 'test.py', python });
  while (run.advance(100_000));
  const events = run.result().events ?? [];
  const end = programEnd(events);
  const steps = lineStepIndices(events, end);
  const statics = run.staticObjects();
  return {
    source, events, steps,
    view: (position) => buildView(events, { endIndex: position === null ? end : steps[position], position, sourceLines: source.split('\n'), statics }),
  };
}

function lineOf(source: string, fragment: string): number {
  const index = source.split('\n').findIndex((l) => l.trimStart().startsWith(fragment));
  assert.ok(index >= 0, `no line starts with ${fragment}`);
  return index + 1;
}

/** The mark after the line starting with `fragment`, or null when it has none. */
function markOf(run: Run, v: TraceView, fragment: string, detail: AnnotationDetail = 'compact'): string | null {
  const mark = v.lines.find((l) => l.line === lineOf(run.source, fragment))?.gil;
  return mark ? gilMarkText(mark, detail, englishWords) : null;
}

/** The first line step after the first event of the run that `test` accepts. */
function positionAfter(run: Run, test: (e: TraceEvent) => boolean): number {
  let index = -1;
  for (let i = 0; i < run.events.length && index < 0; i++) if (test(run.events.at(i) as TraceEvent)) index = i;
  assert.ok(index >= 0, 'no such event');
  const position = run.steps.findIndex((s) => s > index);
  assert.ok(position >= 0, 'no line step after the event');
  return position;
}

const sleepy = ['import time', 'time.sleep(0.1)', 'for i in range(3):', '    time.sleep(0.01)', 'x = 1', ''].join('\n');

// A CPU-bound thread beside a main thread that sleeps: each sleep returns while the spinner holds the GIL,
// and the main thread waits for its drop request to be honoured (the convoy effect), here with a 0.5 ms interval.
const convoy = [
  'import sys',
  'import threading',
  'import time',
  'sys.setswitchinterval(0.0005)',
  'def spin():',
  '    n = 0',
  '    while n < 100000:',
  '        n += 1',
  't = threading.Thread(target=spin)',
  't.start()',
  'for i in range(3):',
  '    time.sleep(0.0001)',
  't.join()',
  '',
].join('\n');

const hashing = [
  'import hashlib',
  'import threading',
  'data = b"x" * 1_000_000',
  'def work():',
  '    hashlib.sha256(data).hexdigest()',
  'threads = [threading.Thread(target=work) for _ in range(2)]',
  'for t in threads:',
  '    t.start()',
  'for t in threads:',
  '    t.join()',
  '',
].join('\n');

describe('GIL marks: release / reacquire on blocking calls', function () {
  this.timeout(60_000);
  let convoyRun: Run | null = null;
  // About a million instructions: simulated once for the two tests that read it.
  const convoyOnce = () => (convoyRun ??= simulate(convoy));

  it('marks a sleep with its duration, aggregates a loop, and leaves other lines alone', function () {
    const run = simulate(sleepy);
    const end = run.view(null);
    // time.sleep adds the timer slack (50 µs) to the sleep; nobody else wants the GIL: taken back at once.
    assert.equal(markOf(run, end, 'time.sleep(0.1)'), 'GIL released 100 ms · reacquired at once');
    assert.equal(markOf(run, end, 'time.sleep(0.01)'), 'GIL released ×3, 30 ms total · reacquired at once');
    assert.equal(markOf(run, end, 'time.sleep(0.01)', 'detailed'), 'GIL released ×3, 30 ms total (sleep) · reacquired at once');
    assert.equal(markOf(run, end, 'time.sleep(0.01)', 'off'), null);
    assert.equal(markOf(run, end, 'x = 1'), null);
    assert.equal(markOf(run, end, 'for i in'), null);
    // The refcount annotations of the line are unchanged beside it.
    assert.deepEqual(end.lines.find((l) => l.line === 4)?.items, []);
  });

  it('in step mode, counts only the releases made before the step', function () {
    const run = simulate(sleepy);
    // Before line 2 runs: nothing released yet.
    assert.equal(markOf(run, run.view(1), 'time.sleep(0.1)'), null);
    // Before the loop's third sleep: two of them.
    const loopSleeps = run.steps.flatMap((index, position) => ((run.events.at(index) as TraceEvent & { line: number }).line === 4 ? [position] : []));
    assert.equal(loopSleeps.length, 3);
    assert.equal(markOf(run, run.view(loopSleeps[2]), 'time.sleep(0.01)'), 'GIL released ×2, 20 ms total · reacquired at once');
  });

  it('shows the convoy effect: each sleep waits for the CPU-bound thread to drop the GIL', function () {
    const run = convoyOnce();
    const end = run.view(null);
    // start() waits for the thread to start (an Event); the spinner then holds the GIL until a drop request.
    assert.equal(markOf(run, end, 't.start()'), 'GIL released 101 µs · reacquired after 600 µs wait');
    assert.equal(markOf(run, end, 'time.sleep(0.0001)'), 'GIL released ×3, 450 µs total · 1.8 ms waiting to reacquire');
    assert.equal(markOf(run, end, 't.join()', 'detailed'), 'GIL released 1.3 ms (lock wait) · reacquired at once');
    // The spinner's lines block on nothing.
    assert.equal(markOf(run, end, 'n += 1'), null);
    assert.equal(markOf(run, end, 'while n <'), null);
  });

  it('in step mode, shows a sleep under way, then the wait to take the GIL back', function () {
    const run = convoyOnce();
    const main = (state: string, detail?: string) => (e: TraceEvent) =>
      e.kind === 'thread' && e.thread === 0 && e.state === state && (detail === undefined || e.detail === detail);
    const sleeping = positionAfter(run, main('blocked', 'sleep'));
    assert.equal(markOf(run, run.view(sleeping), 'time.sleep(0.0001)'), 'GIL released — sleeping');
    let returned = -1;
    let seenSleep = false;
    for (let i = 0; i < run.events.length && returned < 0; i++) {
      const e = run.events.at(i) as TraceEvent;
      if (main('blocked', 'sleep')(e)) seenSleep = true;
      else if (seenSleep && main('gil-wait')(e)) returned = i;
    }
    const waiting = run.steps.findIndex((s) => s > returned);
    assert.equal(markOf(run, run.view(waiting), 'time.sleep(0.0001)'), 'call returned, waiting for the GIL');
    // The earlier start() is over by then: its mark is complete.
    assert.equal(markOf(run, run.view(waiting), 't.start()'), 'GIL released 101 µs · reacquired after 600 µs wait');
  });

  it('names the threads other than the main one, on the I/O-bound lesson', function () {
    const run = simulate(ioBoundLesson);
    const end = run.view(null);
    assert.equal(markOf(run, end, 'response = requests.get(url)'), 'Thread-1 (telecharger_url), Thread-2 (telecharger_url): GIL released ×2, 300 ms total · reacquired at once');
    assert.equal(markOf(run, end, 'response = requests.get(url)', 'detailed'), 'Thread-1 (telecharger_url), Thread-2 (telecharger_url): GIL released ×2, 300 ms total (I/O) · reacquired at once');
    assert.equal(markOf(run, end, 't.start()'), 'GIL released ×2, 201 µs total · reacquired at once');
    assert.equal(markOf(run, end, 't.join()'), 'GIL released ×2, 150 ms total · reacquired at once');
    assert.equal(markOf(run, end, 'print('), null);
    // While both downloads wait on the network, the main thread joins the first.
    const bothWaiting = positionAfter(run, (e) => e.kind === 'thread' && e.thread === 2 && e.state === 'blocked' && e.detail === 'io');
    const v = run.view(bothWaiting);
    assert.equal(markOf(run, v, 'response = requests.get(url)'), 'Thread-1 (telecharger_url), Thread-2 (telecharger_url): GIL released — waiting for I/O');
    assert.equal(markOf(run, v, 't.join()'), null);
    const hover = gilHoverMarkdown(v.lines.find((l) => l.line === lineOf(run.source, 'response ='))!.gil!, englishWords);
    assert.equal(hover, [
      '**The GIL is released during this call**',
      '',
      'A blocking call releases the GIL\\.',
      '',
      '- Thread\\-1 \\(telecharger\\_url\\): now GIL released — waiting for I/O',
      '- Thread\\-2 \\(telecharger\\_url\\): now GIL released — waiting for I/O',
    ].join('\n'));
  });

  it('at the end, counts the calls other threads finish while the interpreter waits for them, not its own wait', function () {
    const source = ['import threading', 'import time', 'def worker():', '    time.sleep(0.01)', 'threading.Thread(target=worker).start()', 'y = 2', ''].join('\n');
    const run = simulate(source);
    const end = run.view(null);
    // The module ends while the thread sleeps: threading's _shutdown joins it, and its sleep ends then.
    assert.equal(markOf(run, end, 'time.sleep(0.01)'), 'Thread-1 (worker): GIL released 10 ms · reacquired at once');
    assert.equal(markOf(run, end, 'y = 2'), null);
    // Before the last line, the thread is still asleep.
    assert.equal(markOf(run, run.view(run.steps.length - 1), 'time.sleep(0.01)'), 'Thread-1 (worker): GIL released — sleeping');
  });

  it('puts a call on the line of the thread that made it, even when that thread resumed mid-line', function () {
    // The worker's second sleep starts on the line where its first one returned, after the main thread ran
    // other lines: the thread switch, not a new line, tells which line is the worker's.
    const source = [
      'import sys', 'import threading', 'import time', 'sys.setswitchinterval(0.0005)',
      'def worker():', '    time.sleep(0.0001); time.sleep(0.0001)',
      't = threading.Thread(target=worker)', 't.start()', 'n = 0', 'while n < 30000:', '    n += 1', 't.join()', '',
    ].join('\n');
    const run = simulate(source);
    const end = run.view(null);
    assert.equal(markOf(run, end, 'time.sleep'), 'Thread-1 (worker): GIL released ×2, 300 µs total · 1.2 ms waiting to reacquire');
    assert.equal(markOf(run, end, 'n += 1'), null);
    assert.equal(markOf(run, end, 'while n <'), null);
  });

  it('marks C code that computes without the GIL, with its function in detailed mode and in the hover', function () {
    const run = simulate(hashing);
    const end = run.view(null);
    assert.equal(markOf(run, end, 'hashlib.sha256'), 'Thread-1 (work), Thread-2 (work): GIL released ×2, 1.4 ms total · reacquired at once');
    assert.equal(markOf(run, end, 'hashlib.sha256', 'detailed'), 'Thread-1 (work), Thread-2 (work): GIL released ×2, 1.4 ms total (hashlib.sha256) · reacquired at once');
    const mark = end.lines.find((l) => l.line === lineOf(hashing, 'hashlib.sha256'))!.gil!;
    assert.deepEqual(mark.done.map((t) => [t.thread, t.releases, t.reacquireWaitNs]), [['Thread-1 (work)', 1, 0], ['Thread-2 (work)', 1, 0]]);
    assert.equal(gilHoverMarkdown(mark, englishWords), [
      '**The GIL is released during this call**',
      '',
      'This C code \\(hashlib\\.sha256\\) releases the GIL\\.',
      '',
      '- Thread\\-1 \\(work\\): 680 µs in the call · reacquired at once',
      '- Thread\\-2 \\(work\\): 680 µs in the call · reacquired at once',
    ].join('\n'));
    // A small buffer is hashed with the GIL held (below HASHLIB_GIL_MINSIZE): no mark.
    const small = simulate('import hashlib\nhashlib.sha256(b"x" * 100).hexdigest()\n');
    assert.equal(markOf(small, small.view(null), 'hashlib.sha256'), null);
  });

  it('says there is no GIL to release under the free-threaded model (3.13t)', function () {
    const run = simulate(sleepy, '3.13t');
    const end = run.view(null);
    assert.equal(markOf(run, end, 'time.sleep(0.1)'), 'sleep 100 ms · no GIL to release');
    assert.equal(markOf(run, end, 'time.sleep(0.01)'), 'sleep ×3, 30 ms total · no GIL to release');
    const mark = end.lines.find((l) => l.line === 2)!.gil!;
    assert.equal(gilHoverMarkdown(mark, englishWords), ['**No GIL to release**', '', 'No GIL in this model\\.', '', '- MainThread: 100 ms in the call'].join('\n'));
  });

  it('formats simulated durations for a learner', function () {
    assert.deepEqual(
      [800, 101_000, 999_400, 1_050_000, 4_900_000, 9_960_000, 150_000_000, 999_400_000, 1_000_000_000, 12_300_000_000].map(formatDuration),
      ['800 ns', '101 µs', '999 µs', '1.1 ms', '4.9 ms', '10 ms', '150 ms', '999 ms', '1.0 s', '12 s'],
    );
  });
});
