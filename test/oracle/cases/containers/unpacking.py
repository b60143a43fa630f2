first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = 'abc'
print(head, tail)
*init, end = (1,)
print(init, end)
(a, b), c = (1, 2), 3
print(a, b, c)
merged = [*range(3), *'xy', *[None]]
print(merged)
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
