# @dataclass(slots=True) makes a new class with __slots__ for the fields (the decorated one is left as
# garbage for the collector); weakref_slot=True adds '__weakref__'; frozen ones get __getstate__; a class
# that already has __slots__, or weakref_slot without slots, is refused.
import gc, sys, copy, weakref
gc.collect()
gc.disable()
from dataclasses import dataclass, fields, astuple

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

print(Point(1), Point.__slots__, type(Point.__dict__["y"]).__name__)
print("the first class is garbage:", gc.collect() > 0)
p = Point(3, 4)
print(hasattr(p, "__dict__"), sys.getsizeof(p), [f.name for f in fields(p)], astuple(p))
print(copy.copy(p) == p, copy.deepcopy(p) is p)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int

w = Weak(1)
print(weakref.ref(w)() is w, Weak.__slots__)

@dataclass(slots=True, frozen=True)
class Frozen:
    a: list

f = Frozen([1])
print(f.__getstate__(), copy.deepcopy(f))
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)

for kwargs in [dict(weakref_slot=True), dict(slots=True)]:
    try:
        @dataclass(**kwargs)
        class Bad:
            __slots__ = ("x",)
            x: int
    except TypeError as e:
        print("TypeError:", e)

@dataclass(slots=True)
class Child(Point):
    z: int = 5

print(Child(1, 2, 3), Child.__slots__)
