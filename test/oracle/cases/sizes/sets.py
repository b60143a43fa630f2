# sys.getsizeof(set/frozenset): 8 inline slots, then a table that grows 4x when about 3/5 full; discard() keeps the table, clear() drops it.
import sys

print("set():", sys.getsizeof(set()), "frozenset():", sys.getsizeof(frozenset()))
s = set()
last = sys.getsizeof(s)
growth = []
for i in range(200):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        growth.append((len(s), last))
print("add(), (len, size) at each growth:", growth)
print("set(range(10)):", sys.getsizeof(set(range(10))), "frozenset(range(10)):", sys.getsizeof(frozenset(range(10))))
print("{1, 2, 3}:", sys.getsizeof({1, 2, 3}), "set(range(100)):", sys.getsizeof(set(range(100))))
for i in range(195):
    s.discard(i)
print("after discarding down to 5:", len(s), sys.getsizeof(s))
s.clear()
print("after clear():", sys.getsizeof(s))
