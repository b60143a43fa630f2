import sys
from collections import deque

item = ['payload']
print('alone', sys.getrefcount(item))
d = deque()
d.append(item)
print('in a deque', sys.getrefcount(item))
d.appendleft(item)
d.extend([item, item])
print('four times', sys.getrefcount(item), len(d))
got = d.pop()
print('popped, still held by got', sys.getrefcount(item))
del got
print('popped and dropped', sys.getrefcount(item))
d.rotate(1)
print('rotation moves, never counts', sys.getrefcount(item))
d[0] = None
print('replaced', sys.getrefcount(item))
d.clear()
print('cleared', sys.getrefcount(item))
it = iter(d)
print('deque held by its iterator', sys.getrefcount(d))
for _ in it:
    pass
print('still held after the end', sys.getrefcount(d))
del it
print('iterator gone', sys.getrefcount(d))
window = deque([item], maxlen=1)
window.append('other')
print('evicted by maxlen', sys.getrefcount(item))
