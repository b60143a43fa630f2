# Scenarios of CPython's test_gc: a class referring to itself, a bound method stored on its instance, a function and its globals, a frame.
import gc
import sys

gc.disable()
gc.collect()

class A:
    pass

A.a = A
del A
print("class referring to itself, with what it owns:", gc.collect())

class S:
    __slots__ = ()

del S  # a class is always in a cycle (its __mro__ holds it)
print("class with __slots__ = ():", gc.collect())

class B:
    def __init__(self):
        self.init = self.__init__  # a bound method referencing the instance

b = B()
del b
print("instance <-> bound method:", gc.collect())

d = {}
exec("def f(): pass\n", d)  # f.__globals__ is d, and d holds f
gc.collect()
del d
print("function <-> its globals dict:", gc.collect())

def make_frame_cycle():
    f = sys._getframe()  # the frame's locals refer to the frame

make_frame_cycle()
print("frame referring to itself:", gc.collect())
