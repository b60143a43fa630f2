# Freeing a tuple releases its items from the last to the first.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

t = (Noisy('one'), Noisy('two'), Noisy('three'))
print("tuple built, refs of the tuple:", sys.getrefcount(t))
t = ()
print("tuple replaced")
pair = (Noisy('left'), [Noisy('inner')])
del pair
print("end")
