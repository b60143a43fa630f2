# A reference cycle is not freed by counting; gc.collect() finds it.
import gc
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy('a')
b = Noisy('b')
a.other = b
b.other = a
print("refs in the cycle:", sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("names deleted, nothing freed yet")
found = gc.collect()
print("collected something:", found > 0)
print("end")
