# 'del' removes a name (or slot), not the object: the object lives while other references exist.
import sys

a = ['data']
b = a
holder = [a]
print("start:", sys.getrefcount(a))
del a
print("after del a:", sys.getrefcount(b))
del holder[0]
print("after del holder[0]:", sys.getrefcount(b), holder)
try:
    print(a)
except NameError as err:
    print("NameError:", err)
del b
print("'b' in globals:", 'b' in globals())
