# The ABC machinery holds classes weakly: registering a class or caching an isinstance answer does not
# add to its count, and a registered class that goes away leaves the registry (a weakref callback).
import gc
import sys
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


print(sys.getrefcount(Shape), sys.getrefcount(Square))
s = Square()
print(sys.getrefcount(Square), sys.getrefcount(s))
print(isinstance(s, Shape), sys.getrefcount(Square), sys.getrefcount(s))


class Registry(metaclass=ABCMeta):
    pass


class Plain:
    pass


print(sys.getrefcount(Plain))
Registry.register(Plain)
print(sys.getrefcount(Plain), isinstance(Plain(), Registry), sys.getrefcount(Plain))
del Plain
gc.collect()
print(issubclass(int, Registry), isinstance(1, Registry))
impl = Registry._abc_impl
print(type(impl).__name__, sys.getrefcount(impl))
print(sys.getrefcount(Registry))
