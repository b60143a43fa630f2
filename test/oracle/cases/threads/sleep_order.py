# Threads that sleep different times finish in sleep order; the main thread waits for them.
import threading
import time

results = []

def sleeper(n):
    time.sleep(n * 0.05)
    results.append(n)
    print("woke", n, threading.current_thread().name)

threads = [threading.Thread(target=sleeper, args=(n,)) for n in (3, 1, 4, 2)]
for t in threads:
    t.start()
print("all started, alive:", threading.active_count())
for t in threads:
    t.join()
print(results)
print("alive after join:", threading.active_count())
