import itertools, sys

first = ["first item"]
second = ["second item"]
pairs = itertools.pairwise([first, second, first])
print("created", sys.getrefcount(first), sys.getrefcount(second))
a, b = next(pairs)
del a, b
# 3.13 keeps the tuple it returned, to refill it next time: it still holds both items
print("after one pair", sys.getrefcount(first), sys.getrefcount(second))
kept = next(pairs)
print("pair kept", kept, sys.getrefcount(first), sys.getrefcount(second))
print(list(pairs))
print("exhausted", sys.getrefcount(first), sys.getrefcount(second))
del pairs
print("iterator gone", sys.getrefcount(first), sys.getrefcount(second))

rows = list(itertools.zip_longest([first], [second, second], fillvalue=first))
print(rows, sys.getrefcount(first), sys.getrefcount(second))
