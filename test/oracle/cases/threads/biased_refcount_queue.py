# Who frees an object when another thread drops the last reference to it? With the GIL, whoever drops
# it, at once. In the free-threaded build (3.13t, biased reference counts), a thread that does not own
# the object cannot free it: the object goes to its owner's queue, and the owner (the thread that created
# it) frees it at its next eval-breaker check, here once it is no longer blocked on a lock.
import threading
import time

freed_in = []

class Box:
    def __del__(self):
        freed_in.append(threading.current_thread().name)

made = []
go = threading.Lock()
go.acquire()

def owner():
    made.append(Box())
    go.acquire()   # blocked here while the main thread drops the box
    go.release()

t = threading.Thread(target=owner, name="owner")
t.start()
while not made:
    time.sleep(0.001)
time.sleep(0.05)   # the owner is now blocked in go.acquire()
box = made.pop()
del box
print("freed right after the main thread's del:", freed_in)
go.release()
t.join()
print("freed by the end:", freed_in)
