// Calibrates the loops built-in functions and methods run in C (src/core/threads/native-loops.ts
// takes the figures): sum(), min(), any(), list(), sorted(), str.join, `in`, slicing, set(), str.find...,
// against the real interpreter: `npx tsx scripts/calibrate-native-loops.ts [python3]`.
//
// Method as scripts/calibrate-native.ts: each operation is timed by the real interpreter (best of 7,
// the minimum: the machine is shared and loaded, the minimum is the least disturbed run) on a small
// and a large input; the two points give t(n) = fixed + n × per unit. A unit is an item pulled from
// the iterator (or compared, copied, hashed), a character scanned, or for sorting one comparison
// (sorted() of shuffled ints: n·log2(n) − n comparisons, about what timsort makes).
// The machine is shared and was loaded (load 9-10 on 2 vCPU "Intel(R) Xeon(R) Processor", 2026-11-27):
// runs differed by 2-3 times; the figures native-costs.ts takes come from the quiet runs above them.
// Two runs on the quiet machine (load 2-3, 2026-11-27 06:40 UTC), per unit (ns), which native-costs.ts takes:
//   sum(range(n)) 12.4 / 12.2; sum(a list) 3.8 / 3.6; min(a list) 9.7 / 10.2; any([0] * n) 3.9 / 4.7;
//   list(iter(a list)) 2.1 / 2.2; x[:] 0.89 / 0.89; [None] * n 0.41 / 0.41; -1 in a list 7.1 / 6.0;
//   list.count 7.3 / 6.7; set(a list) 10.8 / 9.6; dict.fromkeys 22.8 / 22.6; ''.join(['ab'] * n) 4.0 / 4.3;
//   sorted(shuffled) per comparison 8.7 / 8.7; sorted(ordered, reverse=True) per item 3.9 / 4.2; str.find per
//   char 0.008; str.replace 0.25; str * n 0.007; list(range(n)) 74 / 84 (allocating fresh memory).
// Earlier runs, loaded, with python3 3.11.7, per unit (ns), at n = 10⁶ / 10⁵ (this script's LARGE) / 2·10⁴ (by hand):
//   sum(range(n)) 25.3 / 75.4 / 46.0; sum(a list) 6.46 / 6.55; min(a list) 25.7 / 9.3 / 47.6;
//   any([0] * n) 3.77 / 5.58; list(iter(a list)) 8.0 / 2.2; x[:] 4.3 / 1.35; [None] * n 0.81 / 0.42;
//   -1 in a list 19.7 / 6.5 / 13.8; list.count 24.8 / 9.9; set(a list) 962 / 20.5 / 50.6;
//   dict.fromkeys 951 / 138 / 83; ''.join(['ab'] * n) 8.0 / 5.2 / 13.0; sorted(shuffled) per comparison
//   51.6 / 33.9 / 46.9; sorted(ordered, reverse=True) per item 13.2 / 8.2 / 18.5; str.find per char
//   0.011 / 0.008; str.replace 0.27 / 0.25; str * n 0.007 / 0.008. list(range(n)) 358 / 659 / 45: at 10⁶
//   items, allocating fresh memory dominated (hence LARGE = 10⁵).
import { spawnSync } from 'node:child_process';
import { findInterpreter } from './pythons.mjs';

// Default: the clean 3.11 venv of scripts/pythons.mjs.
const python = process.argv[2] ?? findInterpreter('3.11')?.exe ?? 'python3';

interface Probe {
  name: string;
  /** Python statements preparing `x` for size n, then the timed expression. */
  setup: string;
  timed: string;
  /** Units of work for size n (default n). */
  units?: (n: number) => number;
}

const SMALL = 1000;
// 10⁵, not 10⁶: at 10⁶ items, allocating the result (fresh pages of memory) took up to 1 µs per item here (set(), list(range())).
const LARGE = 100_000;
const comparisons = (n: number) => n * Math.log2(n) - n;

const PROBES: Probe[] = [
  { name: 'sum(range(n))', setup: '', timed: 'sum(range(n))' },
  { name: 'sum(list of ints)', setup: 'x = list(range(n))', timed: 'sum(x)' },
  { name: 'min(list of ints)', setup: 'x = list(range(n))', timed: 'min(x)' },
  { name: 'any(list of zeros)', setup: 'x = [0] * n', timed: 'any(x)' },
  { name: 'list(list_iterator)', setup: 'x = list(range(n))', timed: 'list(iter(x))' },
  { name: 'list(range(n))', setup: '', timed: 'list(range(n))' },
  { name: 'list slice copy x[:]', setup: 'x = list(range(n))', timed: 'x[:]' },
  { name: '[None] * n', setup: 'y = [None]', timed: 'y * n' },
  { name: '-1 in list (miss)', setup: 'x = list(range(n))', timed: '-1 in x' },
  { name: 'list.count', setup: 'x = list(range(n))', timed: 'x.count(-1)' },
  { name: 'set(list of ints)', setup: 'x = list(range(n))', timed: 'set(x)' },
  { name: 'dict.fromkeys(list)', setup: 'x = list(range(n))', timed: 'dict.fromkeys(x)' },
  { name: "''.join(['ab'] * n)", setup: "x = ['ab'] * n", timed: "''.join(x)" },
  { name: 'sorted(shuffled ints) per cmp', setup: 'import random\nx = list(range(n))\nrandom.Random(1).shuffle(x)', timed: 'sorted(x)', units: comparisons },
  { name: 'sorted(ints, reverse=True)', setup: 'x = list(range(n))', timed: 'sorted(x, reverse=True)' },
  { name: "str.find (per char)", setup: "x = 'a' * n", timed: "x.find('b')" },
  { name: "str.replace (per char)", setup: "x = 'ab' * (n // 2)", timed: "x.replace('b', 'c')" },
  { name: "str * n (per char)", setup: "y = 'a'", timed: 'y * n' },
];

function bestNs(p: Probe, n: number): number {
  const repeat = n <= 4096 ? 2000 : 3;
  const script = `n = ${n}\n${p.setup}\nimport time\nbest = 1e18\nfor _ in range(7):\n    t = time.perf_counter_ns()\n    for _ in range(${repeat}):\n        ${p.timed}\n    best = min(best, (time.perf_counter_ns() - t) / ${repeat})\nprint(best)`;
  const r = spawnSync(python, ['-c', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${p.name}: ${r.stderr}`);
  return Number(r.stdout.trim());
}

const version = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
console.log(`${python} ${version}`);
for (const p of PROBES) {
  const units = p.units ?? ((n: number) => n);
  const small = bestNs(p, SMALL);
  const large = bestNs(p, LARGE);
  const per = (large - small) / (units(LARGE) - units(SMALL));
  const fixed = Math.max(0, small - per * units(SMALL));
  console.log(`${p.name.padEnd(32)} fixed ${fixed.toFixed(0).padStart(6)} ns   per unit ${per.toFixed(3)} ns   (n=${LARGE}: ${(large / 1e6).toFixed(2)} ms)`);
}
