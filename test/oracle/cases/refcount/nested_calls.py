# Each active frame that has the object as a local adds one reference.
import sys

def level3(c):
    return sys.getrefcount(c)

def level2(b):
    return level3(b)

def level1(a):
    inner = level2(a)
    return inner, sys.getrefcount(a)

thing = [None]
deep, shallow = level1(thing)
print("seen three frames deep:", deep)
print("seen one frame deep:", shallow)
print("back at module level:", sys.getrefcount(thing))
