b = b'hello'
print(b, b[0], b[1:3], len(b), list(b[:2]))
print(b.upper(), b + b' world', b * 2, b'ell' in b)
s = 'héllo'
encoded = s.encode('utf-8')
print(encoded, len(s), len(encoded))
print(encoded.decode('utf-8'), bytes([72, 105]), bytes(3))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), b'a,b'.split(b','), b'ff'.hex(), bytes.fromhex('4142'))
