from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = 'x'
del d[0]
d.insert(2, 'ins')
d.remove('a')
print(d, d.index('ins'), d.count('x'))
d.reverse()
print(d, list(reversed(d)), bool(d), bool(deque()))
print(deque('abc') == deque('abc'), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque('ab') * 2, 3 * deque([0]))
e = deque([1])
e += [2, 3]
e *= 2
print(e, e.copy() == e, e.copy() is e)
nested = deque()
nested.append(nested)
print(nested, deque(), repr(deque(maxlen=3)))
for x in deque('xyz'):
    print(x, end=' ')
print()
print(type(deque()), deque.__module__, type(iter(deque())).__name__)
