import gc
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

Pair = namedtuple('Pair', 'left right')
gc.collect()
gc.disable()
print(gc.is_tracked(deque()), gc.is_tracked(defaultdict(int)), gc.is_tracked(OrderedDict()), gc.is_tracked(Counter()))
print(gc.is_tracked({}), gc.is_tracked(dict(a=1)))
loop = deque()
loop.append(loop)
del loop
print('deque cycle', gc.collect())
tree = defaultdict(list)
tree['self'].append(tree)
del tree
print('defaultdict cycle', gc.collect())
od = OrderedDict()
od['me'] = od
del od
print('OrderedDict cycle', gc.collect())
box = []
pair = Pair(box, 1)
box.append(pair)
del box, pair
print('namedtuple cycle', gc.collect())
print(gc.is_tracked(Pair(1, 2)), gc.is_tracked(Pair._fields))
