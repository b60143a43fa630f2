# string.Formatter, CPython's own Python class over _string: format and vformat with positional, keyword,
# attribute and index fields, conversions and nested specs, parse()'s pieces (literal, field, spec, conversion),
# a subclass overriding get_value and convert_field, and the ValueErrors of malformed format strings.
import string


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'))
print(f.format('{name!r:>10}|{p.x}|{items[1]}|{0:{w}.{prec}f}', 3.14159, name='ann', p=Point(1, 2), items=[5, 6], w=8, prec=2))
print(f.vformat('{a}{b!s}{c!a}', (), {'a': 1, 'b': 'two', 'c': 'é'}))
print(list(f.parse('a{{b}}c{0!r:>{w}}d}}e{}')))
print(list(f.parse('')), list(f.parse('plain')), list(f.parse('{x}')))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}?>')
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


d = Defaults()
print(d.format('{known} {unknown} {0} {known!u}', 'pos', known='yes'))
for bad in ['{', '}', 'a{0', '{0!}', '{0!r x}', '{0:{1}', '{[}', '{0.}', '{0[}', '{0]x}', '{} {0}', '{0} {}', '{!z}']:
    try:
        print(repr(f.format(bad, 1, 2)))
    except (ValueError, IndexError, KeyError) as e:
        print(bad, type(e).__name__, e)
