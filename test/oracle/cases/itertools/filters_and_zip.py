import itertools, operator

print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.zip_longest("ab", "xyz")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.starmap(operator.add, [[1, 2], "ab"])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 3])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 3])))
print(list(itertools.filterfalse(lambda x: x % 2, range(8))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.pairwise("a")))

def deltas(values):
    return [b - a for a, b in itertools.pairwise(values)]

print(deltas([10, 13, 19, 20]))
for name in ["zip_longest", "starmap", "takewhile", "pairwise"]:
    print(getattr(itertools, name))
try:
    itertools.takewhile(bool)
except TypeError as e:
    print("TypeError:", e)
list(itertools.starmap(operator.add, [(1, 2), 3]))
