# The course's CPU-bound claim, measured: two threads counting down take as long as doing it twice
# under the GIL. Without a GIL (3.13t) they share the cores. Each countdown is long next to starting
# a thread, and serial and threaded runs alternate (best of 5), so a busy host disturbs both alike.
import threading
import time

def countdown(n):
    while n > 0:
        n -= 1

def serial():
    countdown(N)
    countdown(N)

def threaded():
    threads = [threading.Thread(target=countdown, args=(N,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

N = 200_000
best = {serial: float("inf"), threaded: float("inf")}
for _ in range(5):
    for run in (serial, threaded):
        start = time.perf_counter()
        run()
        best[run] = min(best[run], time.perf_counter() - start)
print("two threads vs serial:", "no speedup" if best[threaded] / best[serial] > 0.9 else "speedup")
