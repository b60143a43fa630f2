# A proxy forwards operators and protocols (test_weakref's proxy tests): arithmetic, comparison, __index__, iteration, bool, containment, str.
import weakref

class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))
    def __index__(self):
        return len(self)
    def __truediv__(self, k):
        return Vec(a / k for a in self)

v = Vec([1, 2, 3])
p = weakref.proxy(v)
print("p + v:", p + v, "v @ p:", v @ p, "p / 2:", p / 2)
print("as an index:", [10, 20, 30, 40][p], "p[1]:", p[1], "len:", len(p))
print("iteration:", list(p), "reversed:", list(reversed(p)), "2 in p:", 2 in p)
empty = Vec()
print("bool of an empty referent:", bool(weakref.proxy(empty)))
print("comparison:", p == [1, 2, 3], p < [9], "str:", str(p))
p.append(4)
p[0] = 10
print("mutation through the proxy:", v)
print("proxy is not the object:", p is v, type(p) is Vec, isinstance(p, Vec))
del v
try:
    p + [1]
except ReferenceError as e:
    print("ReferenceError:", e)
