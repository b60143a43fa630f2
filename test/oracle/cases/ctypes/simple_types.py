# ctypes' simple types: C's wrap-around and the setters' errors, reprs (c_float shows its float32 value),
# the aliases of a 64-bit Linux build, sizeof, py_object's NULL, and cast() to a non-pointer type.
import ctypes

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in (lambda: ctypes.c_int('a'), lambda: ctypes.c_int(1.5), lambda: ctypes.c_long(2**70), lambda: ctypes.c_ubyte(300),
          lambda: ctypes.c_byte(-129), lambda: ctypes.c_double('x'), lambda: ctypes.c_double(2), lambda: ctypes.c_float(0.1),
          lambda: ctypes.c_bool(5), lambda: ctypes.c_bool([]), lambda: ctypes.c_char(b'a'), lambda: ctypes.c_char(65),
          lambda: ctypes.c_char('a'), lambda: ctypes.c_int(), lambda: ctypes.c_void_p(), lambda: ctypes.c_void_p(16),
          lambda: ctypes.py_object(), lambda: ctypes.py_object().value, lambda: ctypes.py_object(1, 2), lambda: ctypes.c_int(1, 2),
          lambda: ctypes.c_uint(-1), lambda: ctypes.c_short(40000), lambda: ctypes.c_ulong(-1), lambda: ctypes.c_int(True)):
    attempt(f)
print([ctypes.c_int64, ctypes.c_ssize_t, ctypes.c_longlong, ctypes.c_size_t, ctypes.c_uint64, ctypes.c_int32, ctypes.c_int8, ctypes.c_uint16])
print(type(ctypes.c_int), ctypes.c_int.__mro__, ctypes.py_object.__mro__)
print([ctypes.sizeof(t) for t in (ctypes.c_bool, ctypes.c_char, ctypes.c_short, ctypes.c_int, ctypes.c_long, ctypes.c_double, ctypes.c_float, ctypes.c_void_p, ctypes.py_object)])
attempt(lambda: ctypes.sizeof(ctypes.c_int(3)))
attempt(lambda: ctypes.sizeof(3))
x = ctypes.c_int(7)
x.value = 2**40
print(x, bool(x))
x.value = -5
print(x.value, bool(ctypes.c_int()), bool(ctypes.py_object()), ctypes.c_int(7) == ctypes.c_int(7))
attempt(lambda: ctypes.cast(5, ctypes.c_int))
attempt(lambda: ctypes.cast(16, ctypes.c_void_p))
attempt(lambda: ctypes.c_long.from_address('x'))
