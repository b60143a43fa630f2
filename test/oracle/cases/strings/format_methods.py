# str.format and format_map: numbering, attribute and index fields, nested specs, and their errors.
class P:
    x = 3
print('{} {}'.format(1, 2), '{0}{1}{0}'.format('a', 'b'), '{x}'.format(x=3), '{:>5}|'.format('a'))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0[1]} {a[k]} {p.x}'.format([5, 6], a={'k': 9}, p=P))
print('{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{{literal}}'.format(), '{x}-{y}'.format_map({'x': 1, 'y': 2}))
for fmt, args, kwargs in (('{}', (), {}), ('{1}', (1,), {}), ('{x}', (), {'y': 1}), ('{', (), {}),
                          ('}', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{!z}', (1,), {}),
                          ('{0!r', (1,), {})):
    try:
        fmt.format(*args, **kwargs)
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
for fmt in ('{x}', '{}'):
    try:
        fmt.format_map({})
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(Missing(a=1)))
