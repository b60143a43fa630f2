# [x] * n stores the same object n times: n references, not n copies.
import sys

cell = [0]
row = [cell] * 3
print("cell refs:", sys.getrefcount(cell))
row[0][0] = 7
print("row:", row)
grid = [row] * 2
print("row refs:", sys.getrefcount(row), "cell refs:", sys.getrefcount(cell))
doubled = row * 2
print("len(doubled):", len(doubled), "cell refs:", sys.getrefcount(cell))
del doubled
print("after del doubled:", sys.getrefcount(cell))
