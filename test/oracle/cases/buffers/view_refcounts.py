# A memoryview holds a managed buffer, which holds the bytearray: every view of it (slices,
# memoryview(view)) shares that one buffer, so the bytearray counts one reference for all of them.
import sys

data = bytearray(b"reference counts")
print("bytearray alone:", sys.getrefcount(data))
view = memoryview(data)
print("one view:", sys.getrefcount(data), "view:", sys.getrefcount(view))
head = view[:9]
print("a slice too:", sys.getrefcount(data), "view:", sys.getrefcount(view))
again = memoryview(view)
print("memoryview(view):", sys.getrefcount(data))
other = memoryview(data)
print("a second buffer:", sys.getrefcount(data))
print("same exporter:", head.obj is data, again.obj is data)
view.release()
print("view released, slices alive:", sys.getrefcount(data))
del head, again
print("last views of the first buffer gone:", sys.getrefcount(data))
other.release()
print("second released:", sys.getrefcount(data))
del other
print("all views gone:", sys.getrefcount(data))

def peek(v):
    return sys.getrefcount(v)

frozen = bytes(range(97, 107))
fv = memoryview(frozen)
print("bytes viewed:", sys.getrefcount(frozen), "view as an argument:", peek(fv))
fv.release()
print("after release:", sys.getrefcount(frozen))
del fv
print("view gone:", sys.getrefcount(frozen))
