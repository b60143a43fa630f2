# Saving the exception keeps the whole traceback, frames and locals alive.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    resource = Noisy('resource')
    raise RuntimeError('failed')

saved = None
try:
    fail()
except RuntimeError as e:
    saved = e
print("handler done, resource still alive; refs of saved:", sys.getrefcount(saved))
saved = None
print("saved cleared")
