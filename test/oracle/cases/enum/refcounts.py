# Enum members are singletons made when the class is made: the class's dict, _member_map_ and
# _value2member_map_ each hold one; an alias adds two more (its class attribute and map entry).
import sys
from enum import Enum, IntEnum, auto

class Size(Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3
    BIG = 3

print("members:", sys.getrefcount(Size.SMALL), sys.getrefcount(Size.LARGE))
print("class:", sys.getrefcount(Size))
s = Size.SMALL
print("bound:", sys.getrefcount(Size.SMALL), sys.getrefcount(s))
t = Size(1)
u = Size['SMALL']
print("lookups are the same object:", s is t is u, sys.getrefcount(s))
del t, u
print("after del:", sys.getrefcount(s))
d = {s: 'small', Size.MEDIUM: 'medium'}
print("as dict keys:", sys.getrefcount(s), sys.getrefcount(Size.MEDIUM), d[Size(1)])
members = list(Size)
print("in a list:", sys.getrefcount(s), len(members))
del members, d
print("released:", sys.getrefcount(s), sys.getrefcount(Size.MEDIUM))
name = Size.SMALL.name
value = Size.SMALL.value
print("name and value:", name, value, sys.getrefcount(Size.SMALL.name) > 1)

class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print("IntEnum:", sys.getrefcount(Level.LOW), sys.getrefcount(Level))

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print("tuple value:", sys.getrefcount(Planet.EARTH), sys.getrefcount(Planet.EARTH.value), sys.getrefcount(Planet.EARTH.mass))

def make():
    class Temp(Enum):
        A = [1, 2]
        B = [3]
    return Temp
Temp = make()
payload = Temp.A.value
print("list value:", sys.getrefcount(payload), sys.getrefcount(Temp.A))
