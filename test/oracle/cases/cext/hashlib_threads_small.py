# Below 2048 bytes hashlib keeps the GIL (HASHLIB_GIL_MINSIZE): two threads hashing small
# buffers take turns, and gain nothing over doing the work twice in a row.
import hashlib
import threading
import time

DATA = b"x" * 1000

def work():
    for _ in range(300):
        hashlib.sha256(DATA)

def serial():
    work()
    work()

def threaded():
    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

# Best of 15, serial and threaded runs interleaved, so that a busy host disturbs both alike.
best = {serial: float("inf"), threaded: float("inf")}
for _ in range(15):
    for run in (serial, threaded):
        start = time.perf_counter()
        run()
        best[run] = min(best[run], time.perf_counter() - start)
print("two threads vs serial:", "faster" if best[threaded] < best[serial] else "no speedup")
