# sha256 of 1000-byte buffers (below 2048 bytes: GIL held), in series then in two threads: ratio = threaded / serial.
import hashlib
import threading
import time

DATA = b"x" * 1000


def work():
    for _ in range(20_000):
        hashlib.sha256(DATA)


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
