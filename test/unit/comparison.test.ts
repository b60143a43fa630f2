// Compare mode's model (src/trace-model/comparison.ts) on real simulated runs: the three models, their
// timelines from the program's start on one axis, and the figures the learner compares.
import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import { COMPARED_MODELS, compareRunOptions, comparedRun, comparison, comparisonChromeTrace, comparisonText, PROCESSES_NOTE, type Comparison } from '../../src/trace-model/comparison';

/** Two CPU-bound workers after a short serial part. */
const CPU_BOUND = [
  'import threading',
  'def work():',
  '    total = 0',
  '    for i in range(120000):',
  '        total += i',
  'work()',
  'ts = [threading.Thread(target=work) for _ in range(2)]',
  'for t in ts:',
  '    t.start()',
  'for t in ts:',
  '    t.join()',
  'print("done")',
].join('\n');

function compare(source: string): Comparison {
  return comparison(COMPARED_MODELS.map((m) => comparedRun(m, runSource(source, { filename: 'prog.py', ...compareRunOptions(m) }))));
}

describe('compare mode (3.11, 3.13t, as processes)', function () {
  this.timeout(60_000);
  let cpu: Comparison;

  before(function () {
    cpu = compare(CPU_BOUND);
  });

  it('runs the file under the three models, in order, each to its end', function () {
    assert.deepEqual(cpu.runs.map((r) => [r.model, r.python]), [['gil', '3.11'], ['free-threaded', '3.13t'], ['processes', '3.11']]);
    for (const r of cpu.runs) {
      assert.equal(r.exitCode, 0, r.stderr);
      assert.equal(r.stdout, 'done\n');
    }
  });

  it('draws every run from the program\'s start: the main thread runs (holding the GIL under 3.11) from 0', function () {
    for (const r of cpu.runs) {
      const main = r.timeline.threads[0];
      assert.equal(main.thread, 0);
      assert.equal(main.intervals[0].from, 0, r.model);
      assert.equal(main.intervals[0].state, 'running', r.model);
      // The serial call to work() before the threads: the first interval lasts it.
      assert.ok(main.intervals[0].to > 1_000_000, `${r.model}: ${main.intervals[0].to}`);
      assert.equal(r.timeline.endNs, r.stats.wallNs);
    }
    const gil = cpu.runs[0].timeline.gil;
    assert.deepEqual([gil[0].thread, gil[0].from], [0, 0]);
    assert.equal(cpu.runs[1].timeline.gil.length, 0, '3.13t has no GIL');
    assert.equal(cpu.runs[2].timeline.gil.length, 0, 'processes: no one holder lane (each process has its own GIL)');
  });

  it('shares one time axis: the longest run\'s end', function () {
    assert.equal(cpu.endNs, Math.max(...cpu.runs.map((r) => r.stats.wallNs)));
  });

  it('gives lanes per thread, and per process as processes', function () {
    assert.deepEqual(cpu.runs[0].timeline.threads.map((l) => l.name), ['MainThread', 'Thread-1 (work)', 'Thread-2 (work)']);
    assert.deepEqual(cpu.runs[2].timeline.threads.map((l) => l.name), ['MainProcess', 'Process-1', 'Process-2']);
  });

  it('shows CPU-bound threads gaining nothing under the GIL, and running side by side without it or as processes', function () {
    const [gil, free, processes] = cpu.runs.map((r) => r.stats);
    assert.ok(gil.speedup !== null && free.speedup !== null && processes.speedup !== null, 'each model has work of two threads to compare');
    assert.ok(gil.speedup > 0.85 && gil.speedup < 1.05, `3.11 speedup ${gil.speedup}`);
    assert.ok(gil.gilWaitNs > 0.3 * gil.wallNs, '3.11: the workers wait for the GIL');
    assert.ok(free.speedup > 1.2, `3.13t speedup ${free.speedup}`);
    // Less than 3.13t at this size: each process costs its fork, its start-up and, at its end, its teardown (about 3 ms).
    assert.ok(processes.speedup > 1.05, `processes speedup ${processes.speedup}`);
    assert.equal(free.gilWaitNs, 0);
    assert.equal(processes.gilWaitNs, 0);
    // Processes run 3.11's bytecode in parallel: the program ends before 3.11's threads do.
    assert.ok(processes.wallNs < gil.wallNs, `processes ${processes.wallNs} vs 3.11 ${gil.wallNs}`);
    for (const s of [gil, free, processes]) assert.ok(Math.abs((s.speedup ?? NaN) - s.serialNs / s.wallNs) < 1e-9);
  });

  it('reports it as text: outputs, timelines on one axis, the table and the note about memory', function () {
    const text = comparisonText(cpu, 'prog.py');
    for (const heading of ['==== 3.11 (GIL): output ====', '==== 3.13t (free-threaded, no GIL): output ====', '==== as processes (3.11 in each): output ====',
      '==== 3.11 (GIL): timeline ====', '==== comparison (simulated time) ====']) {
      assert.ok(text.includes(heading), heading);
    }
    assert.ok(text.includes(PROCESSES_NOTE));
    // Every timeline's axis ends at the same time (the longest run's).
    const ends = [...text.matchAll(/^ +0 ms +([\d.]+) ms$/gm)].map((m) => m[1]);
    assert.deepEqual(ends, Array(3).fill((cpu.endNs / 1e6).toFixed(2)));
    const table = text.slice(text.indexOf('==== comparison'));
    for (const r of cpu.runs) {
      const row = table.split('\n').find((l) => l.startsWith(COMPARED_MODELS.find((m) => m.id === r.model)?.label ?? '?'));
      assert.ok(row?.endsWith(`×${r.stats.speedup?.toFixed(2)}`), row);
      assert.ok(row?.includes(`${(r.stats.wallNs / 1e6).toFixed(2)} ms`), row);
    }
    const processesTimeline = text.slice(text.indexOf('==== as processes (3.11 in each): timeline ===='), text.indexOf('==== comparison'));
    assert.ok(!/^GIL /m.test(processesTimeline), 'the processes run has no GIL row');
    assert.ok(/^GIL /m.test(text.slice(0, text.indexOf('==== 3.13t (free-threaded, no GIL): timeline'))), '3.11 has one');
  });

  it('writes the three runs into one Chrome trace, each model\'s processes apart and named', function () {
    const events = comparisonChromeTrace(cpu).traceEvents;
    const names = events.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, (e.args as { name: string }).name]);
    assert.deepEqual(names.map(([, name]) => name), [
      '3.11 (GIL): CPython Lens (simulated)', '3.13t (free-threaded, no GIL): CPython Lens (simulated)', 'as processes (3.11 in each): CPython Lens (simulated)',
      'as processes (3.11 in each): Process-1 (simulated)', 'as processes (3.11 in each): Process-2 (simulated)',
    ]);
    assert.equal(new Set(names.map(([pid]) => pid)).size, names.length);
    // Every interval belongs to a named process, and none outlasts the shared axis.
    const named = new Set(names.map(([pid]) => pid));
    for (const e of events.filter((e) => e.ph === 'X')) {
      assert.ok(named.has(e.pid as number));
      assert.ok((e.ts as number) + (e.dur as number) <= cpu.endNs / 1000 + 1e-6);
    }
  });

  it('says why a program cannot run as processes, and still compares the other two', function () {
    const c = compare('import threading\nlock = threading.Lock()\nwith lock:\n    print("locked")\n');
    assert.deepEqual(c.runs.map((r) => r.exitCode), [0, 0, 2]);
    const stopped = c.runs[2];
    assert.equal(stopped.diagnostic?.line, 2);
    assert.match(stopped.diagnostic?.message ?? '', /^not comparable as processes: threading\.Lock/);
    const text = comparisonText(c, 'prog.py');
    assert.match(text, /as processes \(3\.11 in each\) +[\d.]+ ms +[\d.]+ ms +[\d.]+ ms +\(stopped\)$/m);
    assert.ok(text.includes('prog.py:2:1: not comparable as processes: threading.Lock'));
  });
});
