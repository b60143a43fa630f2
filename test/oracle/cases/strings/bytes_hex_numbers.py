# bytes.hex with separators, fromhex's error positions, int()/float() of bytes, bytes(...) errors.
data = b'hello'
print(data.hex(), data.hex('-'), data.hex(':', 2), data.hex(':', -2), data.hex(b' '), b''.hex())
print(bytes.fromhex('de ad BE'), bytes.fromhex(' 01 '), bytearray.fromhex('0a0b'))
for call in (lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a b'),
             lambda: bytes.fromhex(b'ab'), lambda: data.hex(''), lambda: data.hex('é')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(b'1.5'), float(b' 2e3 '), float(bytearray(b'3.5')), int(b'42'), int(b' 7 '), int(b'ff', 16))
print(float(memoryview(b'1.25')), int(memoryview(b'42')), int(bytearray(b' 9 ')), int(b'1_000'), float(b'inf'), int(b'0x1f', 0))
for sep in ((':',), [1, 2], bytearray(b':'), 1):
    try:
        data.hex(sep)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: float(b'x'), lambda: int(b'x'), lambda: float(bytearray(b'?')), lambda: bytes([256]),
             lambda: bytearray([300]), lambda: bytes(['a']), lambda: bytes('é'), lambda: int(bytearray(b'z')),
             lambda: int(memoryview(b'x')), lambda: float(b'\xc3\xa9'), lambda: data.hex(2, b'')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'hello'.find(108), b'hello'.count(b'l'), b'hello'.rindex(b'l'), b'hello'.find(b'l', 3))
for call in (lambda: b'hello'.index(b'z'), lambda: b'hello'.find('l'), lambda: b'hello'.find(300)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'Hello World'.swapcase(), b'hello world'.title(), b'ab1'.isalnum(), b'\x80'.isascii(), b'a\xe9'.upper())
