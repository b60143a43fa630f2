# A memoryview is a sequence of its items for built-ins that iterate or index; a read-only view hashes
# like the bytes it shows, once (the hash is kept, even after release).
import copy

m = memoryview(bytearray(b"hello"))
r = memoryview(b"world")
print(sorted(m), sum(m), max(m), list(reversed(m)), list(enumerate(r[:2])), list(zip(m, r)))
print(isinstance(m, memoryview), m.__len__(), len(r[::-2]), r.__getitem__(1), m.tolist() == list(m))
it = iter(r)
print(type(it).__name__, it.__next__(), next(it), iter(it) is it, next(iter(memoryview(b"")), "empty"))
print({r: 1, b"world": 2}[b"world"], {r[:2]} == {b"wo"}, r in {b"world"}, b"world" in {r: 0})
print(m == m.obj, r == r.obj, r.__eq__(5), r.__ne__(b"world"))
for expression in ["hash(m)", "hash(m.toreadonly())", "hash(r.toreadonly()) == hash(b'world')", "copy.copy(m)", "copy.deepcopy(r)"]:
    try:
        print(expression, "->", eval(expression))
    except Exception as e:
        print(expression, "->", type(e).__name__, e)
h = hash(r)
r.release()
print("hash kept after release:", hash(r) == h)
fresh = memoryview(b"never hashed")
fresh.release()
try:
    hash(fresh)
except ValueError as e:
    print(e)
it = iter(m)
next(it)
m.release()
try:
    next(it)
except ValueError as e:
    print("iterating a released view:", e)
try:
    reversed(m)
except ValueError as e:
    print("reversed:", e)
