# A ThreadPoolExecutor's workers hold it through a weak reference (thread.py): its count is the program's
# only, and when it goes without shutdown() the weakref's callback wakes the workers, which end. An
# as_completed() left at its first future removes its waiters when the generator is closed.
import sys, threading, time, gc
from concurrent.futures import ThreadPoolExecutor, as_completed
ex = ThreadPoolExecutor(2)
print("refcount of executor", sys.getrefcount(ex))
fs = [ex.submit(pow, 2, i) for i in range(4)]
print([f.result() for f in fs])
print("refcount of executor with workers", sys.getrefcount(ex))
del ex
time.sleep(0.05)
print("threads after the executor went:", threading.active_count())
with ThreadPoolExecutor(2) as ex2:
    gate = threading.Event()
    fs = [ex2.submit(gate.wait), ex2.submit(lambda: 1)]
    for f in as_completed(fs):
        break
    print("waiters after break:", [len(x._waiters) for x in fs])
    gate.set()
print(ex2.submit.__doc__ is None, type(ex2._work_queue).__name__)
