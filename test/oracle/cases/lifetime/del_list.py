# Deleting the last reference to a list frees it, then its items (last slot first).
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [Noisy('a'), Noisy('b'), Noisy('c')]
print("list built, refs of the first item:", sys.getrefcount(items[0]))
del items
print("after del items")
