from collections import deque

attempts = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque()[0],
    lambda: deque([1, 2])[5],
    lambda: deque([1])['a'],
    lambda: deque([1]).remove(7),
    lambda: deque([1]).index(9),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque('a', maxlen=-1),
    lambda: hash(deque()),
    lambda: deque(5),
    lambda: deque([1]) + [2],
    lambda: deque() < [],
    lambda: deque([1]) * 'a',
    lambda: deque().append(),
    lambda: deque().pop(1),
    lambda: setattr(deque(), 'maxlen', 3),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
