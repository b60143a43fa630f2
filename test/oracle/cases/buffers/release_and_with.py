# release() and the with statement end a view's export at once; a released view refuses everything.
import sys

data = bytearray(b"with statement")
with memoryview(data) as v:
    print("inside:", v[0], v[-1], len(v), sys.getrefcount(data))
print("after the block:", sys.getrefcount(data))
print(repr(v).startswith("<released memory at 0x"))
for attempt in ("v[0]", "len(v)", "v.tobytes()", "v.tolist()", "v.hex()", "bytes(v)", "v.obj", "v.nbytes",
                "v.format", "v.shape", "memoryview(v)", "v[1:3]", "hash(v)", "v.cast('c')", "v.readonly"):
    try:
        eval(attempt)
        print(attempt, "worked")
    except ValueError as e:
        print(attempt, "->", e)
print("equal to itself:", v == v, "to bytes:", v == b"", v != b"")
v.release()
print("release twice: fine")
data.append(33)
print(data)

w = memoryview(data)
w2 = w[2:]
w.release()
try:
    data.append(63)
except BufferError as e:
    print("w2 still exports:", e)
w2.release()
data.append(63)
print(data)
with memoryview(b"x" * 3) as m, memoryview(m) as m2:
    print(m2.tobytes())
try:
    with m:
        pass
except ValueError as e:
    print("with on a released view:", e)
