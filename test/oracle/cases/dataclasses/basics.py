# @dataclass writes __init__, __repr__ and __eq__ from the class's annotations.
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass()
class Basket:
    owner: str
    items: list = field(default_factory=list)
    note: str = field(default="no note", repr=False)

p = Point(1)
print(p, Point(3, 4), Point(y=2, x=5))
print(p == Point(1, 0), p == Point(2), p != Point(1), p == (1, 0))
b1 = Basket("ann")
b2 = Basket("bob")
b1.items.append("apple")
print(b1, b2, b1.items is b2.items, b1.note)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__doc__, Basket.__doc__)
print(Point.__match_args__, Point.y, hasattr(Point, "x"))
print(Point.__hash__)

@dataclass
class Line:
    start: Point
    end: Point

line = Line(Point(0, 0), Point(2, 3))
print(line)
for args in ((), (1, 2, 3), ("only",)):
    try:
        Point(*args)
    except TypeError as e:
        print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)
