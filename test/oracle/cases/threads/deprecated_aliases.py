# The camelCase aliases threading keeps (getName, setName, isDaemon, setDaemon, currentThread,
# activeCount, Event.isSet, Condition.notifyAll) warn DeprecationWarning at the caller's line; a lock's
# negative timeout and a timeout on a non-blocking acquire are ValueErrors.
import threading

t = threading.Thread(target=print, args=("ran",), name="old-style")
print(t.getName())
t.setName("renamed")
print(t.name, t.isDaemon())
t.setDaemon(True)
print(t.daemon)
t.start()
t.join()
print(threading.currentThread().name, threading.activeCount())
ev = threading.Event()
print(ev.isSet())
cond = threading.Condition()
with cond:
    cond.notifyAll()
for i in range(2):
    print("loop", i, t.getName())
lock = threading.Lock()
for kwargs in ({"timeout": -2}, {"blocking": False, "timeout": 1}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
