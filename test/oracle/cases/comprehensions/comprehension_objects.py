# A comprehension that creates objects: each one lives as long as the list.
import sys

class Cell:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Cell({self.v})"

cells = [Cell(i) for i in range(3)]
print(cells, sys.getrefcount(cells[0]))
by_value = {c.v: c for c in cells}
print(sys.getrefcount(cells[0]), sorted(by_value))
evens = [c for c in cells if c.v % 2 == 0]
print(evens, sys.getrefcount(cells[0]), sys.getrefcount(cells[1]))
