# Each instance of a class written in Python holds a reference to its class.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

before = sys.getrefcount(Point)
points = [Point(i, i) for i in range(3)]
print("extra refs with 3 instances:", sys.getrefcount(Point) - before)
points.pop()
print("extra refs with 2 instances:", sys.getrefcount(Point) - before)
points = None
print("extra refs with none:", sys.getrefcount(Point) - before)
p = Point(1, 2)
print("an instance:", sys.getrefcount(p), "its __dict__:", p.__dict__)
