# Functions are objects: they can be stored, passed, and carry attributes.
import sys

def add(a, b):
    """Return a + b."""
    return a + b

print(add.__name__, add.__doc__)
print("function refs:", sys.getrefcount(add))
ops = {'plus': add, 'also': add}
print("in a dict twice:", sys.getrefcount(add))
print(ops['plus'](2, 3))
add.calls = 0
add.calls += 1
print("attribute:", add.calls)
def apply(f, x, y):
    return f(x, y)
print(apply(add, 'a', 'b'))
