from collections import deque

recent = deque(maxlen=3)
for n in range(6):
    recent.append(n)
    print(list(recent))
print(recent, recent.maxlen)
recent.appendleft('L')
print(recent)
recent.extend('abcd')
print(recent)
recent.extendleft([1, 2])
print(recent)
print(deque(range(10), 4), deque(range(10), maxlen=0))
print(deque('a', 3) * 5, deque('abc', 2) * 2)
line_history = deque(maxlen=2)
for line in ['first line', 'second line', 'third line']:
    line_history.append(line)
print(list(line_history))
