import itertools, sys

first = [1, 2]
second = [3]
ch = itertools.chain(first, second)
# chain keeps an iterator over its argument tuple, which holds both lists
print("created", sys.getrefcount(first), sys.getrefcount(second))
print(next(ch))
# now it also holds an iterator over the first list
print("reading first", sys.getrefcount(first), sys.getrefcount(second))
print(next(ch), next(ch))
print("reading second", sys.getrefcount(first), sys.getrefcount(second))
print(list(ch))
print("exhausted", sys.getrefcount(first), sys.getrefcount(second))

nested = [[1, 2], [3], []]
flat = itertools.chain.from_iterable(nested)
print("from_iterable holds", sys.getrefcount(nested))
print(list(flat), type(flat))
print(list(itertools.chain("ab", (1, 2), range(2))))
try:
    list(itertools.chain([1], 5))
except TypeError as e:
    print("TypeError:", e)
