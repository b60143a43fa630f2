// Processes: a forked child replays its parent's run (so it has the parent's heap exactly), the
// machine runs processes in parallel on the simulated cores, each process's stdout is buffered,
// and the timeline gets a lane per process.

import assert from 'node:assert/strict';
import { runSource, type RunOptions } from '../../src/core/index';
import { StdStreams, STDOUT_BUFFER_BYTES } from '../../src/core/processes/std-streams';
import { FORK_NS, PARENT_AFTER_FORK_NS, CHILD_AFTER_FORK_NS, CHILD_BOOTSTRAP_NS, CHILD_EXIT_WORK_NS } from '../../src/core/processes/costs';
import { buildTimeline, chromeTrace } from '../../src/trace-model/timeline';
import { GraphReplay } from '../../src/worker/graph-replay';
import type { TraceEvent } from '../../src/core/trace/events';

function run(source: string, options: RunOptions = {}): ReturnType<typeof runSource> {
  const result = runSource(source, { filename: 'procs.py', ...options });
  assert.equal(result.exitCode, 0, result.stderr);
  return result;
}

/** The simulated seconds the program printed: the processes' run, then the same work done once serially. */
function measured(stdout: string): { parallel: number; serialOne: number } {
  const [parallel, serialOne] = stdout.trim().split('\n').map(Number);
  return { parallel, serialOne };
}

const CPU_BOUND = (processes: number) => `
import multiprocessing as mp, time
def countdown(n):
    while n > 0:
        n -= 1
if __name__ == "__main__":
    start = time.perf_counter()
    ps = [mp.Process(target=countdown, args=(40_000,)) for _ in range(${processes})]
    for p in ps: p.start()
    for p in ps: p.join()
    print(time.perf_counter() - start)
    start = time.perf_counter()
    countdown(40_000)
    print(time.perf_counter() - start)
`;

