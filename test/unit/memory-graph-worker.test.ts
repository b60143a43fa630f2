// The memory graph's data: the core's heap graph (roots, slot labels, garbage), the worker's replay of a
// finished run to a past step, and the snapshot's freed objects and collections.
import assert from 'node:assert/strict';
import { startRun, runSource } from '../../src/core/index';
import { SimulationSession } from '../../src/worker/session';
import { GraphReplay } from '../../src/worker/graph-replay';
import type { FromWorker } from '../../src/shared/protocol';
import type { MemoryGraphSnapshot } from '../../src/shared/memory-graph-protocol';

const CYCLE = `import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

def pair():
    a = Node("a")
    b = Node("b")
    a.next = b
    b.next = a
    return a

head = pair()
data = {"k": [1, (2, 3)]}
del head
gc.collect()
print("done")
`;

function session(source: string, python: '3.11' | '3.12' | '3.13' = '3.12') {
  const out: FromWorker[] = [];
  const s = new SimulationSession((m) => out.push(m));
  s.handle({ type: 'run', runId: 7, source, filename: 't.py', python, maxSteps: 1_000_000, maxMillis: 10_000 });
  const finished = out.pop();
  assert.ok(finished && finished.type === 'finished');
  const graph = (position: number | null): MemoryGraphSnapshot => {
    s.handle({ type: 'graph', runId: 7, position });
    const m = out.pop();
    assert.ok(m && m.type === 'graph', JSON.stringify(m));
    return m.graph;
  };
  return { s, out, lineSteps: finished.outcome.lineSteps, graph };
}

function before(run: ReturnType<typeof session>, line: number): MemoryGraphSnapshot {
  for (let p = 0; p < run.lineSteps; p++) {
    const g = run.graph(p);
    if (g.currentLine === line) return g;
  }
  throw new Error(`line ${line} never runs`);
}

