# Rebinding a name frees the old object as soon as its count reaches zero.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
        print("new", name)
    def __del__(self):
        print("del", self.name)

x = Noisy('first')
x = Noisy('second')
print("rebound")
y = x
print("second has 2 names:", sys.getrefcount(x))
x = Noisy('third')
print("second still alive through y")
y = None
print("y cleared")
del x
print("end")
