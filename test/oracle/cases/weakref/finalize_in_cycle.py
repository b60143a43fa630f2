# weakref.finalize on objects in a garbage cycle fires during gc.collect(); a finalizer whose callback holds the object keeps it alive forever (a common mistake).
import gc
import weakref

gc.disable()
gc.collect()

class Graph:
    def __init__(self, name):
        self.name = name
        self.self_edge = self

g = Graph("cyclic")
f = weakref.finalize(g, print, "finalizer ran for", g.name)
del g
print("after del g, alive:", f.alive)
print("collect():", gc.collect())
print("alive:", f.alive)

class Leaky:
    def close(self):
        print("closing", self)

leak = Leaky()
bad = weakref.finalize(leak, leak.close)  # the bound method holds leak strongly
del leak
gc.collect()
print("finalizer with a bound method of the object, still alive:", bad.alive)
bad.detach()
print("after detach():", bad.alive, "collect():", gc.collect())
