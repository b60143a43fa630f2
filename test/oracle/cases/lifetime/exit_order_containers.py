# At exit, module globals still alive are finalized by the collector: Py_FinalizeEx's collection
# (gc enabled) reorders the old generation first, so a list's or tuple's items, reached through
# list_traverse last to first, are finalized in reverse. That collection calls gc.callbacks (a
# built-in here: a Python function would keep __main__'s globals alive past the shutdown).
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

first = Noisy("first")
second = Noisy("second")
container = [Noisy("in-list-1"), Noisy("in-list-2"), Noisy("in-list-3")]
pair = (Noisy("in-tuple-1"), Noisy("in-tuple-2"))
mapping = {"k": Noisy("in-dict")}

cyclic = Noisy("cyclic")
cyclic.me = cyclic
del cyclic
gc.callbacks.append(print)
print("end of module")
