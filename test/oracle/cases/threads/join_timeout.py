# join(timeout) returns when the timeout passes; is_alive() tells whether the thread finished.
import threading
import time

def slow():
    time.sleep(0.3)

t = threading.Thread(target=slow)
start = time.monotonic()
t.start()
t.join(timeout=0.05)
waited = time.monotonic() - start
print("alive after join(0.05):", t.is_alive(), "waited about the timeout:", 0.04 < waited < 0.25)
t.join()
print("alive after join():", t.is_alive())
t.join(0)
print("join again is fine")
e = threading.Event()
print("event wait with timeout:", e.wait(0.01), e.is_set())
threading.Timer(0.02, e.set).start()
print("event set by a timer:", e.wait(1.0))
