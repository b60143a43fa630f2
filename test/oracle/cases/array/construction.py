import array

# every numeric typecode: its item size, an empty array's repr, a small one's
print(array.typecodes, array.ArrayType is array.array, array.array.__module__, array.array.__name__)
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    print(tc, a.itemsize, a.typecode, repr(array.array(tc)), a, len(a))

# initializers: list, tuple, range, generator, bytes, bytearray, another array
print(array.array('i', (4, 5)), array.array('i', range(3)), array.array('h', (x * x for x in range(4))))
print(array.array('B', b'ab'), array.array('h', bytearray(b'ab\x00\x01')), array.array('b', b'\xff\x80'))
src = array.array('i', [7, 8])
copy = array.array('i', src)
print(copy, copy == src, copy is src)
print(array.array('d', src), array.array('i', array.array('d', [1.0, 2.0])) if False else 'skip')
print(array.array('i', [True, False]), array.array('d', [1, 2.5, True]), array.array('f', [0.1, 1e39, -1e39]))
print(array.array('d', [float('inf'), -0.0, float('nan')]))
print(array.array('Q', [2**64 - 1]), array.array('q', [-2**63]), array.array('L', [2**64 - 1]), array.array('I', [2**32 - 1]))
print(array.array('f', [0.1])[0], array.array('d', [0.1])[0], str(array.array('f', [1.5, 0.2])))

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: array.array('z'))
attempt(lambda: array.array('ii'))
attempt(lambda: array.array(1))
attempt(lambda: array.array())
attempt(lambda: array.array('i', 'abc'))
attempt(lambda: array.array('i', b'abc'))
attempt(lambda: array.array('i', 5))
attempt(lambda: array.array('i', [1], 3))
attempt(lambda: array.array('i', x=[1]))
attempt(lambda: array.array('i', array.array('d', [1.0])))
attempt(lambda: array.array('i', [1, 'x']))
