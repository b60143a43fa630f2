# sys.is_finalizing(): False while the program and the atexit callbacks run, True for the __del__ methods
# that the interpreter's shutdown (finalize_modules) runs.
import atexit
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "finalizing:", sys.is_finalizing())

def at_exit():
    print("atexit, finalizing:", sys.is_finalizing())

atexit.register(at_exit)
keep = Noisy("global")
Noisy("temporary")
print("end, finalizing:", sys.is_finalizing())
