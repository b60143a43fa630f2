# When __del__ runs the object is still reachable through self.
import sys

class Watched:
    def __del__(self):
        print("in __del__, refcount of self:", sys.getrefcount(self))

w = Watched()
print("alive:", sys.getrefcount(w))
other = w
del w
print("one name left")
del other
print("end")
