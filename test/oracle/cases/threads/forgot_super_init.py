# A Thread subclass whose __init__ forgets super().__init__(): threading.py's checks (asserts in repr,
# name, is_alive; RuntimeError in start) and setting daemon on a thread once started (even finished); start() ends the program,
# its traceback showing threading.py's line.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        self.n = n

    def run(self):
        print("work", self.n)


w = Worker(1)
for what in (repr, lambda t: t.name, lambda t: t.is_alive()):
    try:
        what(w)
    except AssertionError as e:
        print("AssertionError:", e)
ok = threading.Thread(target=print, args=("fine",))
ok.start()
ok.join()
try:
    ok.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
w.start()
