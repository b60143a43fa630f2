# Two I/O-bound tasks (each sleeps 20 ms five times), in series then in two threads: ratio = threaded / serial (0.5: full overlap).
import threading
import time


def task():
    for _ in range(5):
        time.sleep(0.02)


start = time.perf_counter()
task()
task()
serial = time.perf_counter() - start
start = time.perf_counter()
threads = [threading.Thread(target=task) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"ratio={threaded / serial:.3f}")
