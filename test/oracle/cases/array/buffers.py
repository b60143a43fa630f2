import array, sys

# memoryview of an array: its typecode is the format, one item per array item
a = array.array('i', [1, -2, 300000])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.shape, m.strides, m.readonly, m.obj is a, m.contiguous)
print(m[0], m[-1], m.tolist(), m[::2].tolist(), m[1:].strides, m[::-1].tolist(), m.tobytes() == a.tobytes())
print(sys.getrefcount(a))
m[0] = 7
m[1:3] = array.array('i', [8, 9])
print(a, m == a, m == array.array('i', [7, 8, 9]), m == [7, 8, 9], m == memoryview(array.array('d', [7.0, 8.0, 9.0])))

# while a view exists, the array cannot change its length
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: a.append(1))
attempt(lambda: a.extend([1]))
attempt(lambda: a.pop())
attempt(lambda: a.frombytes(b'\0\0\0\0'))
attempt(lambda: a.__delitem__(0))
attempt(lambda: a.__setitem__(slice(0, 1), array.array('i')))
attempt(lambda: a.__setitem__(slice(0, 1), array.array('i', [5])))
attempt(lambda: a.__iadd__(array.array('i', [1])))
attempt(lambda: a.__imul__(2))
attempt(lambda: a.__imul__(1))
attempt(lambda: a.remove(7))
attempt(lambda: a.insert(0, 1))
attempt(lambda: a.fromlist([1]))
a.reverse()
a.byteswap()
a.byteswap()
a[0] = 11
print(a, m.tolist())
attempt(lambda: m.__setitem__(0, 'x'))
attempt(lambda: m.__setitem__(0, 2**40))
attempt(lambda: m.__setitem__(slice(0, 1), array.array('h', [1])))
attempt(lambda: hash(m))
attempt(lambda: hash(m.toreadonly()))
attempt(lambda: m.cast('d'))
b = m.cast('B')
print(b.format, b.itemsize, len(b), b[:4].tolist())
attempt(lambda: hash(b.toreadonly()))
b.release()
m.release()
a.append(12)
print(a, sys.getrefcount(a))

with memoryview(a) as view:
    attempt(lambda: a.append(13))
a.append(13)
print(len(a))

# floats and the 8-byte types
d = array.array('d', [0.5, float('nan')])
md = memoryview(d)
print(md.format, md.itemsize, md.tolist()[0], md == md, md == d, memoryview(array.array('d', [1.5])) == array.array('f', [1.5]))
md[0] = 2
attempt(lambda: md.__setitem__(0, 'x'))
print(d[0], memoryview(array.array('f', [0.1]))[0], memoryview(array.array('Q', [2**64 - 1]))[0], memoryview(array.array('b', [-1]))[0])
md.release()

# bytes(), bytearray() and other buffer consumers copy the items' bytes
c = array.array('h', [1, 256])
print(bytes(c), bytearray(c), bytes(array.array('b', [65])), b''.join([c, b'!']), len(bytes(array.array('d', [1.0] * 3))))
e = array.array('B', [1, 2])
e.frombytes(array.array('B', [3]))
e.frombytes(memoryview(b'\x04'))
print(e)
attempt(lambda: e.frombytes(array.array('i', [1])))
attempt(lambda: e.frombytes(memoryview(array.array('h', [1]))))
