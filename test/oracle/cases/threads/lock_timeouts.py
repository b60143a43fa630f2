# How a lock's acquire() and time.sleep() read a timeout (Python/pytime.c): NaN is a ValueError, a float
# beyond the nanosecond range and an int beyond it are two different OverflowErrors, non-numbers TypeErrors.
import threading
import time

lock = threading.Lock()
lock.acquire()
for timeout in (float("nan"), 1e10, 10**10, 10**30, "1", None, -2, 0.001, True - 1):
    try:
        print(repr(timeout), lock.acquire(timeout=timeout))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(timeout), type(e).__name__ + ":", e)
for seconds in (float("nan"), 1e10, 10**10, -1, "x"):
    try:
        time.sleep(seconds)
    except (ValueError, OverflowError, TypeError) as e:
        print("sleep", repr(seconds), type(e).__name__ + ":", e)
print(threading.TIMEOUT_MAX)
