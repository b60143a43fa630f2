// The refcount choke point: events for every change, frees at zero, children released
// depth-first in CPython's order, finalizable objects parked until their __del__ ran.

import assert from 'node:assert/strict';
import { Heap } from '../../src/core/runtime/heap';
import { PyList } from '../../src/core/objects/containers';
import { PyPlain } from '../../src/core/objects/atoms';
import { PyType } from '../../src/core/objects/type';
import type { PyObject } from '../../src/core/objects/object';
import { snapshotAt, refHistory } from '../../src/core/trace/replay';
import { EventLog } from '../../src/core/trace/event-log';
import type { TraceEvent } from '../../src/core/trace/events';
import { Cause } from '../../src/core/trace/events';

const type = new PyType(null, 'type', 'type');
const listType = new PyType(type, 'list', 'list');
const plainType = new PyType(type, 'object', 'object');

function makeHeap(finalizable: Set<PyObject> = new Set()): Heap {
  const heap = new Heap({ needsFinalizer: (o) => finalizable.has(o), allocPreview: (o) => o.type.name });
  heap.events = new EventLog();
  heap.recording = true;
  return heap;
}

describe('Heap', function () {
  it('records each change with its cause and frees at zero', function () {
    const heap = makeHeap();
    const a = new PyPlain(plainType);
    heap.allocated(a);
    heap.incref(a, Cause.Name, 'x');
    heap.decref(a, Cause.Name, 'x');
    heap.decref(a, Cause.Stack);
    assert.equal(a.freed, true);
    const kinds = (heap.events?.toArray() ?? []).map((e) => (e.kind === 'ref' ? `${e.kind}:${e.from}->${e.to}:${e.cause}` : e.kind));
    assert.deepEqual(kinds, ['alloc', 'ref:1->2:name', 'ref:2->1:name', 'ref:1->0:stack', 'free']);
  });

  it('releases a list’s items last to first, depth first', function () {
    const heap = makeHeap();
    const inner = new PyPlain(plainType);
    const first = new PyList(listType, [inner]);
    const second = new PyPlain(plainType);
    const outer = new PyList(listType, [first, second]);
    for (const o of [inner, first, second, outer]) heap.allocated(o);
    heap.decref(outer, Cause.Name);
    const frees = (heap.events?.toArray() ?? []).filter((e) => e.kind === 'free').map((e) => e.obj);
    // list_dealloc walks the items backwards; each freed item releases its own items first.
    assert.deepEqual(frees, [outer.id, second.id, first.id, inner.id]);
  });

  it('parks an object with a finalizer and resumes the cascade after it', function () {
    const parked = new PyPlain(plainType);
    const heap = makeHeap(new Set([parked]));
    const after = new PyPlain(plainType);
    const owner = new PyList(listType, [parked, after]);
    for (const o of [parked, after, owner]) heap.allocated(o);
    heap.decref(owner, Cause.Name);
    assert.equal(heap.awaitingFinalizer.length, 1);
    assert.equal(parked.freed, false);
    const entry = heap.awaitingFinalizer.pop();
    assert.ok(entry);
    heap.finishFinalizer(entry);
    assert.equal(parked.freed, true);
    assert.equal(after.freed, true);
  });

  it('replays counts and frees to any step', function () {
    const heap = makeHeap();
    const a = new PyPlain(plainType);
    heap.step = 1;
    heap.allocated(a);
    heap.step = 2;
    heap.incref(a, Cause.Name, 'x');
    heap.step = 3;
    heap.decref(a, Cause.Name, 'x');
    heap.decref(a, Cause.Stack);
    const events = heap.events?.toArray() ?? [];
    assert.equal(snapshotAt(events, 2).objects.get(a.id)?.refcount, 2);
    assert.equal(snapshotAt(events, 3).objects.has(a.id), false);
    assert.deepEqual(refHistory(events, a.id).map((e) => e.to), [2, 1, 0]);
  });
});

