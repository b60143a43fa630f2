# WeakValueDictionary: an entry disappears as soon as its value has no strong reference left (a cache that does not keep objects alive).
import weakref

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a, b, c = Image("a.png"), Image("b.png"), Image("c.png")
cache["a"], cache["b"], cache["c"] = a, b, c
print("len:", len(cache), "keys:", sorted(cache.keys()))
print("lookup:", cache["b"].name, "get missing:", cache.get("zzz"))
del b
print("after del b:", len(cache), sorted(cache), "'b' in cache:", "b" in cache)
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
c = Image("other")  # rebinding c drops the old c.png
print("after rebinding c:", sorted(cache))
strong = cache["a"]
del a
print("a kept alive by another name:", sorted(cache), strong.name)
print("values:", [v.name for v in cache.values()])
refs = cache.valuerefs()
print("valuerefs:", len(refs), refs[0]().name)
try:
    cache["n"] = 42
except TypeError as e:
    print("TypeError:", e)
cache.pop("a")
print("after pop:", len(cache))
