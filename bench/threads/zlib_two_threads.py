# zlib.compress of 1.8 MB of text (GIL released), in series then in two threads: ratio = threaded / serial.
import threading
import time
import zlib

DATA = b"The quick brown fox jumps over the lazy dog. " * 40_000


def work():
    for _ in range(4):
        zlib.compress(DATA)


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
