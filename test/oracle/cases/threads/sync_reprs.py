# The reprs of threading's Event, Semaphore, BoundedSemaphore and Barrier (state, value, waiters; addresses
# masked), a broken Barrier's, and 3.13's check that a Barrier has at least one party.
import re
import threading


def show(obj):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(obj)))


event = threading.Event()
show(event)
event.set()
show(event)
sem = threading.Semaphore(3)
sem.acquire()
show(sem)
bounded = threading.BoundedSemaphore(2)
bounded.acquire()
show(bounded)
barrier = threading.Barrier(2)
show(barrier)
barrier.abort()
show(barrier)
try:
    threading.Barrier(0)
    print("Barrier(0) accepted")
except ValueError as e:
    print("ValueError:", e)
