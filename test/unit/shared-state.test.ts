// multiprocessing's shared state: Value/Array blocks and semaphores belong to the machine, so what a
// child writes the parent reads; a forked child replaying its parent's run reads the journal instead of
// the memory (and writes nothing); a process blocked on a lock another holds waits in simulated time;
// without the lock, processes that interleave lose updates, as on a real machine; a manager's server is
// a process of the machine.

import assert from 'node:assert/strict';
import { runSource, type RunOptions } from '../../src/core/index';
import { buildTimeline } from '../../src/trace-model/timeline';

function run(source: string, options: RunOptions = {}): ReturnType<typeof runSource> {
  const result = runSource(source, { filename: 'shared.py', ...options });
  assert.equal(result.exitCode, 0, result.stderr);
  return result;
}

const COUNTER = (locked: boolean) => `
import multiprocessing as mp
def add(counter, times):
    for _ in range(times):
        ${locked ? 'with counter.get_lock():\n            counter.value += 1' : 'counter.value += 1'}
if __name__ == "__main__":
    counter = mp.Value("i", 0)
    ps = [mp.Process(target=add, args=(counter, 5000)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value)
`;

describe('multiprocessing shared state', () => {
  it('loses updates when processes interleave `counter.value += 1` without the lock, and none with it', function () {
    // Three runs of 20 000 simulated increments: about 15 s on a quiet machine.
    this.timeout(120_000);
    // Long enough loops that the four overlap (each process starts a while after the one before).
    const unlocked = Number(run(COUNTER(false)).stdout);
    assert.ok(unlocked < 20000 && unlocked >= 5000, `processes running in parallel lose some increments: ${unlocked}`);
    // The machine's rule is deterministic: the same run loses the same updates.
    assert.equal(Number(run(COUNTER(false)).stdout), unlocked);
    assert.equal(run(COUNTER(true)).stdout, '20000\n');
  });

  it('gives a later child the values its parent read (the replay reads the journal), then the live memory', () => {
    const r = run(`
import multiprocessing as mp
def bump(v, log):
    log[v.value % 4] = v.value
    v.value += 1
if __name__ == "__main__":
    v = mp.Value("i", 0)
    log = mp.Array("i", 4)
    seen = []
    for _ in range(3):
        seen.append(v.value)
        p = mp.Process(target=bump, args=(v, log))
        p.start()
        p.join()
    print(seen, v.value, log[:])
`);
    assert.equal(r.stdout, '[0, 1, 2] 3 [0, 1, 2, 0]\n');
  });

  it('makes a child wait on a lock its parent holds until the parent releases it', () => {
    const r = run(`
import multiprocessing as mp, time
def wait(lock, start, q):
    lock.acquire()
    q.put(time.monotonic() - start)
    lock.release()
if __name__ == "__main__":
    lock = mp.Lock()
    q = mp.Queue()
    lock.acquire()
    p = mp.Process(target=wait, args=(lock, time.monotonic(), q))
    p.start()
    time.sleep(0.25)
    lock.release()
    waited = q.get()
    p.join()
    print(0.25 <= waited < 0.3)
`);
    assert.equal(r.stdout, 'True\n');
  });

  it('serializes threads of one process on a multiprocessing lock, and reports a thread blocking on the lock it holds as a deadlock', () => {
    const r = run(`
import multiprocessing as mp, threading
lock = mp.Lock()
inside = []
def work(n):
    for _ in range(50):
        with lock:
            inside.append(n)
            assert len(inside) == 1
            inside.pop()
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("ok", lock)
`);
    assert.equal(r.stdout, 'ok <Lock(owner=None)>\n');
    const stuck = runSource('import multiprocessing as mp\nl = mp.Lock()\nl.acquire()\nl.acquire()\n', { filename: 'stuck.py' });
    assert.match(stuck.stderr, /deadlock/);
  });

  it("runs a manager's server as a process of its own, with a thread per connection, and shuts a manager left running down at exit", () => {
    const r = run(
      `
import multiprocessing as mp
def put(d, k):
    d[k] = k
if __name__ == "__main__":
    m = mp.Manager()
    d = m.dict()
    ps = [mp.Process(target=put, args=(d, k)) for k in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(d.items()))
`,
      { recordTrace: true },
    );
    assert.equal(r.stdout, '[(0, 0), (1, 1)]\n');
    assert.ok(r.processes);
    assert.deepEqual(r.processes.map((p) => [p.name, p.exitCode]), [['SyncManager-1', 0], ['Process-2', 0], ['Process-3', 0]]);
    const server = buildTimeline(r.events ?? [], r.processes).threads.filter((l) => l.name.startsWith('SyncManager-1'));
    // Its main thread, the listener's, and one serving each of the three processes' connections.
    assert.equal(server.length, 5, server.map((l) => l.name).join(', '));
  });
});
