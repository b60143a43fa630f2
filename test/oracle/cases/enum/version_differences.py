# What changed between versions: `in` with a value (3.12+ answers, 3.11 warns and raises), a missing
# member's AttributeError (3.11's EnumType.__getattr__), classes nested in an enum (members until 3.13),
# auto() after values that do not sort, and a tuple value given as arguments (3.12+).
from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2

for probe in (1, 3, 'RED', Color.RED):
    try:
        print(repr(probe), probe in Color)
    except TypeError as e:
        print(repr(probe), "TypeError:", e)

try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)

class Outer(Enum):
    A = 1
    class Inner:
        pass
print([m.name for m in Outer], type(Outer.__dict__['Inner']).__name__)

try:
    class Mixed(Enum):
        A = 'a'
        B = 2
        C = auto()
    print([(m.name, m.value) for m in Mixed])
except TypeError as e:
    print("TypeError:", e)

class Point(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
try:
    print(Point(1, 1))
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
print(Point((1, 1)))

class Empty(Enum):
    pass
try:
    print(Empty(1))
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
