import itertools, sys

items = [["first item"], ["second item"], ["third item"]]
a, b = itertools.tee(items)
print(type(a), a is not b)
head = items[0]
print("before", sys.getrefcount(head))
print(next(a) is head)
# the tee buffer keeps the first item until b reads it too
print("a read it", sys.getrefcount(head))
print(next(b) is head)
print("both read it", sys.getrefcount(head))
print(list(a), list(b))
del a, b
print("tees gone", sys.getrefcount(head))
x, y, z = itertools.tee(range(3), 3)
print(list(x), list(zip(y, z)))
print(itertools.tee("ab", 0))
try:
    itertools.tee("ab", -1)
except ValueError as e:
    print("ValueError:", e)
