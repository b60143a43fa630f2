# atexit.register keeps the function, a tuple of its arguments and the keyword dict until exit; the
# callbacks run last registered first, before the globals are finalized; an exception in one is
# reported ("Exception ignored in atexit callback") and the others still run.
import atexit
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Resource", self.name, "freed")

def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

r = Resource("global")
arg = ["argument"]
print("before register:", sys.getrefcount(arg))
atexit.register(show, arg, 1, key="value")
print("held by the callback's args tuple:", sys.getrefcount(arg))
atexit.register(goodbye, "world")
atexit.register(goodbye, "again", punctuation="?")
atexit.register(int, "not a number")

@atexit.register
def last():
    print("registered last, runs first")

def never():
    print("never printed")

before = atexit._ncallbacks()
atexit.register(never)
atexit.unregister(never)
print("unregister leaves a hole:", atexit._ncallbacks() - before)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of script")
