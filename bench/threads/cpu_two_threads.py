# Two CPU-bound calls, in series then in two threads: ratio = threaded / serial (1.0: no gain).
import threading
import time


def work():
    total = 0
    for i in range(60_000):
        total += i * i


start = time.perf_counter()
work()
work()
serial = time.perf_counter() - start
start = time.perf_counter()
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"ratio={threaded / serial:.3f}")
