# sys.getsizeof(dict): empty dicts have no table; the table grows at 2/3 full; str-only keys use a smaller entry layout; deleting keeps the table.
import sys

print("empty {}:", sys.getsizeof({}), "dict():", sys.getsizeof(dict()))
d = {}
last = sys.getsizeof(d)
growth = []
for i in range(100):
    d[f"key {i}"] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        growth.append((len(d), last))
print("str keys, (len, size) at each growth:", growth)
e = {}
last = sys.getsizeof(e)
growth = []
for i in range(100):
    e[i * 1000] = i
    if sys.getsizeof(e) != last:
        last = sys.getsizeof(e)
        growth.append((len(e), last))
print("int keys, (len, size) at each growth:", growth)
print("literal with 3 keys:", sys.getsizeof({"a": 1, "b": 2, "c": 3}))
print("dict(a=1, b=2):", sys.getsizeof(dict(a=1, b=2)))
print("dict.fromkeys(range(10)):", sys.getsizeof(dict.fromkeys(range(10))))
for key in list(d)[:90]:
    del d[key]
print("after deleting 90 of 100 keys:", len(d), sys.getsizeof(d))
print("a copy of it is compact:", sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
d.clear()
print("after clear():", sys.getsizeof(d))
