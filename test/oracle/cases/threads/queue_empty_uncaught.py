# queue.Empty is _queue.Empty, and SimpleQueue the C type _queue.SimpleQueue (no Queue subclass: no task_done,
# no maxsize); an uncaught Empty from Queue.get_nowait shows queue.py's get_nowait and get frames.
import queue

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(issubclass(queue.SimpleQueue, queue.Queue), [hasattr(queue.SimpleQueue(), n) for n in ("task_done", "maxsize", "join")])
s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.get(), s.get(block=False), s.empty())
try:
    s.get(timeout=0.01)
except queue.Empty as e:
    print("Empty from SimpleQueue:", repr(e))
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q = queue.Queue()
q.put("only")
print(q.get_nowait())
q.get_nowait()
