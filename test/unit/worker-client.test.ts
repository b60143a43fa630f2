// The host's worker client (src/extension/worker-client.ts) with the real dist/worker.js thread: one warm
// worker across runs, cooperative cancellation through the shared cancel mark, and the replacement of a
// worker stuck inside one long instruction.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { WorkerClient } from '../../src/extension/worker-client';
import type { RunRequest } from '../../src/shared/protocol';

const WORKER = path.join(__dirname, '..', '..', 'dist', 'worker.js');

function file(source: string, maxMillis = 20_000): Omit<RunRequest, 'type' | 'runId'> {
  return { source, filename: 't.py', python: '3.11', maxSteps: 50_000_000, maxMillis };
}

describe('worker client (dist/worker.js)', function () {
  this.timeout(60_000);
  let client: WorkerClient;
  afterEach(() => client.dispose());

  it('keeps one worker from run to run', async function () {
    client = new WorkerClient(WORKER);
    const first = await client.run(file('a = [1]\nprint(len(a))\n'));
    const second = await client.run(file('b = (1, 2)\nprint(len(b))\n'));
    assert.equal(first?.outcome.stdout, '1\n');
    assert.equal(second?.outcome.stdout, '2\n');
    assert.equal(client.workersStarted, 1);
  });

  it('stops a run in flight at its next slice and answers the next request with the same worker', async function () {
    const progress: number[] = [];
    client = new WorkerClient(WORKER, (p) => progress.push(p.steps));
    const endless = client.run(file('n = 0\nwhile True:\n    n += 1\n'));
    // Let the worker get into the loop (it reports progress every 200 ms).
    while (progress.length === 0) await new Promise((r) => setTimeout(r, 20));
    client.cancel();
    assert.equal(await endless, null);
    assert.equal(client.busy, false);
    const next = await client.run(file('print("after")\n'));
    assert.equal(next?.outcome.stdout, 'after\n');
    assert.equal(client.workersStarted, 1, 'the cancelled run did not cost a new worker');
  });

  it('skips requests cancelled before the worker reached them', async function () {
    client = new WorkerClient(WORKER);
    const queued = [client.run(file('print(1)\n')), client.run(file('print(2)\n')), client.run(file('print(3)\n'))];
    client.cancel();
    assert.deepEqual(await Promise.all(queued), [null, null, null]);
    const next = await client.run(file('print(4)\n'));
    assert.equal(next?.outcome.stdout, '4\n');
    assert.equal(client.workersStarted, 1);
  });

  it('replaces a worker that stays inside one long instruction after a cancel', async function () {
    client = new WorkerClient(WORKER);
    await client.run(file('pass\n'));
    // One BINARY_OP computing a 168-million-bit integer: several seconds without a slice boundary (an
    // 84-million-bit one took 1.2 to 2.1 s here, close enough to the 1.3 s this waits to fail once).
    const stuck = client.run(file('n = 60_000_000\nx = 7 ** n\n'));
    // Long enough for the worker to be inside that instruction even on a loaded machine (cancelled before
    // it, the run stops at a slice boundary and no new worker is needed).
    await new Promise((r) => setTimeout(r, 1000));
    client.cancel();
    assert.equal(await stuck, null);
    const next = await client.run(file('print("fresh")\n'));
    assert.equal(next?.outcome.stdout, 'fresh\n');
    assert.equal(client.workersStarted, 2);
  });
});
