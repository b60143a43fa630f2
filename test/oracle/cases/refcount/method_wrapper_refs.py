# A bound slot wrapper (method-wrapper) and a bound built-in method hold a reference to their object,
# dropped when they go; taking a slot wrapper from the type takes none.
import sys

x = [1, 2]
print(sys.getrefcount(x))
length = x.__len__
print(sys.getrefcount(x), length(), type(length).__name__)
item = x.__getitem__
print(sys.getrefcount(x), item(0), type(item).__name__)
del length
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))

o = object()
init, rep, eq = o.__init__, o.__repr__, o.__eq__
print(sys.getrefcount(o), eq(o), init())
del init, rep, eq
print(sys.getrefcount(o))

d = {'k': 1}
view = list.__len__
print(sys.getrefcount(d))
it = dict.__iter__(d)
print(sys.getrefcount(d), list(it))
del it
print(sys.getrefcount(d))
wrappers = [d.__len__ for _ in range(3)]
print(sys.getrefcount(d))
wrappers.clear()
print(sys.getrefcount(d))
print(int.__add__(2, 3), sys.getrefcount(x) == 2)
