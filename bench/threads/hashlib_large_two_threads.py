# sha256 of 1 MiB buffers (GIL released), in series then in two threads: ratio = threaded / serial (0.5 on 2 idle cores).
import hashlib
import threading
import time

DATA = b"x" * (1 << 20)


def work():
    h = hashlib.sha256()
    for _ in range(16):
        h.update(DATA)


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
