# Items, slices (a slice is a view of the same buffer, strided with a step), and copies out of them.
data = bytearray(b"abcdefghij")
v = memoryview(data)
print(v[0], v[-1], v[True], len(v), list(v)[:3])
evens = v[::2]
print(len(evens), evens[1], evens.tobytes(), evens.tolist())
print(v[::-1].tobytes(), v[-2:-8:-2].tolist(), v[2:][::3].tobytes(), v[20:30].tobytes(), v[5:2].tolist())
print(bytes(v[1:4]), bytearray(v[::3]), v[1:4].hex(), v.hex(":"), v.hex("-", 3), v.hex(b"|", -4), v.hex(":", 0))
data[0] = 65
print("write through the bytearray:", v[0], evens[0])
print("== bytes:", v[:3] == b"Abc", v == data, evens == b"Acegi", v[:2] == [65, 98], v[:2] == bytearray(b"Ab"))
print("== views:", v[1:3] == memoryview(b"bc"), evens == evens[:], v != v[1:])
for x in v[7:]:
    print("iter", x)
it = iter(v[:2])
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(98 in v, 200 in v, bool(v), bool(v[3:3]))
for key in ("10", "-11", "'a'", "1.5", "None", "(1, 2)", "(1,)", "()", "(slice(1), slice(2))", "slice(None, None, 0)"):
    try:
        print(key, "->", v[eval(key)])
    except Exception as e:
        print(key, "->", type(e).__name__, e)
for bad in ("v < v", "v + v", "v * 2", "v.count", "v.tobytes('X')", "v.hex('::')", "v.hex(1)"):
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(v.tobytes("C"), v.tobytes(order="F"), v.tobytes(None))
