# Flag and IntFlag (composites, ~, in, iteration, boundaries), IntEnum and StrEnum mixed with their type,
# and methods of an enum.
import sys
from enum import Flag, IntFlag, auto, StrEnum, IntEnum, Enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W))
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W))
print(list(Perm), len(Perm), list(Perm.RWX), len(Perm.RWX))
print(Perm(6), Perm(0), repr(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(~Perm.R, repr(~Perm.R), Perm.RWX & Perm.W, Perm.R ^ Perm.RWX)
print((Perm.R | Perm.W).name, (Perm.R | Perm.W).value, Perm.RWX.name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([c.value for c in Color], Color.RED | Color.BLUE, f"{Color.GREEN}")

class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4
print(Open.READ | Open.WRITE, repr(Open.READ | Open.WRITE), Open.READ | 8, repr(Open(9)), Open.WRITE + 1, Open.READ == 1)
print(isinstance(Open.READ, int), f"{Open.APPEND}", format(Open.WRITE, '>4'), str(Open.READ), int(Open.APPEND))

class Animal(StrEnum):
    DOG = auto()
    CAT = 'kitty'
print(Animal.DOG, repr(Animal.DOG), Animal.CAT, Animal.CAT == 'kitty', Animal.DOG.upper(), f"{Animal.CAT:>8}|", Animal('dog'))
print(isinstance(Animal.DOG, str), len(Animal.CAT), Animal.DOG + '!', str(Animal.CAT), "%s" % Animal.DOG)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num.TWO * 3, sorted([Num.TWO, Num.ONE]), Num(2), f"{Num.TWO:03d}", str(Num.ONE), repr(Num.ONE), Num.ONE == 1, hash(Num.ONE) == hash(1))
print({1: 'a'}[Num.ONE], Num.TWO in [2], [10, 20, 30][Num.TWO])

class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def first(cls):
        return cls.MON
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.first(), Weekday.MON.next(), Weekday.TUE.next())
print(sys.getrefcount(Perm.R), sys.getrefcount(Open.READ), sys.getrefcount(Animal.DOG), sys.getrefcount(Num.ONE) > 0)
