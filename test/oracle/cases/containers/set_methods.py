a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a), len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} <= {1, 2, 3}, {1, 2}.isdisjoint({3}), set() == set(), sorted(set('mississippi')))
f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, {f: 'frozen sets are hashable'}[frozenset({1, 2, 3})])
print({2, 1, 3}, {n * n for n in range(5)} == {0, 1, 4, 9, 16})
