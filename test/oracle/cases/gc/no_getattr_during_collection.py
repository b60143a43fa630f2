# test_gc's "boom": the collector looks up __del__ on the type, never through a __getattr__ that could mutate the garbage (each cycle: 2 objects).
import gc

gc.disable()
gc.collect()
calls = []

class Boom:
    def __getattr__(self, name):
        calls.append(name)
        del self.attr
        raise AttributeError(name)

a, b = Boom(), Boom()
a.attr, b.attr = b, a
del a, b
print("collect():", gc.collect(), "__getattr__ calls:", calls, "garbage:", gc.garbage)

class Boom2:
    def __init__(self):
        self.x = 0

    def __getattr__(self, name):
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError(name)

a, b = Boom2(), Boom2()
a.attr, b.attr = b, a
del a, b
print("collect():", gc.collect(), "garbage:", gc.garbage)
probe = Boom()
print("a normal missing attribute still goes through __getattr__:", hasattr(probe, "missing"), calls)
