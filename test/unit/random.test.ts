// The random module's core and what an unseeded run depends on: MT19937 against its reference outputs,
// getrandbits' and random()'s use of the 32-bit words, the simulated os.urandom (one seed, one run; a
// forked child's own randomness), and the editor's re-runs of an unseeded program drawing what it drew.
import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import { MersenneTwister } from '../../src/core/modules/random/mersenne-twister';
import { SimulationSession } from '../../src/worker/session';
import type { FromWorker } from '../../src/shared/protocol';

describe('random: the Mersenne Twister', function () {
  it('gives mt19937ar.c\'s reference outputs for init_by_array({0x123, 0x234, 0x345, 0x456})', function () {
    const mt = new MersenneTwister();
    mt.initByArray([0x123, 0x234, 0x345, 0x456]);
    assert.deepEqual([1, 2, 3, 4, 5].map(() => mt.nextUint32()), [1067595299, 955945823, 477289528, 4107218783, 4228976476]);
  });

  it('gives 4123659995 as the 10000th output after init_genrand(5489) (C++\'s std::mt19937 requirement)', function () {
    const mt = new MersenneTwister();
    mt.initGenrand(5489);
    let last = 0;
    for (let i = 0; i < 10000; i++) last = mt.nextUint32();
    assert.equal(last, 4123659995);
  });

  it('seeds an int by its absolute value\'s 32-bit words, least significant first', function () {
    const words = (seed: bigint) => {
      const mt = new MersenneTwister();
      mt.seedWithMagnitude(seed);
      return [mt.nextUint32(), mt.nextUint32()];
    };
    const byArray = (key: number[]) => {
      const mt = new MersenneTwister();
      mt.initByArray(key);
      return [mt.nextUint32(), mt.nextUint32()];
    };
    assert.deepEqual(words(-5n), words(5n));
    assert.deepEqual(words(0n), byArray([0]));
    assert.deepEqual(words((7n << 64n) | (2n << 32n) | 9n), byArray([9, 2, 7]));
  });

  it('builds getrandbits(k) from words, least significant first, and random() from 27 + 26 bits', function () {
    const a = new MersenneTwister();
    const b = new MersenneTwister();
    a.seedWithMagnitude(2024n);
    b.seedWithMagnitude(2024n);
    const [w0, w1] = [b.nextUint32(), b.nextUint32()];
    assert.equal(a.getrandbits(64), BigInt(w0) | (BigInt(w1) << 32n));
    const [w2, w3] = [b.nextUint32(), b.nextUint32()];
    assert.equal(a.getrandbits(40), BigInt(w2) | (BigInt(w3 >>> 24) << 32n));
    const [w4, w5] = [b.nextUint32(), b.nextUint32()];
    assert.equal(a.random(), ((w4 >>> 5) * 2 ** 26 + (w5 >>> 6)) / 2 ** 53);
    assert.equal(a.getrandbits(0), 0n);
    assert.equal(a.getrandbits(5), BigInt(b.nextUint32() >>> 27));
  });
});

describe('random: unseeded runs', function () {
  const UNSEEDED = 'import random, os\nprint(random.random(), random.randint(1, 10**9), os.urandom(4))\n';

  it('draws the same numbers for the same entropy seed, other numbers for another', function () {
    const a = runSource(UNSEEDED, { entropySeed: 5 });
    const b = runSource(UNSEEDED, { entropySeed: 5 });
    const c = runSource(UNSEEDED, { entropySeed: 6 });
    assert.equal(a.exitCode, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.notEqual(a.stdout, c.stdout);
    assert.equal(a.entropySeed, 5);
  });

  it('picks a fresh seed per run when none is given, and reports it so the run can be repeated', function () {
    const first = runSource(UNSEEDED);
    const second = runSource(UNSEEDED);
    assert.notEqual(first.entropySeed, second.entropySeed);
    assert.notEqual(first.stdout, second.stdout);
    assert.equal(runSource(UNSEEDED, { entropySeed: first.entropySeed }).stdout, first.stdout);
  });

  it('reseeds random in each forked child (os.register_at_fork), the same way for the same seed', function () {
    const source = [
      'import multiprocessing as mp, random',
      'def work(q):',
      '    q.put(random.random())',
      "if __name__ == '__main__':",
      '    random.seed(1)',
      '    q = mp.Queue()',
      '    ps = [mp.Process(target=work, args=(q,)) for _ in range(3)]',
      '    for p in ps: p.start()',
      '    got = sorted(q.get() for _ in ps)',
      '    for p in ps: p.join()',
      '    print(got, random.random())',
      '',
    ].join('\n');
    const run = runSource(source, { entropySeed: 11, filename: 'children.py' });
    assert.equal(run.exitCode, 0, run.stderr);
    const [children, parent] = /^\[(.*)\] (.*)\n$/.exec(run.stdout)!.slice(1);
    const values = [...children.split(', '), parent];
    // Without the reseeding every child would draw the parent's next number, 0.13436424411240122.
    assert.equal(new Set(values).size, 4, run.stdout);
    assert.equal(parent, '0.13436424411240122');
    assert.equal(runSource(source, { entropySeed: 11, filename: 'children.py' }).stdout, run.stdout);
  });

  it('shows the memory graph of an unseeded run with the numbers the run drew', function () {
    const out: FromWorker[] = [];
    const s = new SimulationSession((m) => out.push(m));
    const source = 'import random\nx = random.random()\nfacts = [x, random.getrandbits(40)]\nprint(facts)\n';
    s.handle({ type: 'run', runId: 3, source, filename: 'u.py', python: '3.11', maxSteps: 1_000_000, maxMillis: 10_000 });
    const finished = out.pop();
    assert.ok(finished && finished.type === 'finished');
    const printed = finished.outcome.stdout.trim().slice(1, -1).split(', ');
    // Before the last line (print) runs: x and facts are alive.
    s.handle({ type: 'graph', runId: 3, position: finished.outcome.lineSteps - 1 });
    const graph = out.pop();
    assert.ok(graph && graph.type === 'graph', JSON.stringify(graph));
    const previews = graph.graph.objects.map((o) => o.value);
    for (const value of printed) assert.ok(previews.includes(value), `${value} not among ${previews.join(' ')}`);
  });
});

describe('random: warnings', function () {
  it('prints 3.11\'s DeprecationWarning once per line of the learner\'s file, never for random.py\'s own calls', function () {
    const source = 'import random\nrandom.seed(2)\nfor i in range(3):\n    random.randrange(2.0, 5)\nrandom.randrange(1.0, 9)\nrandom.randint(1.0, 3)\n';
    const r = runSource(source, { filename: 'w.py', python: '3.11' });
    assert.equal(r.exitCode, 0, r.stderr);
    const message = 'DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version';
    assert.equal(r.stderr, `w.py:4: ${message}\n  random.randrange(2.0, 5)\nw.py:5: ${message}\n  random.randrange(1.0, 9)\n`);
    assert.match(runSource(source, { filename: 'w.py', python: '3.12' }).stderr, /TypeError: 'float' object cannot be interpreted as an integer\n$/);
  });
});
