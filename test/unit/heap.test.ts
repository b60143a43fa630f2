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
    heap.incref(a, 'name', 'x');
    heap.decref(a, 'name', 'x');
    heap.decref(a, 'stack');
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
    heap.decref(outer, 'name');
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
    heap.decref(owner, 'name');
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
    heap.incref(a, 'name', 'x');
    heap.step = 3;
    heap.decref(a, 'name', 'x');
    heap.decref(a, 'stack');
    const events = heap.events?.toArray() ?? [];
    assert.equal(snapshotAt(events, 2).objects.get(a.id)?.refcount, 2);
    assert.equal(snapshotAt(events, 3).objects.has(a.id), false);
    assert.deepEqual(refHistory(events, a.id).map((e) => e.to), [2, 1, 0]);
  });
});

describe('EventLog', function () {
  it('stores every kind of event column-wise and gives them back unchanged', function () {
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
      { kind: 'gc', step: 6, phase: 'stop', generation: 2, objects: [1, 2], values: [0, 1], line: 0 },
      { kind: 'thread', step: 7, thread: 2, state: 'native', detail: 'hashing', timeNs: 123_456_789, line: 8 },
    ];
    for (const e of events) log.push(e);
    assert.deepEqual(log.toArray(), events);
    assert.equal(log.byteSize % (20 * 65_536), 0, 'rows of five words');
  });
});

describe('EventLog across chunks', function () {
  it('keeps events in order past the first 65,536 rows', function () {
    const log = new EventLog();
    const n = 150_000;
    for (let i = 0; i < n; i++) log.ref(i, i % 97, i, i + 1, i % 2 ? 'stack' : 'name', i % 3 ? 'x' : `y${i % 5}`, i % 40);
    assert.equal(log.length, n);
    for (const i of [0, 65_535, 65_536, 131_072, n - 1]) {
      assert.deepEqual(log.at(i), { kind: 'ref', step: i, obj: i % 97, from: i, to: i + 1, cause: i % 2 ? 'stack' : 'name', label: i % 3 ? 'x' : `y${i % 5}`, line: i % 40 });
    }
    assert.equal(log.at(-1).step, n - 1);
  });
});
