# Objects made by another file of the learner's: counted like the script's own.
import sys
import shapes
from shapes import Point, remember

p = Point(1, 2)
print(sys.getrefcount(p))
print(remember(p), sys.getrefcount(p))
print(shapes.registry)
print(Point.count, shapes.Point.count)
print(sys.getrefcount(shapes.ORIGIN))
shapes.registry.pop()
print(sys.getrefcount(p))
del p
print("after del p")
q = Point(3, 4)
q = None
print(type(shapes.ORIGIN).__module__, type(shapes.ORIGIN).__qualname__)
print(repr(Point), Point.__init__.__qualname__)
