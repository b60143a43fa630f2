# sys.getsizeof of instances (inline attribute values, __slots__) and of their __dict__ (key-sharing split dicts vs ordinary dicts), per version.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Empty:
    pass

p, q = Point(1, 2), Point(3, 4)
s = Slotted(1, 2)
print("instance:", sys.getsizeof(p), "__slots__ instance:", sys.getsizeof(s), "empty class instance:", sys.getsizeof(Empty()))
print("p.__dict__ (key-sharing):", sys.getsizeof(p.__dict__))
print("same-shaped ordinary dict:", sys.getsizeof({"x": 1, "y": 2}))
q.z = 5  # one more attribute
print("after adding q.z:", sys.getsizeof(q), sys.getsizeof(q.__dict__))
r = Point(5, 6)
del r.x  # deleting an attribute
print("after del r.x:", sys.getsizeof(r.__dict__))
for i in range(30):
    setattr(q, f"attr{i}", i)
print("with 33 attributes:", sys.getsizeof(q), sys.getsizeof(q.__dict__))
