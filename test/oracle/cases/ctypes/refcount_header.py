# The ctypes ways to look at an object's header: c_long.from_address(id(x)).value is x's ob_refcnt, read
# live and without the reference sys.getrefcount(x) adds; writing it moves the count; ob_type at id(x) + 8;
# cast(id(x), py_object) gives x back without holding it; py_object(x) holds x; pythonapi.Py_IncRef/Py_DecRef.
import ctypes
import sys

class Node:
    pass

def refcount(address):
    return ctypes.c_long.from_address(address).value

a = [1, 2, 3]
addr = id(a)
print(refcount(addr), sys.getrefcount(a))
b = a
c = {'key': a}
print(refcount(addr), sys.getrefcount(a) - 1)
del b, c
print(refcount(addr))

live = ctypes.c_ssize_t.from_address(id(a))
print(live, live.value, type(live).__name__)
holders = [a, a, a]
print(live.value, ctypes.c_int.from_address(id(a)).value, ctypes.c_uint64.from_address(id(a)).value)
del holders
print(live.value)

n = Node()
print(refcount(id(n)), refcount(id(Node)) > 1)
print(ctypes.c_void_p.from_address(id(n) + 8).value == id(Node), ctypes.c_long.from_address(id(a) + 8).value == id(list))

print(refcount(id(None)) > 1000, refcount(id(1)) > 1000, refcount(id(True)) > 100)

p = ctypes.cast(id(a), ctypes.py_object)
print(p.value is a, p.value == [1, 2, 3], sys.getrefcount(a))
held = ctypes.py_object(a)
print(held, held.value is a, sys.getrefcount(a))
ctypes.pythonapi.Py_IncRef(held)
print(sys.getrefcount(a))
ctypes.pythonapi.Py_DecRef(held)
print(sys.getrefcount(a))
del held
print(sys.getrefcount(a))

count = ctypes.c_long.from_address(id(a))
count.value += 1
print(sys.getrefcount(a))
count.value -= 1
print(sys.getrefcount(a), count)

try:
    ctypes.pythonapi.Py_IncRef(a)
except ctypes.ArgumentError as e:
    print(type(e).__name__, e)
