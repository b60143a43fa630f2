// The loops built-ins run in C (sum(), sorted(), str.join, `in`...) take simulated time in proportion
// to their input (threads/native-loops.ts, NATIVE_LOOPS in native-costs.ts), with the GIL held: a
// thread in one long C call keeps the GIL past the switch interval.

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import type { TraceEvent } from '../../src/core/trace/events';
import { NATIVE_LOOPS } from '../../src/core/threads/native-costs';
import { buildTimeline } from '../../src/trace-model/timeline';

function run(source: string, python: '3.11' | '3.12' | '3.13' = '3.11'): { stdout: string; events: TraceEvent[] } {
  const result = runSource(source, { recordTrace: true, filename: 'loops.py', python });
  assert.equal(result.exitCode, 0, result.stderr);
  const events: TraceEvent[] = [];
  for (let i = 0; i < (result.events?.length ?? 0); i++) events.push(result.events?.at(i) as TraceEvent);
  return { stdout: result.stdout, events };
}

/**
 * Simulated ns of `expr` for each size in `sizes` (`setup` prepares `x` from `n` outside the timing).
 * The bytecode around the call is the same for every size: differences are the C loop's alone.
 */
function timings(setup: string, expr: string, sizes: number[]): number[] {
  const program = [
    'import time',
    `for n in ${JSON.stringify(sizes)}:`,
    ...setup.split('\n').map((l) => `    ${l}`),
    '    t = time.perf_counter_ns()',
    `    ${expr}`,
    '    print(time.perf_counter_ns() - t)',
  ].join('\n');
  return run(program).stdout.trim().split('\n').map(Number);
}

/** The cost per unit between two sizes, against the expected figure within `tolerance` (a fraction). */
function assertPerUnit(label: string, [small, large]: number[], units: number, expected: number, tolerance = 0.05): void {
  const per = (large - small) / units;
  assert.ok(Math.abs(per - expected) <= expected * tolerance, `${label}: ${per.toFixed(3)} ns per unit, expected ${expected.toFixed(3)}`);
}

describe('C loops of built-ins take simulated time', function () {
  this.timeout(60_000);
  it('sum(range(n)) grows linearly: one step of the range iterator and one addition per item', () => {
    const t = timings('pass', 'sum(range(n))', [2_000, 20_000]);
    assertPerUnit('sum(range(n))', t, 18_000, NATIVE_LOOPS.sumItem + NATIVE_LOOPS.rangeItem);
  });

  it('sum() of a generator charges only the C side per item (the generator pays for its own bytecode)', () => {
    const [gen] = timings('g = (1 for _ in range(n))', 'sum(g)', [10_000]);
    const [list] = timings('x = [1] * n', 'sum(x)', [10_000]);
    assert.ok(gen > list, `a generator's bytecode is charged too (${gen} vs ${list})`);
    assert.ok(list >= NATIVE_LOOPS.sumItem * 10_000 * 0.95);
  });

  it('sorted() grows as n log n: one charge per comparison timsort makes', () => {
    const setup = 'import random\nx = list(range(n))\nrandom.Random(5).shuffle(x)';
    const [a, b] = timings(setup, 'sorted(x)', [1 << 10, 1 << 13]);
    // About n·log2(n) comparisons for shuffled input: the ratio of the times is about 8 × 15/12.
    const ratio = b / a;
    assert.ok(ratio > 8 * (13 / 10) * 0.85 && ratio < 8 * (13 / 10) * 1.15, `ratio ${ratio.toFixed(2)}`);
    const n = 1 << 13;
    assert.ok(b > NATIVE_LOOPS.sortCompare * (n * Math.log2(n) - 2 * n), `sorted(${n} shuffled): ${b} ns`);
  });

  it('sorted() of already ordered input makes about n comparisons (timsort finds one run)', () => {
    const t = timings('x = list(range(n))', 'sorted(x, reverse=True)', [2_000, 20_000]);
    assertPerUnit('sorted(ordered)', t, 18_000, NATIVE_LOOPS.copyItem + NATIVE_LOOPS.sortCompare, 0.05);
  });

  it("''.join() grows linearly with the items and their characters", () => {
    const t = timings("x = ['ab'] * n", "''.join(x)", [2_000, 20_000]);
    assertPerUnit("''.join", t, 18_000, NATIVE_LOOPS.copyItem + NATIVE_LOOPS.joinItem + 2 * NATIVE_LOOPS.char);
  });

  it('`x in a_list` compares every item when x is absent, and stops at a match', () => {
    const t = timings('x = list(range(n))', '-1 in x', [2_000, 20_000]);
    assertPerUnit('-1 in list', t, 18_000, NATIVE_LOOPS.compareItem);
    const [found] = timings('x = list(range(n))', '0 in x', [20_000]);
    assert.ok(found < t[1] / 100, `a match at the first item: ${found} ns`);
  });

  it('set() and dict() grow linearly: one insertion per item', () => {
    const t = timings('x = list(range(n))', 'set(x)', [2_000, 20_000]);
    assertPerUnit('set(a_list)', t, 18_000, NATIVE_LOOPS.copyItem + NATIVE_LOOPS.hashItem);
    const d = timings('x = {i: i for i in range(n)}', 'dict(x)', [2_000, 20_000]);
    assertPerUnit('dict(a_dict)', d, 18_000, NATIVE_LOOPS.hashItem);
  });

  it('3.12 and 3.13 use the same figures', () => {
    for (const python of ['3.12', '3.13'] as const) {
      const out = run('import time\nx = list(range(20_000))\nt = time.perf_counter_ns()\n-1 in x\nprint(time.perf_counter_ns() - t)', python).stdout;
      assert.ok(Number(out) >= NATIVE_LOOPS.compareItem * 20_000, `${python}: ${out}`);
    }
  });
});

