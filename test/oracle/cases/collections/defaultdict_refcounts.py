import sys
from collections import defaultdict

bucket = defaultdict(list)
bucket['a'].append(1)
value = bucket['a']
print('list made by the factory', sys.getrefcount(value))
shared = ['shared list']
holder = defaultdict(list, {'x': shared, 'y': shared})
print('value held twice', sys.getrefcount(shared))
del holder['x']
print('after del', sys.getrefcount(shared))
def factory():
    return ['made']
lazy = defaultdict(factory)
print('factory held by the defaultdict', sys.getrefcount(factory))
made = lazy['k']
print('made value', sys.getrefcount(made), dict(lazy))
lazy.default_factory = None
print('factory released', sys.getrefcount(factory))
holder.clear()
print('after clear', sys.getrefcount(shared))
