# locals() inside a function: in 3.11 and 3.12 it returns the frame's own dict, cached on the
# frame (so the values keep one more reference); from 3.13 (PEP 667) it returns a fresh snapshot.
import sys

def unbound(x):
    locals()
    return sys.getrefcount(x)

def bound(x):
    snapshot = locals()
    return sys.getrefcount(x)

def plain(x):
    return sys.getrefcount(x)

item = ['item']
print("plain:", plain(item))
print("locals() result discarded:", unbound(item))
print("locals() result kept:", bound(item))
print("after:", sys.getrefcount(item))
