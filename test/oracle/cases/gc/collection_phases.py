# Order inside one collection: weakrefs to the garbage are cleared and their callbacks run, then __del__ finalizers, then references are cleared and objects freed.
import gc
import weakref

gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ {self.name}: weakref to me is dead: {refs[self.name]() is None}, partner {self.partner.name}")

class Holder:
    pass

a, b = Node("a"), Node("b")
a.partner, b.partner = b, a
refs = {"a": weakref.ref(a, lambda r: print("callback for a")),
        "b": weakref.ref(b, lambda r: print("callback for b"))}
h = Holder()
h.cycle_member = a
h_ref = weakref.ref(h, lambda r: print("callback for holder (freed by refcounting)"))
del a, b
gc.callbacks.append(lambda phase, info: print("gc", phase))
print("-- del h")
del h
print("-- collect")
print("collected", gc.collect())
gc.callbacks.clear()
