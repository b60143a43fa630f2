# A def evaluates its annotations at once (3.11-3.13) and keeps them in a tuple of (name, value)
# pairs; the first read of __annotations__ turns that tuple into a dict.
import sys

class Point:
    pass

print("before def", sys.getrefcount(Point))

def move(p: Point, /, dx: float, dy: float = 0.0, *rest: int, scale: "float" = 1.0, **opts: bool) -> Point:
    return p

print("after def", sys.getrefcount(Point))
ann = move.__annotations__
print(ann)
print("same dict each time", ann is move.__annotations__)
print("after reading", sys.getrefcount(Point))
print(list(ann))

def plain(a, b=1):
    return a + b

print("no annotations", plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__ = {"a": int}
print(plain.__annotations__)
try:
    plain.__annotations__ = ["not", "a dict"]
except TypeError as e:
    print("TypeError:", e)
del ann
del move
print("function gone", sys.getrefcount(Point))