describe('EventLog', function () {
  it('stores every kind of event and gives them back unchanged', function () {
    const log = new EventLog();
    const events = [
      { kind: 'alloc', step: 1, obj: 7, type: 'list', preview: '[]', line: 2 },
      { kind: 'ref', step: 2, obj: 7, from: 1, to: 2, cause: 'name', label: 'a', line: 3 },
      { kind: 'bind', step: 2, frame: 1, name: 'a', obj: 7, line: 3 },
      { kind: 'bind', step: 3, frame: 1, name: 'a', obj: null, line: 4 },
      { kind: 'line', step: 3, thread: 0, line: 4, scope: '<module>' },
      { kind: 'frame-enter', step: 4, frame: 2, name: 'f', line: 5 },
      { kind: 'frame-exit', step: 5, frame: 2, name: 'f', line: 6 },
      { kind: 'output', step: 5, stream: 'stdout', text: 'hi\n' },
      { kind: 'free', step: 6, obj: 7, line: 7 },
    ] as const;
    for (const e of events) log.push(e);
    assert.equal(log.length, events.length);
    assert.deepEqual(log.toArray(), events);
  });

  it('keeps what the packed head word cannot hold: big and negative lines, flags, a race\'s thread', function () {
    const log = new EventLog();
    const events: TraceEvent[] = [
      { kind: 'ref', step: 1, obj: 3, from: 5, to: 4, cause: 'owner-freed', label: '#12', line: 1_048_574, shared: true },
      { kind: 'ref', step: 2, obj: 3, from: 4, to: 5, cause: 'internal', label: 'x', line: 1_048_575 },
      { kind: 'free', step: 3, obj: 3, line: 5_000_000 },
      { kind: 'free', step: 4, obj: 4, line: -1 },
      { kind: 'race', step: 5, obj: 9, from: 70_000, to: 69_999, thread: 300, line: 2 },
      { kind: 'line', step: 5, thread: 300, line: 3, scope: 'f' },
      { kind: 'gc', step: 6, phase: 'stop', generation: 2, objects: [1, 2], values: [0, 1], line: 0 },
      { kind: 'thread', step: 7, thread: 2, state: 'native', detail: 'hashing', timeNs: 123_456_789, line: 8 },
    ];
    for (const e of events) log.push(e);
    assert.deepEqual(log.toArray(), events);
    assert.ok(log.byteSize > 0);
  });

  it('writes a refcount change on the previous row\'s line and step, without a label, as two words', function () {
    const log = new EventLog();
    const n = 200_000;
    for (let i = 0; i < n; i++) log.ref(i >> 1, i % 50, 3, 4, Cause.Stack, '', 7);
    // Blocks of 2^18 words: 200k two-word rows fill two blocks (and the checkpoints' few KiB).
    assert.ok(log.byteSize < 2 * (1 << 20) + 64 * 1024, `byteSize ${log.byteSize}`);
    assert.deepEqual(log.at(n - 1), { kind: 'ref', step: (n - 1) >> 1, obj: 49, from: 3, to: 4, cause: 'stack', label: '', line: 7 });

  });
});

describe('EventLog across blocks', function () {
  it('reads back every event, in order, backwards and at random, whatever the steps, lines and counts', function () {
    const log = new EventLog();
    const events: TraceEvent[] = [];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    let step = 1;
    let line = 1;
    for (let i = 0; i < 400_000; i++) {
      step += [0, 0, 1, 1, 2, 3, 1000, -5][rand(8)];
      if (rand(10) === 0) line = rand(3) === 0 ? [-1, 0, 5_000_000][rand(3)] : rand(300);
      const r = rand(20);
      const from = [0, 1, 2, 65_534, 65_535, 65_536, 1 << 30, -3][rand(8)];
      let e: TraceEvent;
      if (r < 12) e = { kind: 'ref', step, obj: rand(1 << 24), from, to: rand(2) ? from + 1 : from - 1, cause: rand(2) ? 'stack' : 'owner-freed', label: rand(3) ? '' : rand(2) ? `#${1 + rand(9)}` : `x${rand(40)}`, line };
      else if (r < 13) e = { kind: 'alloc', step, obj: rand(1000), type: 'list', preview: `[${rand(9)}]`, line };
      else if (r < 14) e = { kind: 'free', step, obj: rand(1000), line };
      else if (r < 15) e = { kind: 'line', step, thread: rand(3), line, scope: 'f' };
      else if (r < 16) e = { kind: 'bind', step, frame: rand(9), name: 'a', obj: rand(2) ? null : rand(99), line };
      else if (r < 17) e = { kind: rand(2) ? 'frame-enter' : 'frame-exit', step, frame: rand(9), name: 'g', line };
      else if (r < 18) e = { kind: 'output', step, stream: rand(2) ? 'stdout' : 'stderr', text: 'x\n' };
      else if (r < 19) e = { kind: 'gil', step, action: 'drop-request', thread: rand(4), timeNs: rand(1 << 30), line };
      else e = { kind: 'gc-track', step, obj: rand(99), generation: rand(3), line };
      if (e.kind === 'ref' && e.cause === 'owner-freed') e.label = `#${1 + rand(50)}`;
      if (e.kind === 'ref' && e.cause === 'stack' && e.label.startsWith('#')) e.label = '';
      events.push(e);
      log.push(e);
    }
    assert.equal(log.length, events.length);
    assert.ok(log.byteSize > 4 * (1 << 20), 'several blocks');
    assert.deepEqual(log.toArray(), events);
    for (let i = events.length - 1; i >= events.length - 3000; i--) assert.deepEqual(log.at(i), events[i], `backwards ${i}`);
    for (let k = 0; k < 3000; k++) {
      const i = rand(events.length);
      assert.deepEqual(log.at(i), events[i], `at ${i}`);
    }
    assert.equal(log.at(events.length), undefined);
    assert.deepEqual(log.at(-1), events[events.length - 1]);
  });


  it('keeps events in order past the first block', function () {
    const log = new EventLog();
    const n = 150_000;
    for (let i = 0; i < n; i++) log.ref(i, i % 97, i, i + 1, i % 2 ? Cause.Stack : Cause.Name, i % 3 ? 'x' : `y${i % 5}`, i % 40);
    assert.equal(log.length, n);
    for (const i of [0, 65_535, 65_536, 131_072, n - 1]) {
      assert.deepEqual(log.at(i), { kind: 'ref', step: i, obj: i % 97, from: i, to: i + 1, cause: i % 2 ? 'stack' : 'name', label: i % 3 ? 'x' : `y${i % 5}`, line: i % 40 });
    }
    assert.equal(log.at(-1).step, n - 1);
  });
});
