# vars() without an argument is locals() (the tutorial builds a table from vars().items());
# vars(o) is o.__dict__: a class gives its mappingproxy, an object without one a TypeError.
import sys, math
class Point:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
print(sorted(vars(Point)), type(vars(Point)).__name__)
print(vars(math)['pi'])
def f(a, b=2):
    c = a + b
    return vars()
print(f(1))
table = {k: str(v) for k, v in vars().items() if k in ('p', 'f', 'Point', 'sys')}
print(sorted(table))
vars(p)['z'] = 3
print(p.z, vars(p) is p.__dict__)
for o in (5, 'text', [1]):
    try:
        vars(o)
    except TypeError as e:
        print(e)
try:
    vars(p, p)
except TypeError as e:
    print(e)
