// Calibrates the virtual clock's instruction costs (src/core/threads/cost-model.ts) against real
// CPython: `npx tsx scripts/calibrate-clock.ts [python3]`.
//
// Method: each reference loop below runs in the real interpreter (best of 7 timings of f(N), so
// ns per iteration) and in the simulator, which counts the instructions of one iteration by cost
// class (a run with n=200 minus a run with n=0). A least-squares fit with non-negative costs then
// (relative errors: each loop weighs the same) gives ns per instruction of each class: real_ns(loop) ≈ Σ count(loop, class) × cost(class).
// Last run (python3 3.11.7; 2 vCPU "Intel(R) Xeon(R) Processor" VM, shared and noisy):
//   fast 0, name 6, arith 15, build 41, call 12 ns (cost-model.ts uses these, `fast` floored at 1);
//   real vs fitted ns/iteration: empty_for 14.4/15.2, countdown 30.2/30.3, add_locals 52.0/45.5,
//   globals_attr 70.1/74.8, call_python 41.9/45.3, build_list 82.7/97.7, dict_ops 73.0/75.8,
//   list_append 41.2/33.1, fstring 193.1/138.9.
// The free-threaded 3.13t's costs (cost-model.ts FREE_THREADED_CLASS_COST_NS) come from a run against the
// 3.13.5 --disable-gil build of test/oracle/README.md on the same VM (2026-11-26, busy: load average 5-6):
//   `npx tsx scripts/calibrate-clock.ts /work/pythons/3.13t/bin/python3.13t` → fast 0, name 40, arith 25,
//   build 50, call 30 (countdown 62.3 ns/iteration; pyenv's default 3.13.0 in the same session: fast 0,
//   name 3, arith 17, build 76, call 22, countdown 29.2; python3 3.11.7: fast 0, name 5, arith 17, build 44, call 12).
import { spawnSync } from 'node:child_process';
import { findInterpreter } from './pythons.mjs';
import { compileSource } from '../src/core/index';
import { Simulation } from '../src/core/simulation';
import { VERSIONS } from '../src/core/versions';
import { costClassOf, type CostClass } from '../src/core/threads/cost-model';

const LOOPS: Record<string, string> = {
  empty_for: 'def f(n):\n    for i in range(n):\n        pass',
  countdown: 'def f(n):\n    while n > 0:\n        n -= 1',
  add_locals: 'def f(n):\n    x = 0\n    for i in range(n):\n        x = x + i * 2',
  globals_attr: 'class C:\n    a = 1\nc = C()\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += c.a + len("ab")',
  call_python: 'def g(x):\n    return x\ndef f(n):\n    for i in range(n):\n        g(i)',
  build_list: 'def f(n):\n    for i in range(n):\n        l = [i, i, i]\n        t = (l, i)',
  dict_ops: 'def f(n):\n    d = {}\n    for i in range(n):\n        d[i & 7] = i\n        x = d[i & 3]',
  list_append: 'def f(n):\n    l = []\n    for i in range(n):\n        l.append(i)',
  fstring: 'def f(n):\n    for i in range(n):\n        s = f"{i}-{i}"',
};
const CLASSES: CostClass[] = ['fast', 'name', 'arith', 'build', 'call'];
// Default: the clean 3.11 venv of scripts/pythons.mjs.
const python = process.argv[2] ?? findInterpreter('3.11')?.exe ?? 'python3';
const N = 200_000;

function realNsPerIteration(body: string): number {
  const script = `${body}\nimport time\nbest = 1e9\nfor _ in range(7):\n    t = time.perf_counter_ns(); f(${N}); best = min(best, time.perf_counter_ns() - t)\nprint(best / ${N})`;
  const r = spawnSync(python, ['-c', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim());
}

function classCounts(body: string, n: number): Record<CostClass, number> {
  const source = `${body}\nf(${n})\n`;
  const compiled = compileSource(source, 'calibrate.py');
  if (!compiled.ok) throw new Error(compiled.diagnostic.message);
  const sim = new Simulation(source, compiled.unit, { version: VERSIONS['3.11'], filename: 'calibrate.py', maxSteps: 1e8, maxMillis: 1e6, recordTrace: false, now: () => Date.now() });
  const counts: Record<CostClass, number> = { fast: 0, name: 0, arith: 0, build: 0, call: 0 };
  for (;;) {
    const frame = sim.vm.frame;
    if (frame && frame.kind === 'python') counts[costClassOf(frame.unit.ops[frame.pc])]++;
    if (!sim.step()) break;
  }
  return counts;
}

const rows = Object.entries(LOOPS).map(([name, body]) => {
  const full = classCounts(body, 200);
  const base = classCounts(body, 0);
  const perIteration = CLASSES.map((c) => (full[c] - base[c]) / 200);
  return { name, perIteration, real: realNsPerIteration(body) };
});

// Non-negative least squares by projected coordinate descent (5 unknowns, a handful of rows).
const cost = CLASSES.map(() => 10);
for (let iter = 0; iter < 20000; iter++) {
  for (let k = 0; k < CLASSES.length; k++) {
    let num = 0;
    let den = 0;
    for (const r of rows) {
      const others = r.perIteration.reduce((s, c, j) => (j === k ? s : s + c * cost[j]), 0);
      // Relative errors: each loop weighs the same whatever its length.
      const w = 1 / r.real ** 2;
      num += w * r.perIteration[k] * (r.real - others);
      den += w * r.perIteration[k] ** 2;
    }
    if (den > 0) cost[k] = Math.max(0, num / den);
  }
}
console.log(`python: ${spawnSync(python, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
console.log('loop            real ns/iter  fitted  instructions per iteration by class');
for (const r of rows) {
  const fitted = r.perIteration.reduce((s, c, j) => s + c * cost[j], 0);
  console.log(`${r.name.padEnd(16)}${r.real.toFixed(1).padStart(12)}${fitted.toFixed(1).padStart(8)}  ${CLASSES.map((c, j) => `${c} ${r.perIteration[j]}`).join(', ')}`);
}
console.log(`fitted ns per instruction: ${CLASSES.map((c, j) => `${c} ${Math.round(cost[j])}`).join(', ')}`);
