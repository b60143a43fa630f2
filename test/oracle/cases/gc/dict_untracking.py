# Dict untracking: a dict holding only atomic values is not tracked; storing a container tracks it, and it stays tracked.
import gc

d = {}
print("empty {}:", gc.is_tracked(d))
d["a"] = 1
d["b"] = "text value"
print("after atomic inserts:", gc.is_tracked(d))
const = (4, 5)
print("constant tuple (4, 5) tracked:", gc.is_tracked(const))
d[3] = const  # a tuple value counts as atomic only if the tuple is untracked
print("after storing the constant tuple:", gc.is_tracked(d))
h = {"t": tuple([4, 5])}
print("{'t': tuple([4, 5])}:", gc.is_tracked(h))

e = {"x": 1, "y": 2.5, "z": None}
print("literal with atoms:", gc.is_tracked(e))
e["l"] = []
print("after storing a list:", gc.is_tracked(e))
del e["l"]
print("after deleting the list again:", gc.is_tracked(e))

print("dict(a=1):", gc.is_tracked(dict(a=1)))
print("{'k': []}:", gc.is_tracked({"k": []}))
print("{(1, 2): 3} (tuple key):", gc.is_tracked({(1, 2): 3}))
print("{1: 'a'}.copy():", gc.is_tracked({1: "a"}.copy()))
f = {1: [2]}.copy()
print("{1: [2]}.copy():", gc.is_tracked(f))
print("dict.fromkeys('abc'):", gc.is_tracked(dict.fromkeys("abc")))
print("dict.fromkeys('abc', []):", gc.is_tracked(dict.fromkeys("abc", [])))
g = {}
g.update({"a": 1})
print("update with atoms:", gc.is_tracked(g))
g.update({"b": [1]})
print("update with a list:", gc.is_tracked(g))
