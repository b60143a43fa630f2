import sys

square = lambda x: x * x
print(square(7))
print((lambda a, b=10: a + b)(5))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda s: s.upper(), ['a', 'b'])))
print(list(filter(lambda n: n % 2, range(10))))
print(square.__name__)
ops = [square, square]
print("lambda refs:", sys.getrefcount(square))
