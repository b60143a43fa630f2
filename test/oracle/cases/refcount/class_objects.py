# A class object is referenced by its name and by CPython's own bookkeeping: its __mro__ tuple,
# the __dict__/__weakref__ attribute descriptors, subclasses (their __mro__, __bases__, __base__),
# the __class__ cell of methods using super(), and every instance.
# A class is always part of a reference cycle (its __mro__ contains the class itself), so deleting
# its name does not free it: only the cycle collector does.
import gc
import sys

class Base:
    pass

print("Base:", sys.getrefcount(Base))

class Child(Base):
    pass

print("Base with a subclass:", sys.getrefcount(Base), "Child:", sys.getrefcount(Child))

class UsesSuper(Base):
    def method(self):
        return super()

print("UsesSuper:", sys.getrefcount(UsesSuper))
b = Base()
print("Base with one instance:", sys.getrefcount(Base))
del b, Child
print("instance and subclass name deleted:", sys.getrefcount(Base))
gc.collect()
print("after gc.collect():", sys.getrefcount(Base))
