// Measures what process operations cost in real CPython, next to the constants the simulator
// uses (src/core/processes/costs.ts): `npx tsx scripts/calibrate-processes.ts [python3]`.
//
// Method: medians of repeated timings with time.perf_counter in one python3 run: os.fork() as the
// parent sees it; fork + os._exit(0) in the child + os.waitpid in the parent, after the fork
// returned (the child's start-up and teardown); pickle.dumps / pickle.loads per byte of a list of
// 100 000 ints; one small object sent and received through a multiprocessing Pipe. Then a
// multiprocessing.Process's life step by step (scripts/probes/process-lifecycle.py), run by python3
// and by the simulator: each step's median and minimum over 20 runs, real and simulated. CPU times
// (time.process_time) do not grow with the machine's load, wall times do: the minimum is the closest
// to an idle machine.
// The VM runs at one of two speeds from one moment to the next (its host's load): a reference loop before
// each Process run (the countdown of calibrate-clock.ts) tells them apart, and the table gives the median of
// the runs made at the speed the instruction costs were fitted at (30.2 ns per iteration), which costs.ts uses.
// Last runs (python3 3.11.7; 2 vCPU "Intel(R) Xeon(R) Processor" VM, shared; 2026-11-26):
//   fork 150-180 µs, exit + waitpid 0.83-0.95 ms, dumps 2.7-4.2 ns/byte, loads 6.2-10 ns/byte, Pipe round trip 6-7 µs
//   (at the faster speed). At the calibration's speed (countdown 28-32 ns; 17 and 20 runs): Process.start()
//   585-662 µs, of which fork() 312-390 and 191-202 after it returned; the child's CPU when fork() returns 0 in
//   it 854-864 µs, then 682-687 µs to the target; target end to os._exit 127-130 µs; os._exit to join()
//   returning 534-638 µs. At the faster speed (countdown 17-18 ns) each is about 1.45 times smaller (start
//   350-410, child 590-690 + 500-550, os._exit to join 356-444). The exit + waitpid figure of the first
//   table is the child's start-up and its teardown together, which EXIT_TEARDOWN_NS alone used to stand for.
import { spawnSync } from 'node:child_process';
import { findInterpreter } from './pythons.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSource } from '../src/core/index';
import * as costs from '../src/core/processes/costs';

const SCRIPT = `
import os, pickle, time, multiprocessing as mp
def med(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]
forks, waits = [], []
for _ in range(50):
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    t1 = time.perf_counter()
    os.waitpid(pid, 0)
    t2 = time.perf_counter()
    forks.append(t1 - t0)
    waits.append(t2 - t1)
data = list(range(100_000))
s = pickle.dumps(data)
dumps, loads = [], []
for _ in range(20):
    t0 = time.perf_counter(); pickle.dumps(data); t1 = time.perf_counter(); pickle.loads(s); t2 = time.perf_counter()
    dumps.append((t1 - t0) / len(s)); loads.append((t2 - t1) / len(s))
a, b = mp.Pipe()
trips = []
for _ in range(200):
    t0 = time.perf_counter(); a.send(42); b.recv(); trips.append(time.perf_counter() - t0)
print(med(forks) * 1e9, med(waits) * 1e9, med(dumps) * 1e9, med(loads) * 1e9, med(trips) * 1e9)
`;

// Default: the clean 3.11 venv of scripts/pythons.mjs.
const python = process.argv[2] ?? findInterpreter('3.11')?.exe ?? 'python3';
const r = spawnSync(python, ['-c', SCRIPT], { encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
const [fork, exitWait, dumps, loads, trip] = r.stdout.trim().split(/\s+/).map(Number);
const rows: [string, number, number][] = [
  ['os.fork() in the parent (ns)', fork, costs.FORK_NS],
  ['child start-up + exit, seen by waitpid (ns)', exitWait, costs.CHILD_AFTER_FORK_NS + costs.EXIT_TEARDOWN_NS],
  ['pickle.dumps per byte (ns)', dumps, costs.DUMPS_NS_PER_BYTE],
  ['pickle.loads per byte (ns)', loads, costs.LOADS_NS_PER_BYTE],
  ['Pipe send+recv of a small object (ns)', trip, costs.PIPE_MESSAGE_NS],
];
for (const [what, real, model] of rows) console.log(`${what.padEnd(46)} real ${real.toFixed(1).padStart(10)}   model ${String(model).padStart(8)}`);

// A Process's life, step by step: python3 and the simulator run the same probe.
/** The countdown's ns per iteration when the instruction costs were fitted (scripts/calibrate-clock.ts's last run). */
const CALIBRATION_COUNTDOWN_NS = 30.2;
const probe = path.join(__dirname, 'probes', 'process-lifecycle.py');
const parse = (text: string) => new Map(text.trim().split('\n').map((line) => {
  const at = line.lastIndexOf(': ');
  return [line.slice(0, at), line.slice(at + 2).split(' ').map(Number)] as const;
}));
const realRun = spawnSync(python, [probe, '--speed'], { encoding: 'utf8' });
if (realRun.status !== 0) throw new Error(realRun.stderr);
const simRun = runSource(readFileSync(probe, 'utf8'), { filename: 'process-lifecycle.py', cores: 2 });
if (simRun.exitCode !== 0) throw new Error(simRun.stderr);
const real = parse(realRun.stdout);
const simulated = parse(simRun.stdout);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// The runs made at the speed the instruction costs stand for: this VM runs the reference loop in 17-18 or in
// 28-31 ns per iteration from one moment to the next (its host's load), and a process's costs change too,
// though less (by about 1.3x): its runs within 15 % of the calibration's speed, when there are some.
const SPEED = 'countdown (ns per iteration), just before';
const speed = real.get(SPEED) ?? [];
const atSpeed = speed.map((ns) => Math.abs(ns / CALIBRATION_COUNTDOWN_NS - 1) < 0.15);
const count = atSpeed.filter(Boolean).length;
console.log(`\n${'multiprocessing.Process, µs'.padEnd(48)} ${'real median'.padStart(12)} ${'real min'.padStart(10)} ${`at ~${CALIBRATION_COUNTDOWN_NS} ns (${count})`.padStart(18)} ${'simulated'.padStart(10)}`);
for (const [name, values] of real) {
  const sim = simulated.get(name) ?? [NaN];
  const slow = values.filter((_, i) => atSpeed[i]);
  console.log(`${name.padEnd(48)} ${median(values).toFixed(0).padStart(12)} ${Math.min(...values).toFixed(0).padStart(10)} ${(count ? median(slow).toFixed(0) : '-').padStart(18)} ${median(sim).toFixed(0).padStart(10)}`);
}
console.log(`model: FORK_NS ${costs.FORK_NS}, PARENT_AFTER_FORK_NS ${costs.PARENT_AFTER_FORK_NS}, CHILD_AFTER_FORK_NS ${costs.CHILD_AFTER_FORK_NS}, CHILD_BOOTSTRAP_NS ${costs.CHILD_BOOTSTRAP_NS}, CHILD_EXIT_WORK_NS ${costs.CHILD_EXIT_WORK_NS}, EXIT_TEARDOWN_NS ${costs.EXIT_TEARDOWN_NS}`);
