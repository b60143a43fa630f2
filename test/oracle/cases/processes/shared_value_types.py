# multiprocessing.Value and RawValue hold one C value (a ctypes object in shared memory): each
# typecode's C type (c_int, c_double, c_char...), wrap-around to the type's width, float rounding,
# the setters' errors, the Synchronized wrapper's repr, its RLock and its ctypes object, and the
# errors for what is not a typecode.
import multiprocessing as mp
import sys

for code, init in [("i", 5), ("b", 200), ("B", -1), ("h", 70000), ("H", -2), ("I", -1), ("l", 2**63),
                   ("L", -1), ("q", -7), ("Q", 2**64 + 3), ("f", 0.1), ("d", 1), ("c", b"a"), ("u", "x")]:
    v = mp.Value(code, init)
    print(code, v, v.value)

print(mp.Value("i"), mp.Value("d"), mp.Value("c"), mp.Value("f"))
r = mp.RawValue("i", 7)
print(r, type(r), type(r).__name__, r.value, bool(r), bool(mp.RawValue("d")))
print(mp.Value("i", 3, lock=False))

v = mp.Value("i", 1)
v.value = 2**31
print(v.value)
v.value = -2**31 - 1
print(v.value)
v.value = True
print(v, sys.getrefcount(v))
for code, bad in [("i", 1.5), ("i", "1"), ("d", "x"), ("d", 10**400), ("c", "a"), ("c", 300), ("c", b"ab"),
                  ("u", "ab"), ("u", b"a")]:
    try:
        mp.Value(code).value = bad
    except (TypeError, OverflowError) as e:
        print(code, repr(bad)[:12], type(e).__name__, e)

for bad in ["x", "qq", 3, None]:
    for make in (mp.Value, mp.RawValue):
        try:
            make(bad, 1)
        except TypeError as e:
            print(repr(bad), type(e).__name__, e)
try:
    mp.Value("i", 1, 2)
except TypeError as e:
    print(e)
try:
    mp.Value("i", 1, lock=3)
except AttributeError as e:
    print(e)

lock = v.get_lock()
print(lock, type(lock), type(v), type(v.get_obj()), v.get_obj())
with lock:
    print(lock)
    with v.get_lock():
        print(lock, v.value)
print(lock)
with v:
    print(v.get_lock())
v2 = mp.Value("i", 0, lock=mp.Lock())
print(v2.get_lock(), type(v2).__mro__)
v2.value += 5
print(v2.value)
v.value = "x"
