# An AttributeError keeps the name it looked for and the object it looked in (3.10+): the object stays
# referenced while the exception lives. 3.13 words a failed assignment on an object without __dict__.
import sys

class Box:
    pass

box = Box()
print(sys.getrefcount(box))
try:
    box.missing
except AttributeError as e:
    print(e.name, e.obj is box, sys.getrefcount(box))
    kept = e
print(sys.getrefcount(box))
del kept
print(sys.getrefcount(box))

print(getattr(box, 'missing', 'default'), hasattr(box, 'missing'), sys.getrefcount(box))

for target in [object(), 5, [], None]:
    try:
        target.x = 1
    except AttributeError as e:
        print(e, '|', e.name, e.obj is target)

class Slotted:
    __slots__ = ('value',)

s = Slotted()
try:
    s.other = 1
except AttributeError as e:
    print(e)
try:
    del s.other
except AttributeError as e:
    print(e)
try:
    del box.missing
except AttributeError as e:
    print(e, e.name)
try:
    [].append = 1
except AttributeError as e:
    print(e)

class Prop:
    @property
    def broken(self):
        raise AttributeError('inside the property')

try:
    Prop().broken
except AttributeError as e:
    print(e, '|', e.name)
