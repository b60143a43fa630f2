# An Enum class: singletons made with the class, lookups by attribute, value and name, aliases,
# __members__, iteration, comparisons, hashing, dict keys, str/repr/format, dir() and the errors.
import sys
from enum import Enum, IntEnum, auto, unique, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(1), Color['GREEN'], Color(Color.BLUE))
print(list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color, repr(Color), type(Color), type(Color) is EnumMeta, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(hash(Color.RED) == hash('RED'))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], d)
print(f"{Color.RED}", format(Color.RED), "{:>12}|".format(Color.GREEN), str(Color.BLUE))
print(Color.RED in Color)
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError:", e)
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
print(sorted(Color, key=lambda c: c.value))
print(list(reversed(Color)))
print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN), sys.getrefcount(Color))

class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.SQUARE + 1, Shape.CIRCLE == 1, f"{Shape.SQUARE}", Shape(2))
print(isinstance(Shape.CIRCLE, int), sorted([Shape.SQUARE, Shape.CIRCLE]), Shape.CIRCLE < 2)

@unique
class Ok(Enum):
    A = auto()
    B = auto()
print(list(Ok), Ok.B.value)
try:
    @unique
    class NotOk(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return self.mass / (self.radius ** 3)
    def describe(self):
        return f"{self.name} weighs {self.mass}"
print(Planet.EARTH.value, Planet.MARS.mass, Planet.EARTH.describe(), round(Planet.MARS.density))
print(dir(Color))
print(dir(Color.RED))
print(Color.RED.__class__, Color.__name__, Color.__qualname__, Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else None)
