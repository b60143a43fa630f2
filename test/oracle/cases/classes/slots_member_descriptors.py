# __slots__ names become member descriptors in the class dict (sorted, after the body's names, before
# __weakref__); each holds a reference to its class, so sys.getrefcount(cls) counts one per slot.
import sys

class Point:
    __slots__ = ("y", "x", "__weakref__")
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Plain:
    pass

print("class refs:", sys.getrefcount(Point), sys.getrefcount(Plain))
print([k for k in vars(Point) if k not in ("__module__", "__firstlineno__", "__static_attributes__")])
print(Point.x, type(Point.x).__name__)
print(Point.x.__name__, Point.x.__objclass__ is Point, Point.x.__doc__)
p = Point(1, 2)
print(Point.x.__get__(p), Point.y.__get__(p, Point))
Point.x.__set__(p, 10)
print(p.x)
Point.y.__delete__(p)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", repr(e))
try:
    Point.x.__get__(3)
except TypeError as e:
    print("TypeError:", e)

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "hidden"
    def reveal(self):
        return self.__secret

print(Private().reveal(), [k for k in vars(Private) if "secret" in k])

try:
    class Clash:
        __slots__ = ("value",)
        value = 1
except ValueError as e:
    print("ValueError:", e)

class Child(Point):
    __slots__ = ("z",)
c = Child(1, 2)
c.z = 3
print(c.x, c.y, c.z, Child.x is Point.x, sys.getrefcount(Child))
