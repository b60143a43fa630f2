// memoryview beyond what the oracle cases print: the trace's reference events for the managed buffer
// (one reference to the exporter however many views share it, one per view to the buffer), and the
// formats and uses it does not model, which stop the run with a diagnostic instead of a made-up answer.

import assert from 'node:assert/strict';
import { runSource, type TraceEvent } from '../../src/core/index';

/** The reference events with `label` of the program's lines, as [line, +1/-1]. */
function refs(source: string, label: string): [number, number][] {
  const result = runSource(source, { recordTrace: true, filename: 'm.py' });
  assert.equal(result.exitCode, 0, result.stderr);
  const events = result.events;
  assert.ok(events);
  const out: [number, number][] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'ref' && e.label === label && e.line > 0) out.push([e.line, e.to - e.from]);
  }
  return out;
}

describe('memoryview in the trace', () => {
  const source = [
    'data = bytearray(b"shared buffer")',
    'view = memoryview(data)',
    'part = view[2:8]',
    'copy = memoryview(part)',
    'view.release()',
    'part.release()',
    'copy.release()',
    'print(len(data))',
  ].join('\n');

  it('gives the bytearray one reference from the managed buffer, dropped when its last view is released', () => {
    assert.deepEqual(refs(source, 'managedbuffer.obj'), [
      [2, 1],
      [7, -1],
    ]);
  });

  it('gives the managed buffer one reference per view (the creator\'s own is dropped at once)', () => {
    assert.deepEqual(refs(source, 'mbuf'), [
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
  });
});

describe('what memoryview does not model', () => {
  it('stops the run with a "not modelled" diagnostic at the learner\'s line', () => {
    for (const [source, what, line] of [
      ['m = memoryview(b"abcd")\nm.cast("i")\n', "memoryview.cast to 'i'", 2],
      ['m = memoryview(b"ab")\nm.cast("B", shape=[1, 2])\n', 'memoryview.cast to 2 dimensions', 2],
      ['m = memoryview(b"a")\nm.cast("B", shape=[])\n', 'memoryview.cast to zero dimensions', 2],
      ['m = memoryview(b"ab")\nm.release()\nfor x in m:\n    pass\n', 'iterating a released memoryview', 3],
      ['class I:\n    def __index__(self):\n        return 0\nm = memoryview(b"ab")\nm[I()]\n', 'memoryview indexed by an object with __index__', 5],
      ['import array\narray.array("u", "ab")\n', "array.array with typecode 'u'", 2],
      ['import array\na = array.array("i", [1])\nm = memoryview(a)\nm.cast("B").cast("i")\n', "memoryview.cast to 'i'", 4],
      ['import array\na = array.array("i", [1])\na.tounicode()\n', 'array.array.tounicode', 3],
    ] as const) {
      const result = runSource(source, { filename: 'missing.py' });
      assert.equal(result.exitCode, 2, source);
      assert.equal(result.diagnostic?.message, `not modelled by CPython Lens: ${what}`, source);
      assert.equal(result.diagnostic?.line, line, source);
    }
  });
});
