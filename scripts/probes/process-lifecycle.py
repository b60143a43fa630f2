# A multiprocessing.Process's life, step by step, as the parent and the child see it: run by
# scripts/calibrate-processes.ts under python3 and in the simulator. os.fork and os._exit are wrapped to
# time the fork itself and the child's end; the child reports its times through a pipe. Prints one line
# per measure: its name, then every run's value in µs (the first runs warm up and are left out).
# CPU times (time.process_time, which a forked child starts from 0) say what each step costs on a core
# whatever the machine's load; wall times are what a learner's program sees. A reference loop (the
# countdown of scripts/calibrate-clock.ts) before each run gives the machine's speed then.
import multiprocessing
import os
import sys
import time

RUNS = 25
WARM_UP = 5
R, W = os.pipe()
marks = {}
_fork = os.fork
_exit = os._exit


def fork():
    marks["fork called"] = time.perf_counter()
    pid = _fork()
    if pid == 0:
        marks["child at fork return"] = (time.perf_counter(), time.process_time())
    else:
        marks["parent at fork return"] = time.perf_counter()
    return pid


def exit_(code):
    now = (time.perf_counter(), time.process_time())
    values = marks["child at fork return"] + marks["target begins"] + marks["target ends"] + now
    os.write(W, (" ".join(repr(v) for v in values) + "\n").encode())
    _exit(code)


def target():
    marks["target begins"] = (time.perf_counter(), time.process_time())
    marks["target ends"] = (time.perf_counter(), time.process_time())


def countdown(n):
    while n > 0:
        n -= 1


def countdown_ns_per_iteration():
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        countdown(20_000)
        best = min(best, time.perf_counter() - t)
    return round(best / 20_000 * 1e9, 2)


os.fork = fork
os._exit = exit_
rows = {}
for run in range(RUNS):
    # The machine's speed just before (a virtual machine's changes with its host's load, here by 1.5x);
    # not in the simulator (--speed: python3 only), where it is constant and its children would replay it.
    speed = countdown_ns_per_iteration() if "--speed" in sys.argv else 0.0
    p = multiprocessing.Process(target=target)
    t0 = time.perf_counter()
    p.start()
    t1 = time.perf_counter()
    p.join()
    t2 = time.perf_counter()
    data = b""
    while data[-1:] != b"\n":
        data += os.read(R, 1000)
    child_fork, child_fork_cpu, begin, begin_cpu, end, end_cpu, exit_at, exit_cpu = map(float, data.decode().split())
    if run < WARM_UP:
        continue
    measures = {
        "start() in the parent (wall)": t1 - t0,
        "fork() in the parent (wall)": marks["parent at fork return"] - marks["fork called"],
        "start() after fork() returned (wall)": t1 - marks["parent at fork return"],
        "child: CPU when fork() returns 0": child_fork_cpu,
        "child: fork() returned -> target begins (CPU)": begin_cpu - child_fork_cpu,
        "start() returned -> target begins (wall)": begin - t1,
        "child: target ends -> os._exit (CPU)": exit_cpu - end_cpu,
        "os._exit -> join() returns (wall)": t2 - exit_at,
        "target ends -> join() returns (wall)": t2 - end,
        "countdown (ns per iteration), just before": speed / 1e6,
    }
    for name, seconds in measures.items():
        rows.setdefault(name, []).append(round(seconds * 1e6, 1))
for name, values in rows.items():
    print(name + ": " + " ".join(str(v) for v in values))
