# Mapping patterns: keys are looked up with .get(); extra keys are fine; **rest takes a copy.
def describe(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k!r}, other fields {sorted(rest)}'
        case {'type': t}:
            return f'unknown event {t}'
        case {}:
            return 'a mapping without a type'
        case _:
            return 'not a mapping'

print(describe({'type': 'click', 'pos': (3, 4), 'button': 1}))
print(describe({'type': 'key', 'key': 'q', 'mods': [], 'time': 1.5}))
print(describe({'type': 'scroll'}))
print(describe({'pos': (0, 0)}))
print(describe([('type', 'click')]))

class Defaults(dict):
    def __missing__(self, key):
        print('__missing__ called for', key)
        return 0

d = Defaults(a=1)
match d:
    case {'a': 1, 'b': b}:
        print('b is', b)
    case {'a': a, **others}:
        print('a is', a, 'others', others, type(others).__name__)
print(dict(d))

class Keys:
    A = 'alpha'
match {'alpha': 1, 2: 'two', None: 'none', -1: 'minus'}:
    case {Keys.A: 1, 2: two, None: n, -1: m}:
        print(two, n, m)
