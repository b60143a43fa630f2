# Positional, keyword and default arguments all become references held by the frame.
import sys

def show(a, b=None, *, c=None):
    return sys.getrefcount(a), b is a, c is a

obj = ['obj']
print("positional:", show(obj))
print("positional and b:", show(obj, obj))
print("keyword a:", show(a=obj))
print("all three:", show(obj, obj, c=obj))
print("back:", sys.getrefcount(obj))
