from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, p._asdict(), p._replace(x=100), Point._make([3, 4]))
print(Point.__doc__, Point.__new__.__doc__, Point.x.__doc__, Point.x)
print(Point(**{'x': 1, 'y': 2}), Point(*range(2)), p + (33,), p[:1])
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, blue=7), Color._field_defaults, Color.__new__.__defaults__)
Row = namedtuple('Row', 'id, class, _private', rename=True)
print(Row._fields, Row(1, 2, 3))
Single = namedtuple('Single', 'only')
print(Single(5), Single._make([6]))
match p:
    case Point(x=11, y=other):
        print('matched y =', other)
print(type(p).__name__, type(p).__module__, Point.__mro__)
print(Point.__new__.__qualname__, Point._make.__qualname__, Point.__match_args__, Point.__slots__)
