# sha256 of 1 MiB buffers (GIL released), in series then in two threads: ratio = threaded / serial (0.5 on 2 idle cores). Best of 3, alternating.
import hashlib
import threading
import time

DATA = b"x" * (1 << 20)


def work():
    h = hashlib.sha256()
    for _ in range(16):
        h.update(DATA)


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
