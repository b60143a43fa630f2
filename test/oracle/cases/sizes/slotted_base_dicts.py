# The __dict__ of an instance whose class inherits __slots__ members: before 3.13 a split dict sharing the
# class's keys, smaller with each instance made; 3.13 gives such classes no inline values, so the dict is
# an object of its own from the first attribute (counted by the collector, tracked when a value may be).
import sys, gc
gc.collect()
gc.disable()

class Slotted:
    __slots__ = ("s",)

def fresh():
    class Loose(Slotted):
        pass
    return Loose

Loose = fresh()
objs = []
for n in range(1, 5):
    o = Loose()
    for k in range(n):
        setattr(o, f"k{k}", k)
    objs.append(o)
    print(n, sys.getsizeof(o.__dict__), gc.is_tracked(o.__dict__))
Many = fresh()
big = Many()
for k in range(35):
    setattr(big, f"a{k}", k)
print("35 keys:", sys.getsizeof(big.__dict__))
print("empty:", sys.getsizeof(fresh()().__dict__))
x = fresh()()
x.a = [1]
print(gc.is_tracked(x.__dict__), any(o is x.__dict__ for o in gc.get_objects()))

class Plain:
    pass

c0 = gc.get_count()[0]
keep = [Loose() for _ in range(3)]
for o in keep:
    o.a = 1
print("slotted-base allocations:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
keep2 = [Plain() for _ in range(3)]
for o in keep2:
    o.a = 1
print("plain allocations:", gc.get_count()[0] - c0)
