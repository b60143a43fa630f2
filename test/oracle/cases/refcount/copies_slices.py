# Copies are new lists, but they share the same element objects.
import sys

x = ['x']
y = ['y']
a = [x, y]
print("x start:", sys.getrefcount(x))
b = a[:]
print("after a[:]:", sys.getrefcount(x), "same list?", b is a)
c = list(a)
print("after list(a):", sys.getrefcount(x))
d = a.copy()
print("after a.copy():", sys.getrefcount(x))
e = a[1:]
print("after a[1:] (no x):", sys.getrefcount(x), "y:", sys.getrefcount(y))
print("the original list:", sys.getrefcount(a))
del b, c, d, e
print("copies deleted:", sys.getrefcount(x), sys.getrefcount(y))
