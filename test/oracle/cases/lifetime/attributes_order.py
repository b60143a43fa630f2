# When an instance dies, its __del__ runs first, then its attributes are released.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    def __init__(self):
        self.first = Noisy('first')
        self.second = Noisy('second')
    def __del__(self):
        print("del holder")

h = Holder()
h.third = Noisy('third')
print("refs of h:", sys.getrefcount(h), "of h.first:", sys.getrefcount(h.first))
del h
print("end")
