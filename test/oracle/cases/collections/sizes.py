import sys
from collections import deque, defaultdict, OrderedDict

# a deque grows by 64-slot blocks; the ends start in the middle of the first one
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))), sys.getsizeof(deque(range(100))))
d = deque()
for i in range(200):
    d.append(i)
print('200 appended', sys.getsizeof(d))
for i in range(150):
    d.popleft()
print('150 popped left', sys.getsizeof(d))
d.rotate(17)
print('rotated', sys.getsizeof(d))
left = deque()
for i in range(40):
    left.appendleft(i)
print('40 appended left', sys.getsizeof(left))
print(sys.getsizeof(list(range(200))), sys.getsizeof(deque(range(200))))
print(sys.getsizeof({}), sys.getsizeof(defaultdict(int)), sys.getsizeof(dict(a=1)), sys.getsizeof(defaultdict(int, a=1)))
od = OrderedDict.fromkeys(range(10))
print(sys.getsizeof(OrderedDict()), sys.getsizeof(OrderedDict(a=1)), sys.getsizeof(od), sys.getsizeof(dict.fromkeys(range(10))))
od.clear()
print('cleared', sys.getsizeof(od))
