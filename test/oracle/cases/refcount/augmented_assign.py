# += on a list mutates it in place; on a tuple it builds a new object.
# (L is also an earlier argument of the same print() call: one more reference on the evaluation stack.)
import sys

L = [1]
M = L
L += [2]
print("list after +=:", L, "same object:", L is M, "refs:", sys.getrefcount(L))
T = (1, 'x y')
U = T
T += (2,)
print("tuple after +=:", T, "same object:", T is U)
print("refs new:", sys.getrefcount(T), "refs old:", sys.getrefcount(U))
