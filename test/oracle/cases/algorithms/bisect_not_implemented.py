# A __lt__ that returns NotImplemented: 3.12+ call it once through the type's slot, then again in the
# generic comparison (which then tries the reflected __gt__); 3.11 calls it once per probe.
import bisect

class Odd:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        if self.v == 99:
            return NotImplemented
        return self.v < other.v
    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v

items = [Odd(1), Odd(3), Odd(5), Odd(7)]
print(bisect.bisect_right(items, Odd(99)))
print(bisect.bisect_left(items, Odd(4)))
