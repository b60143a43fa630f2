# A class statement registers the new class in each base's tp_subclasses through a weak reference
# (typeobject.c add_subclass): that is the class's basic weakref, which weakref.ref(C) then returns.
import gc
import sys
import weakref

gc.disable()


class Base:
    pass


class Child(Base):
    pass


class Other:
    pass


class Both(Base, Other):
    pass


print("weakrefs to each class:", weakref.getweakrefcount(Base), weakref.getweakrefcount(Child), weakref.getweakrefcount(Both))
print("Both's, held by two registries:", sys.getrefcount(weakref.getweakrefs(Both)[0]) - 1)
r = weakref.ref(Child)
print("weakref.ref(Child) is that weakref:", weakref.getweakrefs(Child)[0] is r, weakref.getweakrefcount(Child))
print("its count (r, Base's registry, argument):", sys.getrefcount(r))
print("Base.__subclasses__():", [c.__name__ for c in Base.__subclasses__()])
del Child
gc.collect()
print("after Child is collected:", r() is None, sys.getrefcount(r), [c.__name__ for c in Base.__subclasses__()])


# Constant default values are folded into one constant tuple, shared by equal ones.
def f(a=1, b="two"):
    return a


def g(x=1, y="two"):
    return x


print("equal constant defaults share one tuple:", f.__defaults__ is g.__defaults__)
