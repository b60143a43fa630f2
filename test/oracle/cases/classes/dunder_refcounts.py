# Special methods receive self as one more reference, plus whatever the caller holds on its stack.
import sys

class Probe:
    def __init__(self):
        print("__init__:", sys.getrefcount(self))
    def __repr__(self):
        print("__repr__:", sys.getrefcount(self))
        return 'Probe()'
    @property
    def prop(self):
        return sys.getrefcount(self)
    def __eq__(self, other):
        print("__eq__:", sys.getrefcount(self), sys.getrefcount(other))
        return True
    def __len__(self):
        print("__len__:", sys.getrefcount(self))
        return 0

p = Probe()
print("module level:", sys.getrefcount(p))
text = repr(p)
print("property:", p.prop)
same = p == p
n = len(p)
print("result:", text, same, n)
