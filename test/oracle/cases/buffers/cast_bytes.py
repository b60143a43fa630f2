# cast between the byte formats: 'c' items are one-byte bytes, 'b' items are signed.
data = bytearray(b"\x01\xffAz")
v = memoryview(data)
c = v.cast("c")
print(c.format, c.tolist(), c[2], c.obj is data, c.itemsize)
c[3] = b"Z"
print(data)
for bad in ("c[0] = b'ab'", "c[0] = 65", "c[0] = 'a'"):
    try:
        exec(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
s = v.cast("b")
print(s.tolist(), s[1])
s[1] = -2
print(data, s.cast("B").tolist())
try:
    s[0] = 200
except ValueError as e:
    print(e)
print(c == v, c == b"\x01\xfeAZ", s == b"\x01", v.cast("b")[:1] == b"\x01", c == c.cast("c"))
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
try:
    v[::2].cast("c")
except TypeError as e:
    print(e)
try:
    v.cast(1)
except TypeError as e:
    print(e)

# Formats with the optional '@', and a one-dimensional shape.
m = memoryview(bytearray(b"abcd"))
for args in [("@B",), ("@c",), ("z",), ("BB",), ("=B",), ("B", [4]), ("B", (4,)), ("B", [2]), ("B", [0]), ("B", [-4]),
             ("B", ["4"]), ("B", 4), ("c", [4])]:
    try:
        r = m.cast(*args)
        print(args, r.format, r.shape, r.ndim, r.tolist())
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [("B", [0]), ("B",), ("c", [1])]:
    try:
        r = memoryview(b"").cast(*args)
        print(args, r.format, r.shape)
    except TypeError as e:
        print(args, e)
at = m.cast("@B")
at[0] = 65
print(at == m, at.cast("@c").format, at.cast("@c")[0], bytes(m))
try:
    at[0] = 300
except ValueError as e:
    print(e)
