# Tuples hold their items like lists do, and a tuple built at run time is a new object.
import sys

x = [10]
t = (x, x)
print("x in a pair:", sys.getrefcount(x))
print("the tuple:", sys.getrefcount(t))
u = t
print("the tuple with 2 names:", sys.getrefcount(t))
nested = (t, [t])
print("the tuple nested twice:", sys.getrefcount(t))
del nested, u
print("back to:", sys.getrefcount(t), sys.getrefcount(x))
t = None
print("x after the tuple is freed:", sys.getrefcount(x))
