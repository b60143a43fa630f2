# Class patterns: isinstance checks, __match_args__ for positional sub-patterns, keyword
# sub-patterns by attribute, and the built-in types that match themselves (int(x), str()...).
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point3(x, y, z=0):
            return f'3d on the plane at {x},{y}'
        case Point(x=0, y=y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Point(color='red'):
            return 'red (has a color attribute)'
        case Point():
            return 'somewhere else'
        case _:
            return 'not a point'

red = Point(5, 5)
red.color = 'red'
for p in [Point(0, 0), Point3(1, 2, 0), Point(0, 7), Point(3, 0), red, Point(1, 1), (0, 0)]:
    print(where(p))

def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int() | float() as num:
            return f'number {num}'
        case str(s) | bytes(s):
            return f'text of length {len(s)}'
        case list([*items]) | tuple(items):
            return f'sequence of {len(items)}'
        case dict({'k': v}):
            return f'dict with k={v}'
        case set() | frozenset():
            return 'set'
    return 'other'

for v in [True, -3, 4, 2.5, 'abc', b'xy', [1, 2], (1,), {'k': 9}, {1}, frozenset(), None]:
    print(repr(v), '->', kind(v))
