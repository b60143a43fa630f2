// Coroutines and asyncio beyond what the oracle cases print: what the simulator does not model stops
// the run with a diagnostic at the learner's line (never a made-up error), and the asyncio loop runs
// on the simulated clock (a sleep advances it, no wall-clock time passes).

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';

describe('what the coroutine and asyncio model leaves out', () => {
  it('stops the run with a "not modelled" diagnostic at the construct or the learner\'s line', () => {
    for (const [source, what, line, col] of [
      ['import asyncio\n\nasync def main():\n    print("before")\n    await asyncio.open_connection("localhost", 80)\n\nasyncio.run(main())\n', 'asyncio.open_connection', 5, 10],
      ['import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    await loop.create_future()\n\nasyncio.run(main())\n',
        'asyncio: an event loop waiting with nothing scheduled (it would wait forever)', 7, 0],
    ] as const) {
      const result = runSource(source, { filename: 'missing.py' });
      assert.equal(result.exitCode, 2, source);
      assert.equal(result.diagnostic?.message, `not modelled by CPython Lens: ${what}`, source);
      assert.deepEqual({ line: result.diagnostic?.line, col: result.diagnostic?.col }, { line, col }, source);
    }
  });

  it('runs asyncio.sleep on the simulated clock: a 30 s sleep finishes at once in real time', () => {
    const source = 'import asyncio, time\n\nasync def main():\n    t0 = time.monotonic()\n    await asyncio.gather(asyncio.sleep(30), asyncio.sleep(20))\n    print(round(time.monotonic() - t0))\n\nasyncio.run(main())\n';
    const started = Date.now();
    const result = runSource(source, { filename: 'sleepy.py' });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout, '30\n');
    assert.ok(Date.now() - started < 10_000);
  });
});
