// What the oracle cases cannot see of heapq and bisect: the causes and labels of the reference events the
// editor's hovers explain (the list slot a push fills, the comparison's temporary references, heappop
// moving the last item's reference into slot 0, the slot insort fills).

import assert from 'node:assert/strict';
import { runSource, type TraceEvent } from '../../src/core/index';

interface Change {
  value: string;
  delta: number;
  cause: string;
  label: string;
}

/** The reference changes of `line` to the floats the program made, named by their values. */
function changes(source: string, line: number): Change[] {
  const result = runSource(source, { recordTrace: true, filename: 'h.py' });
  assert.equal(result.exitCode, 0, result.stderr);
  const events = result.events;
  assert.ok(events);
  const floats = new Map<number, string>();
  const out: Change[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'alloc' && e.type === 'float') floats.set(e.obj, e.preview);
    const value = e.kind === 'ref' ? floats.get(e.obj) : undefined;
    if (e.kind === 'ref' && value !== undefined && e.line === line) out.push({ value, delta: e.to - e.from, cause: e.cause, label: e.label });
  }
  return out;
}

const HEAP = "import heapq\nh = []\na = float('1.25')\nb = float('2.5')\nheapq.heappush(h, b)\nheapq.heappush(h, a)\nx = heapq.heappop(h)\n";

describe('heapq and bisect in the trace', function () {
  it('heappush fills the new last slot, and holds both items while it compares them', function () {
    const pushed = changes(HEAP, 6).filter((c) => c.cause === 'slot' || c.cause === 'stack');
    assert.deepEqual(pushed.filter((c) => c.cause === 'slot'), [{ value: '1.25', delta: 1, cause: 'slot', label: '[1]' }]);
    // After the caller's own stack reference to a: siftdown's Py_INCREF(newitem), Py_INCREF(parent), then the DECREFs.
    const held = pushed.filter((c) => c.cause === 'stack').slice(-4);
    assert.deepEqual(held.map((c) => `${c.value}${c.delta > 0 ? '+' : '-'}`), ['1.25+', '2.5+', '2.5-', '1.25-']);
  });

  it('heappop moves the last item into slot 0 and hands the top\'s slot reference to the caller', function () {
    const popped = changes(HEAP, 7).filter((c) => c.cause === 'slot');
    assert.deepEqual(popped, [
      { value: '2.5', delta: 1, cause: 'slot', label: '[0]' },
      { value: '2.5', delta: -1, cause: 'slot', label: '[1]' },
    ]);
  });

  it('insort gives the list a new reference at the position bisect found', function () {
    const source = "import bisect\nxs = [float(i) for i in range(4)]\nv = float('2.5')\nbisect.insort(xs, v)\n";
    assert.deepEqual(changes(source, 4).filter((c) => c.cause === 'slot'), [{ value: '2.5', delta: 1, cause: 'slot', label: '[3]' }]);
  });
});
