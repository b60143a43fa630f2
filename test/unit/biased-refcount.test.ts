// 3.13t's biased reference counts through the Heap's choke point: the owner's local count, the
// other threads' shared count, the merge when the owner's local count reaches zero, and the queue
// a non-owner's release goes to when the shared count is zero (Objects/object.c, Python/brc.c).

import assert from 'node:assert/strict';
import { Heap } from '../../src/core/runtime/heap';
import { BiasedRefcounts, UNOWNED } from '../../src/core/runtime/biased-refcount';
import { PyPlain } from '../../src/core/objects/atoms';
import { PyType } from '../../src/core/objects/type';
import { EventLog } from '../../src/core/trace/event-log';
import type { TraceEvent } from '../../src/core/trace/events';
import { Cause } from '../../src/core/trace/events';

const type = new PyType(null, 'type', 'type');
const plainType = new PyType(type, 'object', 'object');

function makeHeap(ended: Set<number> = new Set()): { heap: Heap; biased: BiasedRefcounts } {
  const heap = new Heap({ needsFinalizer: () => false, allocPreview: (o) => o.type.name });
  heap.events = new EventLog();
  heap.recording = true;
  const biased = new BiasedRefcounts((serial) => ended.has(serial));
  heap.biased = biased;
  return { heap, biased };
}

function events(heap: Heap): TraceEvent[] {
  return heap.events.toArray();
}

describe('biased reference counts (3.13t)', function () {
  it('counts the owner in the local field and other threads in the shared one; Py_REFCNT is the sum', function () {
    const { heap, biased } = makeHeap();
    heap.thread = 1;
    const o = new PyPlain(plainType);
    heap.allocated(o);
    heap.incref(o, Cause.Name, 'x');
    heap.thread = 2;
    heap.incref(o, Cause.Argument);
    heap.incref(o, Cause.Local);
    assert.equal(biased.owner(o), 1);
    assert.equal(biased.local(o), 2);
    assert.equal(biased.shared(o), 2);
    assert.equal(heap.reported(o), 4);
    const refs = events(heap).filter((e) => e.kind === 'ref');
    assert.deepEqual(refs.map((e) => e.kind === 'ref' && e.shared === true), [false, true, true]);
  });

  it('frees at once when the owner drops the last reference and nothing is shared', function () {
    const { heap } = makeHeap();
    const o = new PyPlain(plainType);
    heap.allocated(o);
    heap.decref(o, Cause.Stack);
    assert.equal(o.freed, true);
    assert.equal(events(heap).filter((e) => e.kind === 'brc').length, 0);
  });

  it('merges when the owner’s local count reaches zero while another thread holds a reference; that thread frees it', function () {
    const { heap, biased } = makeHeap();
    const o = new PyPlain(plainType);
    heap.allocated(o); // owned by the main thread (0)
    heap.thread = 1;
    heap.incref(o, Cause.Argument);
    heap.thread = 0;
    heap.decref(o, Cause.Name);
    assert.equal(o.freed, false);
    assert.equal(biased.owner(o), UNOWNED);
    assert.equal(biased.shared(o), 1);
    assert.deepEqual(events(heap).filter((e) => e.kind === 'brc').map((e) => e.kind === 'brc' && e.action), ['merge']);
    heap.thread = 1;
    heap.decref(o, Cause.Argument);
    assert.equal(o.freed, true);
  });

  it('queues a non-owner’s release when the shared count is zero: the count stays until the owner merges', function () {
    const { heap, biased } = makeHeap();
    heap.thread = 1;
    const o = new PyPlain(plainType);
    heap.allocated(o); // thread 1 creates it; its one reference is handed over to thread 0 (no count change)
    heap.thread = 0;
    heap.decref(o, Cause.Name);
    assert.equal(o.freed, false, 'a non-owner cannot free it');
    assert.equal(heap.reported(o), 1, 'the queue holds the reference');
    assert.equal(biased.hasQueued(1), true);
    heap.mergeQueued(0);
    assert.equal(o.freed, false, 'only the owner merges its queue');
    heap.thread = 1;
    heap.mergeQueued(1);
    assert.equal(o.freed, true);
    assert.deepEqual(events(heap).filter((e) => e.kind === 'brc').map((e) => e.kind === 'brc' && `${e.action} by ${e.thread}`), ['queue by 0', 'merge by 1']);
  });

  it('subtracts from the shared count when it is not zero, even below zero', function () {
    const { heap, biased } = makeHeap();
    heap.thread = 1;
    const o = new PyPlain(plainType);
    heap.allocated(o);
    heap.incref(o, Cause.Slot);
    heap.incref(o, Cause.Slot); // local 3
    heap.thread = 0;
    heap.incref(o, Cause.Name); // shared 1
    heap.decref(o, Cause.Name); // shared 0
    heap.decref(o, Cause.Slot); // shared is 0: queued
    heap.decref(o, Cause.Slot); // queued already: subtract, shared -1
    assert.equal(biased.shared(o), -1);
    assert.equal(heap.reported(o), 2);
    assert.equal(o.freed, false);
  });

  it('merges at once when the owner has exited', function () {
    const ended = new Set<number>();
    const { heap, biased } = makeHeap(ended);
    heap.thread = 1;
    const o = new PyPlain(plainType);
    heap.allocated(o);
    ended.add(1);
    heap.thread = 0;
    heap.decref(o, Cause.Name);
    assert.equal(o.freed, true);
    assert.equal(biased.hasQueued(1), false);
  });
});
