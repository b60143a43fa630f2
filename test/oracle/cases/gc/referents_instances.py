# gc.get_referents of instances and classes: the class always; attribute values inline, or the __dict__ once it exists (layout differs by version).
import gc

def names(objs):
    return [o if type(o) in (int, str) else type(o).__name__ for o in objs]

class Point:
    def __init__(self):
        self.x = 1000
        self.tags = ["a"]

p = Point()
print("fresh instance:", names(gc.get_referents(p)))
p.__dict__
print("after reading __dict__:", names(gc.get_referents(p)))
print("its __dict__:", names(gc.get_referents(p.__dict__)))

class Slotted:
    __slots__ = ("a", "b")

s = Slotted()
s.a = [1]
print("__slots__ instance, one slot set:", names(gc.get_referents(s)))
print("referents include the class:", Point in gc.get_referents(Point()), Slotted in gc.get_referents(s))

class Sub(list):
    pass

print("list subclass instance:", names(gc.get_referents(Sub([7, 8]))))
print("object():", gc.get_referents(object()))
