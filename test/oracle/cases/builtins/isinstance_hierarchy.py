class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass

shapes = [Circle(), Square(), Shape(), Circle()]
print(sum(isinstance(s, Circle) for s in shapes))
print(sum(isinstance(s, Shape) for s in shapes))
print([type(s).__name__ for s in shapes])
print(isinstance(shapes[0], (Square, Circle)), type(shapes[0]) == Shape)
print(callable(Circle), callable(shapes[0]), callable(print))
