import sys

point = (3, 4)
single = (5,)
empty = ()
print(point, single, empty, len(point), type(single).__name__)
x, y = point
print(x, y, point.count(3), point.index(4), point + single, single * 3)
pt = (x, y, 'label with spaces')
pts = [pt, pt]
print("refs of a built tuple:", sys.getrefcount(pt))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested])
try:
    point[0] = 9
except TypeError as e:
    print("TypeError:", e)
mutable_inside = ([1], 2)
mutable_inside[0].append(9)
print(mutable_inside, (1, 2) < (1, 2, 0), max([(1, 'b'), (1, 'a')]))
