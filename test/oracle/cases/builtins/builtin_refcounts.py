# Builtins that build containers take new references to the items.
import sys

x = ['x']
print("start:", sys.getrefcount(x))
pairs = list(zip([x], [x]))
print("zip into a list of 1 pair holding x twice:", sys.getrefcount(x))
en = list(enumerate([x, x]))
print("enumerate list:", sys.getrefcount(x))
s = sorted([x])
print("sorted:", sys.getrefcount(x))
d = dict.fromkeys(['a', 'b'], x)
print("dict.fromkeys with 2 keys:", sys.getrefcount(x))
m = max([x, ['a']])
print("max() result bound:", sys.getrefcount(x), m is x)
del pairs, en, s, d, m
print("end:", sys.getrefcount(x))
