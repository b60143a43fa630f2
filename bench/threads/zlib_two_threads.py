# zlib.compress of 1.8 MB of text (GIL released), in series then in two threads: ratio = threaded / serial. Best of 3, alternating.
import threading
import time
import zlib

DATA = b"The quick brown fox jumps over the lazy dog. " * 40_000


def work():
    for _ in range(4):
        zlib.compress(DATA)


def serial():
    work()
    work()


def threaded():
    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


best = {serial: float("inf"), threaded: float("inf")}
for _ in range(3):
    for run in (serial, threaded):
        start = time.perf_counter()
        run()
        best[run] = min(best[run], time.perf_counter() - start)
print(f"ratio={best[threaded] / best[serial]:.3f}")
