# A set prints in hash-table order. Numbers, and tuples and frozensets of them, hash the same in
# every CPython process, so their order is fixed (strs are randomised per process: not shown here).
import sys

pairs = {(i, i * 2) for i in range(10)}
print(pairs)
print({0.5, 1.25, -3.75, 2.0, 1e100, float('inf')})
print({1j, 2 + 3j, 0.5j})
print(hash((1, 2)), hash((1, (2, 3.5))), hash(()))
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset({(1, 2), 3.5})))
print({frozenset({1}), frozenset({2, 3}), frozenset()})
print({(1, (2, 3)), (1, (3, 2))})
print(frozenset({(1, 2), (3, 4)}))

t = {3, 1, 2}
t.remove(1)
t.add(9)
t.add(17)
print(t)

# The iterator holds the set until it is exhausted (setiter_iternext lets go then).
it = iter(t)
print(sys.getrefcount(t))
print(list(it))
print(sys.getrefcount(t))

try:
    for x in t:
        t.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(t))

it = iter({1, 2})
s = {1, 2}
it = iter(s)
next(it)
s.discard(2)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again' if attempt else 'first', e)
