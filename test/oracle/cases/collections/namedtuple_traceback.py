from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p._replace(y=5))
# an unknown field: ValueError up to 3.12, TypeError from 3.13, raised in collections/__init__.py
p._replace(z=3)
