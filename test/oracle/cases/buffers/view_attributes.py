# The attributes of a one-dimensional byte view, of strided slices, and of views of bytes.
import sys

data = bytearray(b"abcdefgh")
for name, view in [("whole", memoryview(data)), ("step 2", memoryview(data)[::2]), ("reversed", memoryview(data)[::-1]),
                   ("one item", memoryview(data)[3::10]), ("empty", memoryview(data)[2:2]), ("empty strided", memoryview(data)[8::2]),
                   ("bytes", memoryview(b"xyz"))]:
    print(name, view.obj, view.nbytes, view.readonly, view.itemsize, view.format, view.ndim, view.shape,
          view.strides, view.suboffsets, view.c_contiguous, view.f_contiguous, view.contiguous)
print(type(memoryview(b"")).__name__, type(memoryview(b"")))
print("sizes:", sys.getsizeof(memoryview(data)), sys.getsizeof(memoryview(data)[::2]), sys.getsizeof(iter(memoryview(b"a"))))
frozen = memoryview(b"hash me")
print("hash:", hash(frozen) == hash(b"hash me"), hash(frozen[::2]) == hash(b"hs e"), {frozen: 1}[b"hash me"])
try:
    hash(memoryview(data))
except ValueError as e:
    print(e)
for call in ("memoryview()", "memoryview('text')", "memoryview(5)", "memoryview([1])", "memoryview(b'a', 1)",
             "memoryview(object=b'kw').tobytes()", "memoryview(thing=b'a')", "memoryview(b'a').release(1)", "memoryview(b'a').tolist(1)"):
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "->", e)
print([name for name in dir(memoryview(b"")) if not name.startswith("_")])
try:
    memoryview(b"a").obj = None
except AttributeError as e:
    print(e)
print(memoryview.nbytes)
import gc
print("managed buffer:", sys.getsizeof(gc.get_referents(memoryview(b"ab"))[0]))
try:
    class MyView(memoryview):
        pass
except TypeError as e:
    print(e)
