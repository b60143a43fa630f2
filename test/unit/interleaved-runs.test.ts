// Runs interleaved in one thread (the editor's worker pauses a memory-graph replay while it starts other runs)
// number objects and frames as each would alone: a run keeps its own counters between calls.
import assert from 'node:assert/strict';
import { startRun, type SteppedRun } from '../../src/core/index';

const PROGRAM = 'def make(n):\n    return [n, str(n)]\n\nitems = [make(i) for i in range(30)]\nfirst = items[0]\ndel items\nprint(first)\n';
const OTHER = 'data = {i: [i] for i in range(200)}\nprint(len(data))\n';

function traceOf(run: SteppedRun): string {
  const events = run.result().events;
  assert.ok(events);
  const lines: string[] = [];
  for (let i = 0; i < events.length; i++) lines.push(JSON.stringify(events.at(i)));
  return lines.join('\n');
}

describe('interleaved runs', function () {
  it('give the same trace as a run alone', function () {
    const alone = startRun(PROGRAM, { recordTrace: true });
    while (alone.advance(1000));
    const expected = traceOf(alone);

    const paused = startRun(PROGRAM, { recordTrace: true });
    paused.advance(40);
    const other = startRun(OTHER, { recordTrace: true });
    other.advance(500);
    paused.advance(25);
    while (other.advance(1000));
    assert.equal(other.result().stdout, '200\n');
    while (paused.advance(7));
    assert.equal(paused.result().stdout, "[0, '0']\n");
    assert.equal(traceOf(paused), expected);
  });
});
