# int.to_bytes and int.from_bytes (the library reference's examples): two's complement when signed,
# byteorder by position or name, from_bytes of bytes, bytearray, lists and iterators of ints; their errors.
print(int.from_bytes(b'\x00\x10', byteorder='big'), int.from_bytes(b'\x00\x10', byteorder='little'))
print(int.from_bytes(b'\xfc\x00', byteorder='big', signed=True), int.from_bytes(b'\xfc\x00', 'big', signed=False))
print(int.from_bytes([255, 0, 0], byteorder='big'), int.from_bytes(bytearray(b'\x01\x02')), int.from_bytes(b''), int.from_bytes(b'', signed=True))
print(int.from_bytes((1, 2), 'little'), int.from_bytes(iter([128]), signed=True), int.from_bytes(bytes=b'\xff'))
print((1024).to_bytes(2, byteorder='big'), (1024).to_bytes(10, byteorder='big'))
print((-1024).to_bytes(10, byteorder='big', signed=True), (-128).to_bytes(1, signed=True), (0).to_bytes(0))
x = 1000
print(x.to_bytes((x.bit_length() + 7) // 8, byteorder='little'), (255).to_bytes(), True.to_bytes(2, 'little'))
tries = [
    lambda: (256).to_bytes(), lambda: (128).to_bytes(1, signed=True), lambda: (-129).to_bytes(1, 'big', signed=True),
    lambda: (-1).to_bytes(1), lambda: (1).to_bytes(-1), lambda: (1).to_bytes(0), lambda: (1).to_bytes(1.0),
    lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes(1, 'big', True),
    lambda: (1).to_bytes(1, 'big', sign=True), lambda: (1).to_bytes(1, length=2),
    lambda: int.from_bytes('abc'), lambda: int.from_bytes(5), lambda: int.from_bytes([256]), lambda: int.from_bytes(['a']),
    lambda: int.from_bytes(), lambda: int.from_bytes(b'a', None),
]
for attempt in tries:
    try:
        print(attempt())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
