# A small class instantiated in a loop: __init__ calls, attribute stores and loads, deallocation.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def manhattan(self):
        return abs(self.x) + abs(self.y)


total = 0
for i in range(300_000):
    p = Point(i, -i)
    total += p.manhattan()
print(total)
