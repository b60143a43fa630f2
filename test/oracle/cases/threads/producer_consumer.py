# A producer and two consumers around a bounded queue; None tells a consumer to stop.
import queue
import threading

q = queue.Queue(maxsize=2)
consumed = []
consumed_lock = threading.Lock()

def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with consumed_lock:
            consumed.append(item * item)
        q.task_done()

workers = [threading.Thread(target=consumer) for _ in range(2)]
for w in workers:
    w.start()
p = threading.Thread(target=producer)
p.start()
q.join()
p.join()
for w in workers:
    w.join()
print(sorted(consumed))
print(q.empty(), q.qsize(), q.full())