describe('a C loop holds the GIL for its whole duration', function () {
  this.timeout(120_000);
  it('a thread in one big sum(range(N)) keeps the GIL past the 5 ms switch interval while another thread loops in Python', () => {
    // About 12 ms of simulated work in one call, over twice the switch interval.
    const N = 1_000_000;
    const { events } = run([
      'import threading',
      'done = False',
      'def native():',
      '    global done',
      `    sum(range(${N}))`,
      '    done = True',
      'def python():',
      '    n = 0',
      '    while not done:',
      '        n += 1',
      't1 = threading.Thread(target=python)',
      't2 = threading.Thread(target=native)',
      't1.start(); t2.start()',
      't1.join(); t2.join()',
    ].join('\n'));
    const timeline = buildTimeline(events);
    const cost = N * (NATIVE_LOOPS.sumItem + NATIVE_LOOPS.rangeItem);
    assert.ok(cost > 5e6, `the C call takes more than the switch interval (${cost} ns)`);
    const nativeLane = timeline.threads.find((l) => l.name.includes('native'));
    const pythonLane = timeline.threads.find((l) => l.name.includes('python'));
    assert.ok(nativeLane && pythonLane, timeline.threads.map((l) => l.name).join(', '));
    const longest = Math.max(...nativeLane.intervals.filter((iv) => iv.state === 'running').map((iv) => iv.to - iv.from));
    assert.ok(longest >= cost, `the sum() thread's longest slice: ${longest} ns (the C call: ${cost} ns)`);
    // Meanwhile the Python thread waits for the GIL longer than a switch interval.
    const waits = pythonLane.intervals.filter((iv) => iv.state === 'gil-wait' || iv.state === 'switch-wait').map((iv) => iv.to - iv.from);
    assert.ok(Math.max(...waits) > 5e6, `the Python thread's longest wait: ${Math.max(...waits)} ns`);
    // The Python thread's slices are cut at the switch interval (give or take an instruction).
    const pythonSlices = pythonLane.intervals.filter((iv) => iv.state === 'running').map((iv) => iv.to - iv.from);
    assert.ok(Math.max(...pythonSlices) < longest);
  });
});
