import itertools, sys

c = itertools.count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(itertools.count(0, 2.5)), repr(itertools.count(10, -1)))
print(list(itertools.islice(itertools.count(1, 3), 4)))

payload = ["a list", "held by repeat"]
r = itertools.repeat(payload, 3)
print(repr(r).startswith("repeat(["), sys.getrefcount(payload))
print(len(list(r)), repr(r).endswith(", 0)"), sys.getrefcount(payload))
del r
print("repeat gone", sys.getrefcount(payload))

colours = ["red", "green", "blue"]
cy = itertools.cycle(colours)
print([next(cy) for _ in range(7)])
print("cycle holds", sys.getrefcount(colours))
del cy
print("cycle gone", sys.getrefcount(colours))
print(type(itertools.count()), type(itertools.repeat(1)))
