# Freeing a dict frees its values in insertion order.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {'x': Noisy('x'), 'y': Noisy('y'), 'z': Noisy('z')}
d['x'] = Noisy('x2')
print("x replaced, refs of the new value:", sys.getrefcount(d['x']))
del d['y']
print("y deleted")
d = None
print("end")
