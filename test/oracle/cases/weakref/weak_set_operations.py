# WeakSet (Lib/_weakrefset.py) keeps a set of weak references: comparisons and set operations work on
# them (two WeakSets of the same objects are equal; a WeakSet is unhashable), members that die leave,
# pop() of an empty one and remove() of a missing member raise KeyError.
import gc
import weakref

gc.collect()


class Member:
    def __init__(self, n):
        self.n = n


def numbers(s):
    return sorted(m.n for m in s)


a, b, c = Member(1), Member(2), Member(3)
left = weakref.WeakSet([a, b])
right = weakref.WeakSet([b, c])
print("union", numbers(left | right), "intersection", numbers(left & right))
print("difference", numbers(left - right), "symmetric", numbers(left ^ right))
print("equal", left == weakref.WeakSet([b, a]), left != right, left == {a, b})
print("subset", left < weakref.WeakSet([a, b, c]), left <= left, left > right, left.isdisjoint(right))
try:
    hash(left)
except TypeError as e:
    print("TypeError:", e)
both = weakref.WeakSet([a, b, c])
both -= right
print("after -=", numbers(both))
both |= [c]
both &= [c, b]
print("after |= and &=", numbers(both))
both ^= [a, c]
print("after ^=", numbers(both))
del c
print("c died", len(right), numbers(right))
print("pop", right.pop().n, len(right))
try:
    right.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    right.remove(a)
except KeyError:
    print("KeyError on remove")
