// o[k], o[k] = v and del o[k] on exact lists, tuples and dicts run without a native generator (what
// 3.11 specializes). They must leave the trace CPython's order: the result's reference taken, then the
// operands released container first; a store takes the value into the slot before the old one goes.

import assert from 'node:assert/strict';
import { runSource, type TraceEvent } from '../../src/core/index';

/** The reference changes of one line, as [what, +1/-1, cause, label]; objects the run made are named by type. */
function lineRefs(source: string, line: number): [string, number, string, string][] {
  const result = runSource(source, { recordTrace: true, filename: 's.py' });
  assert.equal(result.exitCode, 0, result.stderr);
  const events = result.events;
  assert.ok(events);
  const types = new Map<number, string>();
  const out: [string, number, string, string][] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'alloc') types.set(e.obj, e.type);
    if (e.kind === 'ref' && e.line === line) out.push([types.get(e.obj) ?? 'constant', e.to - e.from, e.cause, e.label]);
  }
  return out;
}

const SOURCE = "d = {'k': [1, 2]}\nx = d['k']\nx[0] = 'v w'\ndel d['k']\nt = (5.5, 6.5)\ny = t[-1]\n";

describe('subscript fast paths in the trace', () => {
  it('d[k] on an exact dict: the value taken, then the dict and the key released', () => {
    assert.deepEqual(lineRefs(SOURCE, 2).slice(0, 5), [
      ['dict', 1, 'stack', ''],
      ['constant', 1, 'stack', ''],
      ['list', 1, 'stack', ''],
      ['dict', -1, 'stack', ''],
      ['constant', -1, 'stack', ''],
    ]);
  });

  it('x[i] = v on an exact list: the new item in, the old one out, then the list, index and value released', () => {
    assert.deepEqual(lineRefs(SOURCE, 3), [
      ['str', 1, 'stack', ''],
      ['list', 1, 'stack', ''],
      ['constant', 1, 'stack', ''],
      ['str', 1, 'slot', '[0]'],
      ['constant', -1, 'slot', '[0]'],
      ['list', -1, 'stack', ''],
      ['constant', -1, 'stack', ''],
      ['str', -1, 'stack', ''],
    ]);
  });

  it('del d[k] on an exact dict: its key and value released, then the dict and the key operand', () => {
    assert.deepEqual(lineRefs(SOURCE, 4).slice(0, 6), [
      ['dict', 1, 'stack', ''],
      ['constant', 1, 'stack', ''],
      ['constant', -1, 'slot', 'key'],
      ['list', -1, 'slot', "['k']"],
      ['dict', -1, 'stack', ''],
      ['constant', -1, 'stack', ''],
    ]);
  });

  it('t[-1] on an exact tuple counts from the end', () => {
    const result = runSource(`${SOURCE}print(y, x, d)\n`, { filename: 's.py' });
    assert.equal(result.stdout, "6.5 ['v w', 2] {}\n");
    assert.deepEqual(lineRefs(SOURCE, 6).slice(0, 5).map(([what, delta]) => [what, delta]), [['tuple', 1], ['constant', 1], ['float', 1], ['tuple', -1], ['constant', -1]]);
  });
});
