print("circle:", __name__, __package__)
from . import util
from .util import area


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return area(self.r)

    def __repr__(self):
        return f"Circle({self.r})"
