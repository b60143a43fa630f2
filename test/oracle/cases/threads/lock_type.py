# What threading.Lock is: 3.11 and 3.12's _thread.allocate_lock (a function), 3.13's _thread.lock type,
# which is then called like any class.
import _thread
import threading

print(threading.Lock)
print(threading.Lock is _thread.allocate_lock, threading.Lock is _thread.LockType)
print(type(threading.Lock()), isinstance(threading.Lock(), _thread.LockType))
print(type(threading.RLock()))
if isinstance(threading.Lock, type):
    for args, kwargs in (((1,), {}), ((), {"x": 1})):
        try:
            threading.Lock(*args, **kwargs)
        except TypeError as e:
            print("TypeError:", e)
