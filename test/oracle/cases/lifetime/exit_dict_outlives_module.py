# A Python function left in gc.callbacks keeps __main__'s globals alive (its __globals__) after the
# module itself is gone: CPython never clears such a dict, so the objects it holds are never finalized.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

kept = Noisy("kept by the globals")

def watcher(phase, info):
    if phase == "stop" and info["collected"]:
        print("collected", info["collected"])

gc.callbacks.append(watcher)
temp = Noisy("temporary")
temp.me = temp
del temp
print("end of script")
