# The set operators of dict views (the library reference's "Dictionary view objects"): keys and items
# views combine with sets, lists and other views into new sets, and compare as sets do.
dishes = {'eggs': 2, 'sausage': 1, 'bacon': 1, 'spam': 500}
keys = dishes.keys()
print(sorted(keys & {'eggs', 'bacon', 'salad'}), sorted(keys ^ {'sausage', 'juice'}), sorted(keys | ['juice', 'juice']))
d = {1: 10, 2: 20, 3: 30}
k = d.keys()
print(k & {2, 3, 9}, {2, 9} & k, k | [4], k - {1}, k ^ {3, 4}, [0] | k, (5, 1) - k, range(4) & k)
print(k & {1: 'x', 7: 'y'}.keys(), {3: 0}.keys() | k, k - d.keys(), type(k & set()).__name__)
big = dict.fromkeys(range(100, 140, 3))
print(big.keys() & {103, 106, 1000}, {103, 106, 1000} & big.keys(), big.keys() - set(range(100, 130)))
items = d.items()
print(items & {(1, 10), (2, 0)}, items - {(1, 10)}, items | {(9, 90)}, items ^ {(1, 10), (4, 40)}, (1, 10) in items, (1,) in items)
print(k == {1, 2, 3}, k != {1, 2, 3}, k == [1, 2, 3], k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3, 4})
print({1, 2, 3} == k, frozenset({1, 2}) < k, k == {1: 0, 2: 0, 3: 0}.keys(), items == {(1, 10), (2, 20), (3, 30)})
print(d.values() == d.values(), {1, 2} < d.keys())
for attempt in (lambda: k & 5, lambda: k - 5, lambda: d.values() & {1}, lambda: k & [[1]]):
    try:
        attempt()
    except TypeError as e:
        print(e)
# `in` looks the key up in the dict: an unhashable one raises instead of being searched for.
for probe in (lambda: [1] in k, lambda: ([1], 2) in items):
    try:
        probe()
    except TypeError as e:
        print(e)
