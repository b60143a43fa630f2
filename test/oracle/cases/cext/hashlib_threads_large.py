# hashlib releases the GIL while it hashes 2048 bytes or more: two threads hashing large buffers
# run in parallel on two cores and finish sooner than the same work done twice in a row.
# (Real CPython shows it only when the host has two idle cores.)
import hashlib
import threading
import time

DATA = b"x" * (512 * 1024)

def work():
    h = hashlib.sha256()
    for _ in range(4):
        h.update(DATA)
    return h

def serial():
    work()
    work()

def threaded():
    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

# Best of 30, serial and threaded runs interleaved, so that a busy host disturbs both alike.
best = {serial: float("inf"), threaded: float("inf")}
for _ in range(30):
    for run in (serial, threaded):
        start = time.perf_counter()
        run()
        best[run] = min(best[run], time.perf_counter() - start)
print("two threads vs serial:", "faster" if best[threaded] < best[serial] else "no speedup")
