# A shared counter incremented by two threads. `counter += 1` is a read, an add and a write: without a
# lock, two threads can read the same value and one increment is lost. Only what is always true is
# printed: with a lock the count is exact; without one it never exceeds the number of increments.
import threading

N = 20_000
counter = 0
locked_counter = 0
lock = threading.Lock()

def unlocked():
    global counter
    for _ in range(N):
        counter += 1

def locked():
    global locked_counter
    for _ in range(N):
        with lock:
            locked_counter += 1

for target in (unlocked, locked):
    threads = [threading.Thread(target=target) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print("with a lock:", locked_counter == 2 * N)
print("without a lock, at most 2 * N:", 0 < counter <= 2 * N)
