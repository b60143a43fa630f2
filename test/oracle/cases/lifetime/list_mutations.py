# pop(), slice deletion and clear() free items as soon as the list drops them.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

L = [Noisy(c) for c in 'abcdef']
print("refs of the last item:", sys.getrefcount(L[-1]))
L.pop()
print("popped")
L.pop(0)
print("popped first")
del L[0:2]
print("deleted a slice")
L[0] = Noisy('new')
print("replaced slot 0")
L.clear()
print("cleared")
