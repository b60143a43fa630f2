# A list or set display of three or more constants is built from one constant tuple (or
# frozenset) that the code object keeps: the items get one more reference from it.
import sys

a = [1000, 2000, 3000]
print("item of a 3-constant list:", sys.getrefcount(a[0]))
b = [1000.5, 2]
print("item of a 2-constant list:", sys.getrefcount(b[0]))
s = {5000, 6000, 7000}
print("member of a 3-constant set:", sys.getrefcount(5000))
t = (7000, 8000)
print("item of a constant tuple:", sys.getrefcount(t[0]))
m = [x for x in [9000, 9001, 9002]]
print("item after a comprehension:", sys.getrefcount(m[0]))
