# reversed() of a dict and of its views: CPython's reverse dict iterators over the entries, from the last one,
# which hold the dict (not a copied list of its keys) and raise when it changes size (dictreviter_iternext).
import sys
d = {"a": 1, "b": 2}
for v in (d, d.keys(), d.values(), d.items()):
    r = reversed(v)
    print(type(r).__name__, list(r))
d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(next(r))
d["z"] = 9
try:
    next(r)
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(sys.getsizeof(reversed(d)), type(iter(reversed(d))).__name__)
print(list(reversed({}.keys())))
key = "k" * 20
d = {key: [1]}
before = sys.getrefcount(key)
r = reversed(d)
print(sys.getrefcount(key) - before, sys.getrefcount(d))
item = next(reversed(d.items()))
print(item[0] is key, sys.getrefcount(key) - before)
class D(dict):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(D(a=1))))
