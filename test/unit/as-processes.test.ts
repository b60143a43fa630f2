// RunOptions.threadsAsProcesses: the learner's threading.Thread is multiprocessing.Process (the oracle
// side, against real CPython, is test/oracle/as-processes.test.ts); what processes cannot share stops the
// run with a diagnostic naming it; recordTimeline and elapsedNs, which the compare mode's runs use.
import assert from 'node:assert/strict';
import { runSource, type RunOptions, type RunResult } from '../../src/core/index';
import { buildTimeline } from '../../src/trace-model/timeline';

function asProcesses(source: string, options: RunOptions = {}): RunResult {
  return runSource(source, { filename: 'prog.py', threadsAsProcesses: true, ...options });
}

describe('threads as processes (RunOptions.threadsAsProcesses)', function () {
  this.timeout(30_000);

  it('gives the learner multiprocessing.Process for threading.Thread, however it is imported', function () {
    const source = [
      'import multiprocessing',
      'import threading',
      'import threading as th',
      'from threading import Thread',
      'print(threading.Thread is multiprocessing.Process, th.Thread is Thread is multiprocessing.Process)',
      'class W(threading.Thread):',
      '    pass',
      'print(W.__mro__[1].__name__, W().name)',
    ].join('\n');
    const r = asProcesses(source);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'True True\nProcess W-1\n');
    // Without the option the same file has threads.
    assert.equal(runSource(source, { filename: 'prog.py' }).stdout, 'False False\nThread Thread-1\n');
  });

  it('runs each worker in a process of its own: module globals are copied, not shared', function () {
    const r = asProcesses([
      'import os, threading',
      'seen = []',
      'def work(tag):',
      '    seen.append(tag)',
      '    print(tag, seen, os.getpid() != main_pid, threading.current_thread().name)',
      'main_pid = os.getpid()',
      'for tag in "ab":',
      '    t = threading.Thread(target=work, args=(tag,))',
      '    t.start()',
      '    t.join()',
      'print("main:", seen, t.name)',
    ].join('\n'), { recordTrace: true });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, "a ['a'] True MainThread\nb ['b'] True MainThread\nmain: [] Process-2\n");
    assert.deepEqual(r.processes?.map((p) => p.name), ['Process-1', 'Process-2']);
  });

  it('maps ThreadPoolExecutor to ProcessPoolExecutor, whose own manager thread stays a thread', function () {
    const r = asProcesses([
      'import concurrent.futures',
      'from concurrent import futures',
      'def square(x):',
      '    return x * x',
      'with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:',
      '    print(type(ex).__name__, futures.ThreadPoolExecutor is futures.ProcessPoolExecutor, list(ex.map(square, [2, 3])))',
    ].join('\n'), { recordTimeline: true });
    assert.equal(r.stdout, 'ProcessPoolExecutor True [4, 9]\n', r.stderr);
    const lanes = buildTimeline(r.events ?? [], r.processes).threads.map((l) => l.name);
    assert.ok(lanes.includes('MainProcess Thread-1'), `the executor's manager thread: ${lanes.join(', ')}`);
    assert.ok(lanes.filter((n) => n.startsWith('ForkProcess-')).length === 2, lanes.join(', '));
  });

  const refused: [string, string][] = [
    ['threading.Lock()', 'threading.Lock'],
    ['threading.RLock()', 'threading.RLock'],
    ['threading.Condition()', 'threading.Condition'],
    ['threading.Semaphore(2)', 'threading.Semaphore'],
    ['threading.BoundedSemaphore(2)', 'threading.BoundedSemaphore'],
    ['threading.Event()', 'threading.Event'],
    ['threading.Barrier(2)', 'threading.Barrier'],
    ['threading.Timer(1.0, print)', 'threading.Timer'],
    ['queue.Queue()', 'queue.Queue'],
    ['queue.SimpleQueue()', 'queue.SimpleQueue'],
  ];
  for (const [expression, construct] of refused) {
    it(`stops at ${construct} made in the main process: not comparable as processes, at its line`, function () {
      const r = asProcesses(`import threading, queue\nprint("before")\nshared = ${expression}\nprint("after")\n`);
      assert.equal(r.exitCode, 2);
      assert.equal(r.stdout, 'before\n');
      assert.ok(r.diagnostic);
      assert.equal(r.diagnostic.kind, 'Unsupported');
      assert.equal(r.diagnostic.line, 3);
      const why = construct === 'threading.Timer' ? 'a thread that waits, then calls a function' : 'made in the main process, it would be copied into each process';
      assert.ok(r.diagnostic.message.startsWith(`not comparable as processes: ${construct} (${why}`), r.diagnostic.message);
      assert.ok(r.stderr.includes(`prog.py:3:1: not comparable as processes: ${construct}`), r.stderr);
      // As threads, the same program runs to its end.
      assert.equal(runSource(`import threading, queue\nprint("before")\nshared = ${expression}\nprint("after")\n`).stdout, 'before\nafter\n');
    });
  }

  it('lets a worker use a lock it makes itself; a subclass of a refused class stops the run even there', function () {
    const own = asProcesses([
      'import threading',
      'def work():',
      '    lock = threading.Lock()',
      '    with lock:',
      '        print("locked in the worker:", lock.locked())',
      't = threading.Thread(target=work)',
      't.start()',
      't.join()',
      'print("exit code", t.exitcode)',
    ].join('\n'));
    assert.equal(own.stdout, 'locked in the worker: True\nexit code 0\n', own.stderr);
    assert.equal(own.exitCode, 0);
    const subclass = asProcesses([
      'import threading',
      'class Flag(threading.Event):',
      '    pass',
      'def work():',
      '    Flag()',
      't = threading.Thread(target=work)',
      't.start()',
      't.join()',
    ].join('\n'));
    // The child's diagnostic is the run's: the run cannot be compared from there on.
    assert.equal(subclass.exitCode, 2);
    assert.equal(subclass.diagnostic?.line, 5);
    assert.match(subclass.diagnostic?.message ?? '', /^not comparable as processes: threading\.Event/);
  });

  it('keeps threading.local (each process has its own anyway) and the threading functions', function () {
    const r = asProcesses([
      'import threading',
      'data = threading.local()',
      'data.x = 1',
      'def work():',
      '    data.x += 1',
      '    print(data.x, threading.active_count(), threading.main_thread().name)',
      't = threading.Thread(target=work)',
      't.start()',
      't.join()',
      'print(data.x)',
    ].join('\n'));
    assert.equal(r.stdout, '2 1 MainThread\n1\n', r.stderr);
  });
});

