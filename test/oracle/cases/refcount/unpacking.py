# Unpacking binds new names to the same objects.
import sys

p = ['p']
q = ['q']
pair = (p, q)
x, y = pair
print("p:", sys.getrefcount(p), "q:", sys.getrefcount(q))
x, y = y, x
print("after swap x is q:", x is q, "p:", sys.getrefcount(p))
first, *rest = [p, q, q]
print("first is p:", first is p, "rest:", len(rest), "q:", sys.getrefcount(q))
del pair, rest
print("p:", sys.getrefcount(p), "q:", sys.getrefcount(q))
