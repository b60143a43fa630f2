# PEP 442: __del__ of objects in a garbage cycle runs once, during the collection, before any reference is cleared.
import gc

gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ {self.name}: partner is {self.partner.name}")

a, b, c = Node("a"), Node("b"), Node("c")
a.partner, c.partner, b.partner = c, b, a  # ring a -> c -> b -> a
print("finalized yet:", [gc.is_finalized(x) for x in (a, b, c)])
del a, b, c
print("before collect")
n = gc.collect()
print("collect() returned", n)
print("second collect() returned", gc.collect())

# A single object in a cycle with a __del__ that raises: reported, collection goes on.
import sys
sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value)

class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")

x = Bad()
x.me = x
del x
print("collect() with a failing __del__:", gc.collect())
