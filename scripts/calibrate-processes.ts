// Measures what process operations cost in real CPython, next to the constants the simulator
// uses (src/core/processes/costs.ts): `npx tsx scripts/calibrate-processes.ts [python3]`.
//
// Method: medians of repeated timings with time.perf_counter in one python3 run: os.fork() as the
// parent sees it; fork + os._exit(0) in the child + os.waitpid in the parent, after the fork
// returned (the child's start and teardown); pickle.dumps / pickle.loads per byte of a list of
// 100 000 ints; one small object sent and received through a multiprocessing Pipe.
// Last run (python3 3.11.7; 2 vCPU "Intel(R) Xeon(R) Processor" VM, shared and noisy): fork 153–179 µs,
// exit + waitpid 0.83–0.95 ms, dumps 3.6–4.2 ns/byte, loads 6.2–10 ns/byte, Pipe round trip 7 µs.
import { spawnSync } from 'node:child_process';
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

const python = process.argv[2] ?? 'python3';
const r = spawnSync(python, ['-c', SCRIPT], { encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
const [fork, exitWait, dumps, loads, trip] = r.stdout.trim().split(/\s+/).map(Number);
const rows: [string, number, number][] = [
  ['os.fork() in the parent (ns)', fork, costs.FORK_NS],
  ['child exit seen by waitpid (ns)', exitWait, costs.EXIT_TEARDOWN_NS],
  ['pickle.dumps per byte (ns)', dumps, costs.DUMPS_NS_PER_BYTE],
  ['pickle.loads per byte (ns)', loads, costs.LOADS_NS_PER_BYTE],
  ['Pipe send+recv of a small object (ns)', trip, costs.PIPE_MESSAGE_NS],
];
for (const [what, real, model] of rows) console.log(`${what.padEnd(40)} real ${real.toFixed(1).padStart(10)}   model ${String(model).padStart(8)}`);
