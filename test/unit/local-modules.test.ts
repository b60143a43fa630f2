// A learner's other files (modules/local-modules.ts): what the editor makes of a run that imports one. Its
// output is the oracle's business (test/oracle/cases/learner_files); here, where the trace and the
// diagnostics put what happens in the other file: on the script's lines, since they annotate the script.
import assert from 'node:assert/strict';
import { runSource, startRun, type TraceEvent } from '../../src/core/index';

const HELPER = [
  'def pair(n):',
  '    items = [n, n]',
  '    return items',
  '',
  'LONG = "padding so that its lines outnumber the script\'s"',
  '',
  '',
  '',
  'print("helper loaded")',
].join('\n');

function events(source: string, localModules: Record<string, string>): TraceEvent[] {
  const r = runSource(source, { filename: '/learner/main.py', recordTrace: true, localModules });
  assert.equal(r.exitCode, 0, r.stderr);
  const trace = r.events;
  assert.ok(trace);
  return Array.from({ length: trace.length }, (_, i) => trace.at(i) as TraceEvent);
}

describe("the learner's other files", function () {
  it('moves no annotated line into the other file: its lines run on the script line that called them', function () {
    const trace = events('import helper\nresult = helper.pair(7)\nprint(result)\n', { 'helper.py': HELPER });
    const lines = new Set(trace.filter((e) => e.kind === 'line').map((e) => e.line));
    assert.deepEqual([...lines].sort(), [1, 2, 3]);
    // The list pair() made (bound to `result`) is allocated on line 2 of the script, where the call is.
    const bound = trace.find((e) => e.kind === 'bind' && e.name === 'result');
    assert.ok(bound && bound.kind === 'bind');
    const list = trace.find((e) => e.kind === 'alloc' && e.obj === bound.obj);
    assert.ok(list && list.kind === 'alloc');
    assert.equal(list.type, 'list');
    assert.equal(list.line, 2);
    // Every event of the run names a line of the script (or none).
    for (const e of trace) if ('line' in e) assert.ok(e.line <= 3, JSON.stringify(e));
  });

  it('places a "not modelled" stop in the other file at the script\'s line that led there, naming the file and its line', function () {
    const r = runSource('print("start")\nimport helper\n', {
      filename: '/learner/main.py', localModules: { 'helper.py': 'x = 1\n\n\nimport decimal\n' },
    });
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, 'start\n');
    assert.equal(r.diagnostic?.kind, 'Unsupported');
    assert.equal(r.diagnostic?.line, 2);
    assert.equal(r.diagnostic?.message, 'not modelled by CPython Lens: module decimal (in helper.py, line 4)');
    assert.equal(r.stderr, '/learner/main.py:2:1: not modelled by CPython Lens: module decimal (in helper.py, line 4)\n');
  });

  it('draws a learner\'s module in the memory graph with its globals (CPython\'s modules stay unexpanded)', function () {
    const shapes = 'class Point:\n    pass\n\nORIGIN = Point()\nregistry = [ORIGIN]\n';
    const run = startRun('import sys\nimport shapes\np = shapes.Point()\nshapes.registry.append(p)\n', {
      filename: '/learner/main.py', localModules: { 'shapes.py': shapes },
    });
    // The heap just before the program's last instruction (its end releases everything).
    let graph = run.heapGraph();
    for (let before = graph; run.advance(1); before = run.heapGraph()) graph = before;
    const module = graph.objects.find((o) => o.type === 'module' && o.preview.includes("'shapes'"));
    assert.ok(module, JSON.stringify(graph.objects.map((o) => o.preview)));
    assert.equal(module.interpreter, false);
    const slots = graph.edges.filter((e) => e.from === module.id).map((e) => e.slot).sort();
    // Its own names, not the import system's (__name__, __file__, __builtins__...).
    assert.deepEqual(slots, ['.ORIGIN', '.Point', '.registry']);
    // The list the script appended p to is reached: p's count of 2 has both its holders drawn.
    const registry = graph.edges.find((e) => e.from === module.id && e.slot === '.registry');
    assert.ok(registry);
    assert.equal(graph.edges.filter((e) => e.from === registry.to).length, 2);
    const sys = graph.objects.find((o) => o.type === 'module' && o.preview.includes("'sys'"));
    assert.ok(sys && sys.interpreter);
    assert.equal(graph.edges.filter((e) => e.from === sys.id).length, 0);
  });

  it('draws a learner\'s package with its submodules as attributes, not its __path__', function () {
    const run = startRun('import shapes\nc = shapes.circle.Circle()\n', {
      filename: '/learner/main.py',
      localModules: { 'shapes/__init__.py': 'from . import circle\n', 'shapes/circle.py': 'class Circle:\n    pass\n' },
    });
    let graph = run.heapGraph();
    for (let before = graph; run.advance(1); before = run.heapGraph()) graph = before;
    const named = (name: string) => graph.objects.find((o) => o.type === 'module' && o.preview.includes(`'${name}'`));
    const pkg = named('shapes');
    const circle = named('shapes.circle');
    assert.ok(pkg && circle, JSON.stringify(graph.objects.map((o) => o.preview)));
    assert.deepEqual(graph.edges.filter((e) => e.from === pkg.id).map((e) => e.slot), ['.circle']);
    assert.deepEqual(graph.edges.filter((e) => e.from === circle.id).map((e) => e.slot), ['.Circle']);
  });

  it('imports nothing from the folder without localModules (an untitled document, a string run)', function () {
    const r = runSource('import helper\n', { filename: 'main.py' });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /not modelled by CPython Lens: module helper/);
  });
});
