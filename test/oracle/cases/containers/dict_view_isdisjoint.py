# dict views' isdisjoint: no item of the other operand is in the view (an unhashable one raises).
d = {1: 10, 2: 20}
k = d.keys()
print(k.isdisjoint({3}), k.isdisjoint([2]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()), k.isdisjoint(range(10)), d.items().isdisjoint([(1, 10)]), d.items().isdisjoint({(1, 11)}))
for f in (lambda: k.isdisjoint(5), lambda: k.isdisjoint(), lambda: k.isdisjoint([[1]])):
    try:
        f()
    except TypeError as e:
        print(e)
