# A returned object survives the frame: the caller gets the reference.
import sys

def build():
    result = [1, 2, 3]
    alias = result
    print("inside build():", sys.getrefcount(result))
    return result

r = build()
print("after return:", sys.getrefcount(r))

def passthrough(x):
    return x

again = passthrough(r)
print("after passthrough:", sys.getrefcount(r))
print("same object:", again is r)
