# Built-in types called with arguments they do not take.
cases = [
    (int, (1, 2, 3)), (float, (1, 2)), (str, (1, 2, 3, 4)), (str, ('a', 'utf-8', 1)), (str, (b'a', 1)),
    (str, ('a', 'utf-8')), (str, (5, 'utf-8')), (bytes, ('a', 1)), (bytes, (1, 2, 3, 4)), (bytes, ('a',)),
    (bytes, (1, 'utf-8')), (dict, (1, 2)), (set, (1, 2)), (frozenset, (1, 2)), (type(None), (1,)),
    (type(...), (1,)), (type(NotImplemented), (1,)), (type(lambda: 0), ('C', (1,), {})), (type(lambda: 0), ()),
    (object, (1,)), (list, (1, 2)), (tuple, (1, 2)), (bool, (1, 2)), (type, (1, 2)), (type, ('C', 1, {})),
    (type, ('C', (), 1)), (type, (1, (), {})), (range, ()), (slice, ()), (slice, (1, 2, 3, 4)), (enumerate, ()),
    (reversed, ()), (property, (1, 2, 3, 4, 5)), (bytearray, (1, 2, 3, 4)), (memoryview, ()), (staticmethod, ()),
    (classmethod, (1, 2)), (super, (1, 2, 3)),
]
for t, args in cases:
    try:
        result = t(*args)
        print(t.__name__, args, '->', repr(result))
    except TypeError as e:
        print(t.__name__, args, 'TypeError:', e)
print(type(None)() is None, str(b'abc', 'utf-8'), bytes('abc', 'utf-8'))
