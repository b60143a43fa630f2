errors = [
    ValueError('single'),
    KeyError('key'),
    OSError(2, 'No such file'),
    Exception('a', 'b', 3),
    Exception(),
    IndexError(),
]
for e in errors:
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)
