// The free-threaded collector's pieces (3.13t): mimalloc's size classes that order the heap walk,
// what compiling a program leaves for the allocation count, and the collection's phases.

import assert from 'node:assert/strict';
import { compileSource, runSource } from '../../src/core/index';
import type { TraceEvent } from '../../src/core/trace/events';
import { mimallocBin } from '../../src/core/runtime/heap-order';
import { inlineValuesSize } from '../../src/core/runtime/sizes';
import { compiledGcObjects } from '../../src/core/runtime/compiled-objects';

type GcEvent = Extract<TraceEvent, { kind: 'gc' }>;

function gcEvents(source: string): { gc: GcEvent[]; allocs: Map<string, number[]>; stdout: string } {
  const result = runSource(source, { python: '3.13t', recordTrace: true, filename: 'ft.py' });
  assert.equal(result.exitCode, 0, result.stderr);
  const gc: GcEvent[] = [];
  const allocs = new Map<string, number[]>();
  const events = result.events;
  assert.ok(events);
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'gc') gc.push(e);
    if (e.kind === 'alloc') allocs.set(e.type, [...(allocs.get(e.type) ?? []), e.obj]);
  }
  return { gc, allocs, stdout: result.stdout };
}

describe('free-threaded collector (3.13t)', function () {
  it("sorts block sizes into mimalloc's size classes (page-queue.c mi_bin, two-word alignment)", function () {
    // Block sizes per bin, in words, from Objects/mimalloc/init.c MI_PAGE_QUEUES_EMPTY.
    const words = [1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48];
    const cases: [number, number][] = [[16, 2], [32, 4], [48, 6], [56, 8], [64, 8], [72, 9], [256, 16], [320, 17], [328, 18], [384, 18]];
    for (const [size, bin] of cases) {
      assert.equal(mimallocBin(size), bin, `${size} bytes`);
      assert.ok(words[bin] * 8 >= size, `bin ${bin} holds ${size} bytes`);
    }
  });

  it("sizes a class instance's inline values by its class's shared keys (30 slots at first)", function () {
    // The pre-header (16) and object header (32) plus 30 slots: 328 bytes, the next instance 320.
    assert.equal(16 + 32 + inlineValuesSize(30), 328);
    assert.equal(16 + 32 + inlineValuesSize(29), 320);
    assert.notEqual(mimallocBin(328), mimallocBin(320));
  });

  it('counts the code objects and distinct tuples compiling keeps, as measured on 3.13.5t', function () {
    // compile() deltas of gc.get_count() on the real 3.13t, each with the empty module's 2 (code, (None,)).
    const measured: [string, number][] = [
      ['', 2],
      ['x = 1\n', 3],
      ['def f(): pass\n', 5],
      ['def f(a): pass\n', 6],
      ['def f(): pass\ndef g(): pass\n', 6],
      ['class C:\n    def m(self): pass\n', 9],
      ['t = ((1, 2), 3)\n', 5],
      ['x in {1, 2}\n', 4],
      ['[i for i in x]\n', 4],
      ['list(i for i in x)\n', 6],
      ['def f():\n    a = 1\n    def g(): return a\n    return g\n', 9],
    ];
    for (const [source, count] of measured) {
      const compiled = compileSource(source, 'x.py', '3.13t');
      assert.ok(compiled.ok);
      assert.equal(compiledGcObjects(compiled.unit), count, JSON.stringify(source));
    }
  });

  it('keeps a class body\'s __static_attributes__ tuple among its constants (3.13 only)', function () {
    const source = 'class C:\n    def __init__(self):\n        self.b = 1\n        self.a = 2\n';
    const tuples = (python: '3.13t' | '3.12') => {
      const compiled = compileSource(source, 'x.py', python);
      assert.ok(compiled.ok);
      const body = compiled.unit.consts.find((c) => c.type === 'code');
      assert.ok(body && body.type === 'code');
      return body.unit.consts.filter((c) => c.type === 'tuple');
    };
    assert.deepEqual(tuples('3.13t'), [{ type: 'tuple', items: [{ type: 'str', value: 'a' }, { type: 'str', value: 'b' }] }]);
    assert.deepEqual(tuples('3.12'), []);
    // Counted once, as when the tuple was added apart from the constants (the count before this change).
    const compiled = compileSource(source, 'x.py', '3.13t');
    assert.ok(compiled.ok);
    assert.equal(compiledGcObjects(compiled.unit), 11);
  });

  it("gives an inlined comprehension's cell to the code around it from 3.12 on", function () {
    const source = 'fs = [lambda: g for g in range(3)]\n';
    const v313 = compileSource(source, 'x.py', '3.13t');
    const v311 = compileSource(source, 'x.py', '3.11');
    assert.ok(v313.ok && v311.ok);
    assert.deepEqual(v313.unit.cellvars, ['g']);
    assert.deepEqual(v311.unit.cellvars, []);
  });

  it('untracks tuples while it counts references, before it knows what is unreachable', function () {
    const { gc, allocs } = gcEvents([
      'import gc',
      'gc.disable()',
      'gc.collect()',
      'l = [(str(12),)]',
      'l.append(l)',
      'del l',
      'gc.collect()',
    ].join('\n'));
    // The program's second collection (the first is the one at its start; one more runs at exit).
    const afterFirst = gc.slice(gc.findIndex((e) => e.phase === 'stop') + 1);
    const second = afterFirst.slice(0, afterFirst.findIndex((e) => e.phase === 'stop') + 1);
    const phases = second.map((e) => e.phase);
    assert.deepEqual(phases, ['start', 'update-refs', 'subtract-refs', 'untrack', 'unreachable', 'delete', 'stop']);
    const tuple = (allocs.get('tuple') ?? []).at(-1);
    const untrack = second.find((e) => e.phase === 'untrack') as GcEvent;
    const unreachable = second.find((e) => e.phase === 'unreachable') as GcEvent;
    assert.ok(untrack.objects.includes(tuple as number), 'the unreachable list\'s tuple is untracked first');
    assert.deepEqual(unreachable.objects.length, 1, 'so only the list is garbage');
    assert.deepEqual(second.at(-1)?.values, [1, 0]);
  });

  it('calls weakref callbacks in heap order and finalizers in reverse (LIFO worklists)', function () {
    const { stdout } = gcEvents([
      'import gc, weakref',
      'gc.disable()',
      'gc.collect()',
      'class Node:',
      '    def __del__(self): print("del", self.name)',
      'a, b = Node(), Node()',
      'a.name, b.name = "a", "b"',
      'a.other, b.other = b, a',
      'refs = [weakref.ref(a, lambda r: print("callback a")), weakref.ref(b, lambda r: print("callback b"))]',
      'del a, b',
      'print(gc.collect())',
    ].join('\n'));
    // b is smaller (its class's second instance: one inline slot less), so its size class comes first.
    // 3: the two nodes and the class body's function (deferred: it waited for a collection).
    assert.equal(stdout, 'callback b\ncallback a\ndel a\ndel b\n3\n');
  });
});
