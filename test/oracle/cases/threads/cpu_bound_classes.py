# The course's CPU-bound claim, measured: two threads counting down take as long as doing it twice.
import threading
import time

def countdown(n):
    while n > 0:
        n -= 1

N = 20_000
start = time.perf_counter()
countdown(N)
countdown(N)
serial = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=countdown, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print("two threads vs serial:", "no speedup" if threaded / serial > 0.75 else "speedup")
