# An uncaught exception: the traceback is printed, then objects are freed during shutdown.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def process(item):
    local = Noisy('local of process')
    print("refs of item:", sys.getrefcount(item))
    raise RuntimeError('processing failed for ' + item.name)

keeper = Noisy('module level')
process(keeper)
