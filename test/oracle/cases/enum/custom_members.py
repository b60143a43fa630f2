# Members with their own __new__, __init__, methods, properties, __str__ and a mixed-in data type.
import sys
from enum import Enum, IntEnum

class Coin(Enum):
    PENNY = (1, 'copper')
    DIME = (10, 'silver')

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj

    def __str__(self):
        return f"{self.name.title()} ({self.value}c, {self.metal})"

    @property
    def dollars(self):
        return self.value / 100

print(Coin.PENNY, repr(Coin.DIME), Coin(10).metal, Coin.DIME.dollars, f"{Coin.PENNY}", "%s" % Coin.DIME)
print(sorted(c.value for c in Coin), Coin.__new__ is Coin.__new_member__, Coin(1) is Coin.PENNY)

class Grade(IntEnum):
    F = 0
    C = 2
    A = 4

    def __init__(self, points):
        self.label = self.name * points if points else '-'

    @classmethod
    def from_score(cls, score):
        return cls.A if score >= 90 else cls.C if score >= 70 else cls.F

print([g.label for g in Grade], Grade.from_score(95), Grade.from_score(75) > Grade.F, sum(Grade))
print(Grade.A.bit_length(), Grade.C.real, max(Grade), Grade(4) == 4.0)

class Unit(float, Enum):
    METER = 1.0
    INCH = 0.0254
print(Unit.INCH * 100, repr(Unit.METER), str(Unit.INCH), f"{Unit.INCH}", f"{Unit.INCH.value:.2f}")

class Vector(tuple, Enum):
    UP = (0, 1)
    RIGHT = (1, 0)
print(Vector.UP[1], Vector.RIGHT + (5,), repr(Vector.UP), len(Vector.RIGHT))

class Temperature(Enum):
    COLD = 'cold'
    HOT = 'hot'
    def __format__(self, spec):
        return f"<{self.value:{spec}}>"
    def __repr__(self):
        return f"Temperature({self.value!r})"
print(f"{Temperature.COLD:>6}", repr(Temperature.HOT), [Temperature.HOT], str(Temperature.COLD))
print(sys.getrefcount(Coin.PENNY), sys.getrefcount(Grade.A), sys.getrefcount(Unit.METER), sys.getrefcount(Vector.UP))
