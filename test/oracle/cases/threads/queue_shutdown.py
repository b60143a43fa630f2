# 3.13's Queue.shutdown(): puts raise ShutDown, gets drain what is left then raise it, a blocked getter is
# released; shutdown(immediate=True) drops the items and counts them done so join() returns. Before 3.13
# queue has no shutdown.
import queue
import threading
import time

q = queue.Queue()
if not hasattr(q, "shutdown"):
    print("no Queue.shutdown before 3.13")
else:
    q.put(1)
    q.shutdown()
    try:
        q.put(2)
    except queue.ShutDown as e:
        print("put:", repr(e))
    print("get drains:", q.get())
    try:
        q.get()
    except queue.ShutDown:
        print("get on an empty shut-down queue: ShutDown")
    waiting = queue.Queue()
    outcome = []

    def getter():
        try:
            waiting.get()
        except queue.ShutDown:
            outcome.append("blocked getter released by ShutDown")

    t = threading.Thread(target=getter)
    t.start()
    time.sleep(0.01)
    waiting.shutdown()
    t.join()
    print(outcome)
    tasks = queue.Queue()
    for i in range(3):
        tasks.put(i)
    tasks.shutdown(immediate=True)
    tasks.join()
    print("immediate:", tasks.qsize(), tasks.unfinished_tasks)
