from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
attempts = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=2),
    lambda: Point._make([1]),
    lambda: namedtuple('P', 'x _y'),
    lambda: namedtuple('P', 'x x'),
    lambda: namedtuple('P', 'x def'),
    lambda: namedtuple('1P', 'x'),
    lambda: namedtuple('P', 'x y', defaults=(1, 2, 3)),
    lambda: setattr(p, 'x', 5),
    lambda: delattr(p, 'x'),
    lambda: p.z,
    lambda: Point.x.__get__(5),
    lambda: hash(Point(1, [2])),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
try:
    p._replace(z=3)
except (ValueError, TypeError) as e:
    print('_replace refuses', e)
