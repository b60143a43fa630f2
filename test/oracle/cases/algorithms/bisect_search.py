# bisect_left and bisect_right (C in _bisect): lo/hi bounds, keys, and the probes and comparisons
# they make on sequences and classes of one's own.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 4, 5, 9, 10):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
print(bisect.bisect_left(a, 4, lo=10), bisect.bisect_right(a, 4, hi=-5), bisect.bisect_right(a, 4, 0, -1))
print(bisect.bisect_left(a, 4, hi=None), bisect.bisect_left(a, 4, True, False))
print(bisect.bisect_right("acegi", "d"), bisect.bisect_left((1, 3, 5), 3), bisect.bisect(range(0, 100, 7), 50))
print(bisect.bisect_left(b"aceg", ord("e")))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in (33, 99, 77, 70, 89, 90, 100)])
people = [("ann", 25), ("bob", 31), ("cid", 40)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 31, key=lambda p: p[1]))

class Probed:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  len")
        return self.n
    def __getitem__(self, i):
        print("  getitem", i)
        return i * 10
print(bisect.bisect_left(Probed(8), 35))
print(bisect.bisect_right(Probed(8), 30, 2))

class Ver:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v
vs = [Ver(1), Ver(3), Ver(5), Ver(7), Ver(9)]
print(bisect.bisect_left(vs, Ver(6)))
print(bisect.bisect_right(vs, Ver(6)))
print(bisect.bisect_left(vs, 6, key=lambda v: v.v))
