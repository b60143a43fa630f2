# Locals are references held by the running frame; they go away on return.
import sys

def work(x):
    y = x
    print("x and y:", sys.getrefcount(x))
    z = [x, x]
    print("plus a list of 2:", sys.getrefcount(x))
    del z
    print("list deleted:", sys.getrefcount(x))
    y = None
    print("y rebound:", sys.getrefcount(x))
    return len(x)

obj = {'k': 'v'}
print("before:", sys.getrefcount(obj))
print("result:", work(obj))
print("after:", sys.getrefcount(obj))
