// The `requests` stand-in: the course's download example runs as written, without a network, and
// its two downloads overlap because a thread waiting for the network has released the GIL.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSource } from '../../src/core/index';
import type { TraceEvent } from '../../src/core/trace/events';

const example = readFileSync(path.join(__dirname, '..', '..', 'examples', 'lessons', '05_io_bound.py'), 'utf8');

type ThreadEvent = Extract<TraceEvent, { kind: 'thread' }>;

function blockedIntervals(source: string, ioLatencyMs: number): { thread: number; from: number; to: number }[] {
  const r = runSource(source, { recordTrace: true, ioLatencyMs, filename: 'dl.py' });
  assert.equal(r.exitCode, 0, r.stderr);
  const events: ThreadEvent[] = [];
  for (let i = 0; i < (r.events?.length ?? 0); i++) {
    const e = r.events?.at(i);
    if (e?.kind === 'thread') events.push(e);
  }
  const open = new Map<number, number>();
  const out: { thread: number; from: number; to: number }[] = [];
  for (const e of events) {
    if (e.state === 'blocked' && e.detail === 'io') open.set(e.thread, e.timeNs);
    else if (open.has(e.thread)) {
      out.push({ thread: e.thread, from: open.get(e.thread) as number, to: e.timeNs });
      open.delete(e.thread);
    }
  }
  return out;
}

describe('the requests stand-in', function () {
  it('runs the course example as written and prints each URL once', function () {
    const r = runSource(example, { filename: 'dl.py' });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').sort(), ['URL https://www.google.com téléchargée.', 'URL https://www.python.org téléchargée.']);
  });

  it('lets the two downloads wait for the network at the same time, for the configured latency', function () {
    const intervals = blockedIntervals(example, 200);
    assert.equal(intervals.length, 2);
    const [a, b] = intervals;
    assert.notEqual(a.thread, b.thread);
    for (const i of intervals) assert.ok(Math.abs(i.to - i.from - 200e6) < 5e6, `waited ${(i.to - i.from) / 1e6} ms`);
    assert.ok(a.from < b.to && b.from < a.to, 'the waits overlap');
  });
});
