# ord() of a bytes or bytearray of one byte is that byte (the library reference's memoryview example
# writes v[0] = ord(b'z')); other lengths and types raise CPython's TypeErrors.
print(ord('a'), ord('€'), ord(b'z'), ord(bytearray(b'\xff')), ord(b'\x00'))
for arg in (b'', b'ab', bytearray(), 'ab', '', 5, [1]):
    try:
        ord(arg)
    except TypeError as e:
        print(e)
