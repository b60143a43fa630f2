// The worker's idle warm-up (src/worker/warm-up.ts): it runs its program the number of times asked, one slice
// per event-loop turn, and a run started meanwhile is unaffected (its trace is the same as alone).
import assert from 'node:assert/strict';
import { runSource, startRun } from '../../src/core/index';
import { IdleWarmUp, LIBRARIES } from '../../src/worker/warm-up';

function trace(source: string): string {
  const run = startRun(source, { recordTrace: true });
  while (run.advance(1000));
  const events = run.result().events;
  assert.ok(events);
  return Array.from({ length: events.length }, (_, i) => JSON.stringify(events.at(i))).join('\n');
}

describe('idle warm-up', function () {
  it('runs its program the number of times asked, yielding to other work between slices', async function () {
    const source = 'a = [1, 2]\nb = {"k": a}\ndel a\nprint(b)\n';
    const alone = trace(source);
    let turns = 0;
    let warmUp: IdleWarmUp | null = null;
    const done = new Promise<void>((resolve) => {
      warmUp = new IdleWarmUp(3, resolve);
      warmUp.resume();
      // Other work between the warm-up's slices, as requests are: a whole run each time.
      const interleave = () => {
        turns++;
        assert.equal(trace(source), alone);
        if ((warmUp?.completed ?? 0) < 3) setImmediate(interleave);
      };
      setImmediate(interleave);
    });
    await done;
    // Each warm-up run took at least one turn of its own, with other work in between.
    assert.ok(turns >= 2, `${turns} turns of other work`);
    (warmUp as IdleWarmUp | null)?.stop();
  });

  it('then imports the lessons\' standard modules once, so that their sources are compiled before a lesson runs', async function () {
    this.timeout(60_000);
    const warmUp = new IdleWarmUp(1);
    warmUp.resume();
    while (warmUp.completed < 2) await new Promise((resolve) => setImmediate(resolve));
    // Nothing more to do: resuming starts no other run.
    warmUp.resume();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(warmUp.completed, 2);
    // The imports it ran are ones the simulator models (a failing import would compile nothing useful).
    const alone = runSource(LIBRARIES, { filename: 'warm_up.py' });
    assert.equal(alone.exitCode, 0, alone.stderr);
  });
});
