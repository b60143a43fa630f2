# A counter protected by a lock: four threads, no update lost.
import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(3000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print([t.is_alive() for t in threads])
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
with r:
    with r:
        print("re-entered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