describe('processes', () => {
  it('gives a forked child its parent heap exactly: same ids, refcounts and globals as at the fork', () => {
    const r = run(`
import os, sys
data = [1, 2, 3]
alias = data
table = {"k": data}
before = (id(data), sys.getrefcount(data), id(table))
pid = os.fork()
if pid == 0:
    print("child", (id(data), sys.getrefcount(data), id(table)) == before, data is table["k"])
    data.append(4)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent", before[1] == sys.getrefcount(data), data)
`);
    assert.equal(r.stdout, 'child True True\nparent True [1, 2, 3]\n');
  });

  it('answers the child replay from the journal: a second child sees what the parent received from the first', () => {
    const r = run(`
import multiprocessing as mp
def first(conn):
    conn.send({"from": "first", "n": 41})
def second(value):
    print("second sees", value)
if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=first, args=(b,))
    p.start()
    got = a.recv()
    p.join()
    got["n"] += 1
    q = mp.Process(target=second, args=(got,))
    q.start()
    q.join()
    print(q.exitcode, mp.current_process().name)
`);
    assert.equal(r.stdout, "second sees {'from': 'first', 'n': 42}\n0 MainProcess\n");
  });

  it('replays the clock a parent had while sharing the cores: a time-dependent loop before each fork comes out the same in the child', () => {
    const source = `
import multiprocessing as mp, time
def spin(n):
    while n > 0:
        n -= 1
def report(i, n):
    print(i, "child saw", n)
if __name__ == "__main__":
    ps = []
    for i in range(3):
        deadline = time.perf_counter() + 0.0005
        n = 0
        while time.perf_counter() < deadline:
            n += 1
        print(i, "parent counted", n, flush=True)
        for p in (mp.Process(target=report, args=(i, n)), mp.Process(target=spin, args=(20000,))):
            p.start()
            ps.append(p)
    for p in ps:
        p.join()
`;
    // One core: the spinning children slow the parent's clock down between its forks.
    const lines = run(source, { cores: 1 }).stdout.trim().split('\n');
    const counted = lines.filter((l) => l.includes('parent counted')).map((l) => Number(l.split(' ').pop()));
    const seen = lines.filter((l) => l.includes('child saw')).map((l) => Number(l.split(' ').pop()));
    assert.deepEqual(seen, counted);
    assert.ok(counted[2] < counted[0], `the shared core slows the parent: ${counted}`);
  });

  it('is deterministic: the same file gives the same output, steps and times', () => {
    const a = run(CPU_BOUND(3));
    const b = run(CPU_BOUND(3));
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.steps, b.steps);
  });

  it('runs processes in parallel up to the cores, sharing the cores beyond', () => {
    const one = measured(run(CPU_BOUND(1), { cores: 4 }).stdout).parallel;
    const { parallel: fourOnFour, serialOne: work } = measured(run(CPU_BOUND(4), { cores: 4 }).stdout);
    const fourOnTwo = measured(run(CPU_BOUND(4), { cores: 2 }).stdout).parallel;
    const fourOnOne = measured(run(CPU_BOUND(4), { cores: 1 }).stdout).parallel;
    // Enough cores: four processes take as long as one, plus the three more forks (one after the other in the parent,
    // each the fork and its copy-on-write faults).
    const moreForks = (fourOnFour - one) / ((FORK_NS + PARENT_AFTER_FORK_NS) / 1e9);
    assert.ok(moreForks > 2.5 && moreForks < 3.5, `4 processes on 4 cores: ${fourOnFour} s vs one ${one} s`);
    // On two cores the four share them: one more unit of work in total; on one core, three more. A unit is a
    // process's own CPU time: its countdown, its start-up and its end, which share the cores too.
    const unit = work + (CHILD_AFTER_FORK_NS + CHILD_BOOTSTRAP_NS + CHILD_EXIT_WORK_NS) / 1e9;
    const extra2 = (fourOnTwo - fourOnFour) / unit;
    const extra1 = (fourOnOne - fourOnFour) / unit;
    assert.ok(extra2 > 0.7 && extra2 < 1.3, `2 cores: ${extra2} units more than on 4`);
    assert.ok(extra1 > 2.4 && extra1 < 3.6, `1 core: ${extra1} units more than on 4`);
  });

  it('buffers stdout by block and stderr by line, and merges the processes in the order they wrote out', () => {
    const out: string[] = [];
    const streams = new StdStreams((stream, text) => out.push(`${stream}:${text}`));
    streams.write('stdout', 'a\n');
    streams.write('stderr', 'err');
    assert.equal(out.length, 0);
    streams.write('stderr', ' line\n');
    assert.deepEqual(out, ['stderr:err line\n']);
    streams.write('stdout', 'x'.repeat(STDOUT_BUFFER_BYTES));
    assert.equal(out.length, 2);
    assert.equal(out[1].length, 'stdout:'.length + 2 + STDOUT_BUFFER_BYTES);
    streams.write('stdout', 'tail\n');
    streams.flushAll();
    assert.equal(out[2], 'stdout:tail\n');

    // The parent's unflushed line reaches the output after the child's, written out at its exit.
    const r = run(`
import os
print("parent first, unflushed")
pid = os.fork()
if pid == 0:
    print("child")
else:
    os.waitpid(pid, 0)
    print("parent last")
`);
    assert.equal(r.stdout, 'parent first, unflushed\nchild\nparent first, unflushed\nparent last\n');
  });

  it('reports a deadlock between processes instead of hanging', () => {
    const r = runSource(`
import os
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    os._exit(0)
os.read(r, 1)
`, { filename: 'procs.py' });
    assert.equal(r.exitCode, 3);
    assert.match(r.stderr, /deadlock: every process is waiting/);
  });

  it('gives each process lanes in the timeline, with its multiprocessing name', () => {
    const r = run(CPU_BOUND(2), { recordTrace: true });
    assert.ok(r.events && r.processes);
    assert.deepEqual(r.processes.map((p) => [p.name, p.exitCode]), [['Process-1', 0], ['Process-2', 0]]);
    const t = buildTimeline(r.events, r.processes);
    assert.deepEqual(t.threads.map((l) => l.name), ['MainProcess', 'Process-1', 'Process-2']);
    const child = t.threads[1];
    const running = child.intervals.filter((iv) => iv.state === 'running').reduce((s, iv) => s + iv.to - iv.from, 0);
    assert.ok(running > 0, 'the child ran');
    assert.equal(child.intervals[child.intervals.length - 1].state, 'done');
    // The parent is blocked in join while the children run: waiting for another process, not I/O of its own.
    assert.ok(t.threads[0].intervals.some((iv) => iv.state === 'blocked' && iv.detail === 'process'));
    // In the Chrome trace each forked process is a process of its own, named.
    const trace = chromeTrace(t).traceEvents;
    const names = trace.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, (e.args as { name: string }).name]);
    assert.deepEqual(names, [[1, 'CPython Lens (simulated)'], [r.processes[0].pid, 'Process-1 (simulated)'], [r.processes[1].pid, 'Process-2 (simulated)']]);
    assert.ok(trace.some((e) => e.ph === 'X' && e.pid === r.processes?.[1].pid && e.name === 'running'));
  });

  it('re-runs a forked program to a step of the first process (the memory graph), the children running meanwhile', () => {
    const source = `
import multiprocessing as mp
def child(conn):
    conn.send([10, 20, 30])
if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    got = a.recv()
    p.join()
    print(got)
`;
    const r = run(source, { recordTrace: true });
    assert.ok(r.events);
    // The step at which line 11 (print) starts: `got` is bound by then.
    let printStep = -1;
    for (let i = 0; i < r.events.length; i++) {
      const e = r.events.at(i) as TraceEvent;
      if (e.kind === 'line' && e.line === 11) printStep = e.step;
    }
    assert.ok(printStep > 0);
    const graph = new GraphReplay({ source, filename: 'procs.py', python: '3.11' }).graphAfter(printStep - 1);
    const globals = graph.roots.find((root) => root.kind === 'globals');
    const got = globals?.bindings.find((b) => b.name === 'got');
    assert.ok(got, 'got is bound');
    assert.equal(graph.objects.find((o) => o.id === got.obj)?.preview, '[10, 20, 30]');
  });

  it('leaves a run that never forks as it was: one process, no process list', () => {
    const r = run('print("hi")\n', { recordTrace: true });
    assert.equal(r.processes, undefined);
    assert.equal(r.stdout, 'hi\n');
  });
});
