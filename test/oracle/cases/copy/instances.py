# Copying instances of user classes: through object.__reduce_ex__(4) (the instance's __dict__
# as its state), __copy__/__deepcopy__, __reduce__, __slots__, subclasses of list, bound methods.
import copy, sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point([1, 2], "a b")
q = copy.copy(p)
print(q.x is p.x, sys.getrefcount(p.x), type(q).__name__, sys.getrefcount(q))
r = copy.deepcopy(p)
print(r.x is p.x, r.x == p.x, r.y is p.y, sys.getrefcount(p.x), sys.getrefcount(r.x), sys.getrefcount(r))
print("__slotnames__" in vars(Point), Point.__slotnames__)

class C:
    def __copy__(self):
        print("__copy__ called")
        return "copied"
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__, len(memo))
        return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))

class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("__reduce__ called")
        return (R, (self.v + 1,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)

class S:
    __slots__ = ("a", "b")
s1 = S()
s1.a = [1]
s2 = copy.copy(s1)
print(s2.a is s1.a, hasattr(s2, "b"), S.__slotnames__, sys.getrefcount(s1.a))

class L(list):
    pass
l = L([1, [2]])
l.tag = "t"
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])

m = copy.deepcopy(p.__init__)
print(m.__self__ is p, m.__self__.x == p.x)
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)

def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as ex:
    print(ex)
