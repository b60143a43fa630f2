import sys

a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c))
print(a is b, a is c, a == c)
print("refs of a:", sys.getrefcount(a), "of c:", sys.getrefcount(c))
x = None
print(x is None, x == None)
def f(): pass
print(id(f) == id(f), type(id(a)).__name__)
