# Each class a metaclass makes holds a reference to it (its ob_type), as an instance holds its class;
# a class freed by the collector gives it back. Subclasses of type add no __dict__/__weakref__
# descriptors (type has both), nor do exception classes add __dict__.
import gc
import sys


class Tracker(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        print("tracked", name, sys.getrefcount(cls))


print(sys.getrefcount(Tracker))


class T1(metaclass=Tracker):
    pass


print(sys.getrefcount(T1), sys.getrefcount(Tracker))
t = T1()
print(sys.getrefcount(T1))


class T2(T1):
    pass


print(sys.getrefcount(Tracker))
del T2
gc.collect()
print(sys.getrefcount(Tracker))
T3 = Tracker('T3', (), {})
print(sys.getrefcount(Tracker), sys.getrefcount(T3))
del T3
print(gc.collect() > 0, sys.getrefcount(Tracker))
print('__dict__' in Tracker.__dict__, '__weakref__' in Tracker.__dict__)


class E(Exception):
    pass


print('__dict__' in E.__dict__, '__weakref__' in E.__dict__, sys.getrefcount(E))
print(gc.is_tracked(T1), gc.is_tracked(Tracker))