describe('memory graph: heap graph, replay and snapshots', function () {
  it('draws the kept run right after a newer run was cancelled (the paused replay keeps its own object numbering)', function () {
    const out: FromWorker[] = [];
    let checks = 0;
    // Request 3 is cancelled once it has started and run a slice (its third look at the mark).
    const s = new SimulationSession((m) => out.push(m), Date.now, (seq) => seq === 3 && ++checks > 2);
    const source = 'a = [1]\nb = {"k": a}\nc = (a, b)\nd = [c, c]\nprint(len(d))\n';
    s.handle({ type: 'run', runId: 1, source, filename: 't.py', python: '3.11', maxSteps: 1_000_000, maxMillis: 10_000 }, 1);
    const graphAt = (position: number, seq: number): MemoryGraphSnapshot => {
      s.handle({ type: 'graph', runId: 1, position }, seq);
      const m = out.pop();
      assert.ok(m && m.type === 'graph', JSON.stringify(m));
      return m.graph;
    };
    graphAt(1, 2); // the replay pauses before line 2
    // A newer run allocates objects, then is cancelled: run 1 stays kept.
    s.handle({ type: 'run', runId: 2, source: 'xs = [[i] for i in range(50000)]\n', filename: 't.py', python: '3.11', maxSteps: 1_000_000, maxMillis: 10_000 }, 3);
    assert.deepEqual(out.pop(), { type: 'cancelled', runId: 2 });
    const after = graphAt(4, 4);
    const reference = new SimulationSession((m) => out.push(m));
    reference.handle({ type: 'run', runId: 1, source, filename: 't.py', python: '3.11', maxSteps: 1_000_000, maxMillis: 10_000 });
    reference.handle({ type: 'graph', runId: 1, position: 4 });
    const expected = out.pop();
    assert.ok(expected && expected.type === 'graph');
    assert.deepEqual(after.objects.map((o) => o.id), expected.graph.objects.map((o) => o.id));
    assert.deepEqual(after, expected.graph);
  });

  it('reads roots, objects and slot-labelled references from the live heap', function () {
    const source = 'xs = [1, "two", [3]]\nd = {"k": xs}\nclass C:\n    pass\nc = C()\nc.items = xs\nprint(1)\n';
    const g = before(session(source), 7);
    const globals = g.roots.find((r) => r.kind === 'globals');
    assert.ok(globals);
    assert.deepEqual(globals.bindings.filter((b) => !b.temporary).map((b) => b.name), ['xs', 'd', 'C', 'c']);
    const id = (name: string) => globals.bindings.find((b) => b.name === name)?.obj as number;
    const slots = (from: number) => g.edges.filter((e) => e.from === from).map((e) => `${e.slot}→${g.objects.find((o) => o.id === e.to)?.type}`);
    assert.deepEqual(slots(id('xs')), ['[0]→int', '[1]→str', '[2]→list']);
    assert.deepEqual(slots(id('d')), ["['k']→list"]);
    assert.deepEqual(slots(id('c')), ['.items→list', '__class__→type']);
    const xs = g.objects.find((o) => o.id === id('xs'));
    assert.deepEqual(xs?.refcount, { kind: 'count', value: 3 }, 'xs, d["k"], c.items');
    assert.equal(xs?.generation, 0);
    assert.equal(xs?.value, "[1, 'two', …]");
    assert.ok(g.objects.every((o) => !o.unreachable));
    // The core reads the same heap directly.
    const run = startRun(source, { python: '3.12' });
    run.advance(5);
    assert.ok(run.heapGraph().roots.length > 0);
  });

  it("shows the frames of every live thread, each named after its thread", function () {
    const source = [
      'import threading, time',
      'def worker(items):',
      '    total = sum(items)',
      '    time.sleep(0.01)',
      '    return total',
      't = threading.Thread(target=worker, args=([1, 2, 3],))',
      't.start()',
      'time.sleep(0.005)',
      't.join()',
      'print("done")',
      '',
    ].join('\n');
    // Before line 9 the worker sleeps inside worker(): its frame, on its own thread, holds `items` and `total`.
    const g = before(session(source), 9);
    const frame = g.roots.find((r) => r.kind === 'frame' && r.name === 'worker');
    assert.ok(frame, JSON.stringify(g.roots.map((r) => [r.kind, r.name, r.thread])));
    assert.equal(frame.thread, 'Thread-1 (worker)');
    assert.deepEqual(frame.bindings.filter((b) => !b.temporary).map((b) => b.name), ['items', 'total']);
    const total = g.objects.find((o) => o.id === frame.bindings.find((b) => b.name === 'total')?.obj);
    assert.equal(total?.value, '6');
    assert.equal(g.roots.find((r) => r.kind === 'globals')?.thread, null);
  });

  it('replays a finished run to a past step exactly (the state before each line, as the trace says)', function () {
    const run = session(CYCLE);
    const inPair = before(run, 11);
    const frame = inPair.roots.find((r) => r.kind === 'frame');
    assert.equal(frame?.name, 'pair');
    assert.deepEqual(frame?.bindings.map((b) => b.name), ['a', 'b']);
    const nodes = inPair.objects.filter((o) => o.type === 'Node');
    assert.equal(nodes.length, 2);
    // Before `b.next = a`: a → b only.
    const a = frame?.bindings[0].obj;
    const b = frame?.bindings[1].obj;
    assert.ok(inPair.edges.some((e) => e.from === a && e.to === b && e.slot === '.next'));
    assert.ok(!inPair.edges.some((e) => e.from === b && e.to === a));
    assert.equal(inPair.currentLine, 11);
  });

  it('marks the cycle nothing refers to as garbage, then reports the collection and the frees', function () {
    const run = session(CYCLE);
    const beforeDel = before(run, 16);
    assert.ok(beforeDel.objects.every((o) => !o.unreachable));
    const waiting = before(run, 17);
    const garbage = waiting.objects.filter((o) => o.unreachable);
    assert.deepEqual(garbage.map((o) => o.type).sort(), ['Node', 'Node']);
    const after = run.graph((waiting.position as number) + 1);
    assert.equal(after.collections.length, 1);
    assert.equal(after.collections[0].collected, 2);
    assert.equal(after.collections[0].generation, 2);
    for (const o of garbage) assert.ok(after.freed.includes(o.id));
    assert.ok(after.objects.every((o) => o.type !== 'Node'));
    // The replay of that collection starts from the heap before it, with each phase's objects.
    run.s.handle({ type: 'collection', runId: 7, index: after.collections[0].index });
    const reply = run.out.pop();
    assert.ok(reply && reply.type === 'collection');
    const phases = reply.playback.phases.map((p) => p.phase);
    assert.deepEqual(phases.filter((p) => p !== 'untrack' && p !== 'weakrefs'), ['start', 'update-refs', 'subtract-refs', 'unreachable', 'delete', 'stop']);
    assert.equal(reply.playback.graph.objects.filter((o) => o.unreachable).length, 2);
  });

  it("counts the garbage a standard module's import left apart, without drawing it (3.13's `import re`)", function () {
    const source = 'import gc\nimport re\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nprint(gc.collect())\n';
    const run = session(source, '3.13');
    const waiting = before(run, 10);
    // The program's cycle is drawn as garbage; none of re's leftovers is (their classes are operator's, enum's...).
    const drawn = waiting.objects.filter((o) => o.unreachable);
    assert.deepEqual(drawn.map((o) => o.type), ['Node', 'Node']);
    assert.equal(waiting.importGarbage.length, 1);
    assert.equal(waiting.importGarbage[0].module, 're');
    // Together they are what gc.collect() finds (and prints).
    const printed = Number(runSource(source, { python: '3.13' }).stdout.trim());
    assert.equal(waiting.importGarbage[0].objects + drawn.length, printed);
    assert.ok(printed > 50, String(printed));
    // 3.11's import of re leaves garbage too (its automatic collections during the import took part of it).
    const eleven = before(session(source, '3.11'), 10);
    assert.deepEqual(eleven.importGarbage.map((g) => g.module), ['re']);
    assert.equal(eleven.importGarbage[0].objects + 2, Number(runSource(source, { python: '3.11' }).stdout.trim()));
  });

  it("answers an object's allocation line and count history", function () {
    const run = session(CYCLE);
    const g = before(run, 17);
    const dict = g.roots[0].bindings.find((b) => b.name === 'data')?.obj as number;
    run.s.handle({ type: 'history', runId: 7, objectId: dict, position: g.position });
    const m = run.out.pop();
    assert.ok(m && m.type === 'history');
    assert.equal(m.history.allocLine, 15);
    assert.equal(m.history.entries[0].event, 'alloc');
    // STORE_NAME takes over the creator's reference: no +1 after the allocation.
    assert.deepEqual(m.history.entries.map((e) => [e.event, e.line]), [['alloc', 15]]);
    assert.equal(m.history.freedLine, null);
  });

  it('continues the kept re-run forward and starts a new one only to go back', function () {
    const replay = new GraphReplay({ source: CYCLE, filename: 't.py', python: '3.12' });
    replay.graphAfter(20);
    replay.graphAfter(40);
    assert.equal(replay.replayedSteps, 40);
    replay.graphAfter(20); // cached
    assert.equal(replay.replayedSteps, 40);
    replay.graphAfter(30);
    assert.equal(replay.replayedSteps, 70);
  });
});
