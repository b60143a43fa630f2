import sys
from collections import OrderedDict

key = ('a', 'key', 1000)
value = ['a value']
plain = {key: value}
print('in a dict: key', sys.getrefcount(key), 'value', sys.getrefcount(value))
del plain
od = OrderedDict()
od[key] = value
print('in an OrderedDict: key', sys.getrefcount(key), 'value', sys.getrefcount(value))
od.move_to_end(key, last=False)
print('moved', sys.getrefcount(key))
it = iter(od)
print('iterator holds the next key', sys.getrefcount(key))
next(it)
print('after next', sys.getrefcount(key), sys.getrefcount(od))
for _ in it:
    pass
print('iterator done, OrderedDict released', sys.getrefcount(od))
k, v = od.popitem()
print('popped', sys.getrefcount(key), sys.getrefcount(value))
del k, v
print('dropped', sys.getrefcount(key), sys.getrefcount(value))
