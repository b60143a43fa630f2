# queue.Queue without threads: FIFO/LIFO/priority order, Empty and Full, timeouts, task_done.
import queue

q = queue.Queue(maxsize=2)
q.put("a")
q.put_nowait("b")
print(q.qsize(), q.full(), q.empty())
try:
    q.put("c", block=False)
except queue.Full:
    print("Full")
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
t = queue.Queue()
t.put(1)
t.get()
t.task_done()
t.join()
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
