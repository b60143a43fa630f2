# What bisect holds while it searches: a new reference to each probed item (and its key) until the
# comparison is done, nothing once it returns.
import bisect, sys

class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v < other.v

boxes = [Box(10), Box(20), Box(30)]
probe = Box(25)
print("before", sys.getrefcount(boxes[1]), sys.getrefcount(probe))
print(bisect.bisect_left(boxes, probe))
print(bisect.bisect_right(boxes, probe))
print("after", sys.getrefcount(boxes[1]), sys.getrefcount(probe))

def key(b):
    print("  key", b.v, sys.getrefcount(b))
    return b.v
print(bisect.bisect_left(boxes, 15, key=key))

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i, sys.getrefcount(self.items[i]))
        return self.items[i]
print(bisect.bisect_right(Seq(boxes), probe))
big = float("2.5")
floats = [float(i) for i in range(5)]
bisect.insort(floats, big)
print(floats, sys.getrefcount(big), sys.getrefcount(floats))
