# What starting and joining a thread costs, to compare the default and free-threaded builds
# (src/core/versions.ts FreeThreadingModel.threadTeardownNs). Run each interpreter on an idle machine:
#   python3.13 scripts/probes/thread-lifecycle.py ; python3.13t scripts/probes/thread-lifecycle.py
# "target at" is when the thread's function began, "start()" when start() returned, "join()" when join()
# returned, all from just before start(); then the process CPU time per started-and-joined thread.
import threading
import time

began = [0.0]


def target():
    began[0] = time.perf_counter()


rows = []
for _ in range(10):
    t0 = time.perf_counter()
    t = threading.Thread(target=target)
    t.start()
    started = time.perf_counter()
    t.join()
    joined = time.perf_counter()
    rows.append(tuple(round((x - t0) * 1e6) for x in (began[0], started, joined)))
print("µs after start(): (target at, start() returned, join() returned)", rows[2:])

for _ in range(3):
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(50):
        t = threading.Thread(target=target)
        t.start()
        t.join()
    print("per thread: wall", round((time.perf_counter() - wall) / 50 * 1e6), "µs, process CPU",
          round((time.process_time() - cpu) / 50 * 1e6), "µs")
