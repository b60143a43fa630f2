# gc.get_referents of slotted instances: the slot values in member order (sorted, the subclass's before
# its base's), then the class; a subclass without __slots__ adds its attributes (3.13: as a dict object,
# since only a bare object keeps its values inline) after the slots. A cycle through a slot is collected.
import gc, sys
gc.disable()

class Point:
    __slots__ = ("y", "x")

p = Point()
p.x = ["x"]; p.y = ("y", [1])
print([type(o).__name__ for o in gc.get_referents(p)])

class Point3(Point):
    __slots__ = ("z",)

q = Point3()
q.z = {"z": 1}; q.x = ["x"]; q.y = 2.5
print([type(o).__name__ for o in gc.get_referents(q)])

class Loose(Point):
    pass

l = Loose()
l.extra = ["extra"]; l.x = ["x"]
print([type(o).__name__ for o in gc.get_referents(l)][:1], vars(l))
print(sys.getsizeof(p), sys.getsizeof(q))

l.x = l
del l
print("cycle through a slot collected:", gc.collect() > 0)
