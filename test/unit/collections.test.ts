// The collections module beyond what the oracle cases print: the trace's reference events for the
// references its C types hold (a deque's items, an OrderedDict's nodes), and the names it does not
// model, which stop the run with a diagnostic instead of a made-up error.

import assert from 'node:assert/strict';
import { runSource, type TraceEvent } from '../../src/core/index';

interface Ref {
  line: number;
  delta: number;
  label: string;
}

/** The counted references of the program's lines to objects, as (line, +1/-1, label), for one label. */
function refs(source: string, label: string): Ref[] {
  const result = runSource(source, { recordTrace: true, filename: 'c.py' });
  assert.equal(result.exitCode, 0, result.stderr);
  const events = result.events;
  assert.ok(events);
  const out: Ref[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'ref' && e.label === label) out.push({ line: e.line, delta: e.to - e.from, label: e.label });
  }
  return out;
}

describe('collections in the trace', () => {
  it("records a deque's references to its items: +1 per append, -1 when maxlen evicts the oldest inside the append", () => {
    const source = "from collections import deque\nd = deque(maxlen=2)\nd.append('first item')\nd.append('second item')\nd.append('third item')\nd.pop()\n";
    assert.deepEqual(refs(source, 'deque item').map((r) => [r.line, r.delta]), [
      [3, 1],
      [4, 1],
      [5, 1],
      [5, -1],
    ]);
  });

  it("records the second reference an OrderedDict's node holds to each key, released when the key goes", () => {
    const source = "from collections import OrderedDict\nk = ('a', 'key')\no = OrderedDict()\no[k] = 1\no.move_to_end(k)\ndel o[k]\n";
    assert.deepEqual(refs(source, 'OrderedDict node').map((r) => [r.line, r.delta]), [
      [4, 1],
      [6, -1],
    ]);
  });
});

describe('what collections does not model', () => {
  it('stops the run with a "not modelled" diagnostic at the learner\'s line', () => {
    for (const [source, what, line] of [
      ['from collections import ChainMap\nprint("imported")\nChainMap({}, {})\n', 'collections.ChainMap', 3],
      ['import collections\nclass Settings(collections.UserDict):\n    pass\ns = Settings()\n', 'collections.UserDict', 4],
      ['import collections.abc\nf = collections.abc.Callable[[int], str]\n', 'collections.abc.Callable[...]', 2],
    ] as const) {
      const result = runSource(source, { filename: 'missing.py' });
      assert.equal(result.exitCode, 2, source);
      assert.equal(result.diagnostic?.message, `not modelled by CPython Lens: ${what}`, source);
      assert.equal(result.diagnostic?.line, line, source);
    }
  });
});
