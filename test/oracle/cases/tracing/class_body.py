# A class statement's body runs as a frame of its own ('call' with the class name), then __init__ and a
# method, and a property's getter, each traced.
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def build():
    class Point:
        """A point."""
        dims = 2

        def __init__(self, x, y):
            self.x = x
            self.y = y

        @property
        def norm2(self):
            return self.x ** 2 + self.y ** 2

    p = Point(3, 4)
    return p.norm2

sys.settrace(tracer)
n = build()
sys.settrace(None)
print(n)