describe('recordTimeline and elapsedNs', function () {
  this.timeout(30_000);
  const program = 'import threading\ndef work():\n    for i in range(3000):\n        pass\nts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n';

  it('records only the thread and GIL events, the same ones as the whole trace has', function () {
    const whole = runSource(program, { recordTrace: true });
    const timelineOnly = runSource(program, { recordTimeline: true });
    assert.ok(whole.events && timelineOnly.events);
    const kinds = new Set<string>();
    for (let i = 0; i < timelineOnly.events.length; i++) kinds.add((timelineOnly.events.at(i) as { kind: string }).kind);
    assert.deepEqual([...kinds].sort(), ['gil', 'thread']);
    assert.deepEqual(buildTimeline(timelineOnly.events), buildTimeline(whole.events));
    assert.equal(runSource(program).events, null);
  });

  it('reports the program\'s simulated time, up to the last process\'s end', function () {
    const r = runSource(program, { recordTimeline: true });
    const t = buildTimeline(r.events ?? []);
    assert.ok(r.elapsedNs >= t.endNs && r.elapsedNs < t.endNs + 1_000_000, `${r.elapsedNs} vs the timeline's ${t.endNs}`);
    const forked = runSource(program, { recordTimeline: true, threadsAsProcesses: true });
    assert.ok(forked.processes?.length === 2);
    for (const p of forked.processes) assert.ok(p.endNs !== null && forked.elapsedNs >= p.endNs);
  });
});
