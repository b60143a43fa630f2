from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od, od.keys(), od.values(), od.items())
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 10), ('y', 20)], z=30)
print(od, od.pop('x'), od.setdefault('w', 0), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict.fromkeys('abc', 0), OrderedDict(), OrderedDict(nested=OrderedDict(k=1)))
print(od | {'q': 1}, type({'q': 1} | od).__name__)
copy = od.copy()
copy['new'] = 1
print(copy, od)
for attempt in [lambda: OrderedDict().popitem(), lambda: od.move_to_end('missing'), lambda: od.pop('missing'), lambda: hash(od)]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
try:
    for key in od:
        od['added'] = True
except RuntimeError as e:
    print('RuntimeError', e)
