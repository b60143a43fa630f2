# Writing through a view of a bytearray (items and slices of the same length); a view of bytes is read-only.
data = bytearray(b"0123456789")
v = memoryview(data)
v[0] = 65
v[-1] = 66
v[1:3] = b"xy"
v[3:5] = bytearray(b"pq")
v[5:7] = memoryview(b"MN")
v[::3] = b"****"
print(data)
strided = v[1::2]
strided[0] = 0x5f
strided[1:3] = b"!!"
print(data, strided.tobytes())
v[0:4] = v[4:8]
print("overlap:", data)
attempts = ["v[0] = 256", "v[0] = -1", "v[0] = 'a'", "v[0] = b'a'", "v[0:2] = b'xyz'", "v[0:2] = [1, 2]",
            "v[::2] = b'12'", "del v[0]", "del v[0:2]", "v[10] = 1", "v[1.5] = 1", "v[True] = 49", "v['x'] = 1"]
for attempt in attempts:
    try:
        exec(attempt)
        print(attempt, "worked")
    except Exception as e:
        print(attempt, "->", type(e).__name__, e)
print(data)
frozen = memoryview(b"read only")
for attempt in ["frozen[0] = 65", "frozen[0:1] = b'R'", "del frozen[0]"]:
    try:
        exec(attempt)
    except TypeError as e:
        print(attempt, "->", e)
print(frozen.tobytes(), frozen.toreadonly().readonly, v.toreadonly().readonly)
ro = v.toreadonly()
try:
    ro[0] = 1
except TypeError as e:
    print("toreadonly:", e)
