# Every name bound to an object is one reference; getrefcount adds one for its own argument.
import sys

a = []
print("a only:", sys.getrefcount(a))
b = a
print("a and b:", sys.getrefcount(a))
c = b
print("a, b and c:", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))
del b
print("after del b:", sys.getrefcount(a))
c = None
print("after c = None:", sys.getrefcount(a))
print("a is still a list:", a)
