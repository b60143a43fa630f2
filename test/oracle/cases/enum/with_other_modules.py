# Enums with functools.total_ordering, copy, dataclasses, and the class's bookkeeping attributes.
import copy, functools, sys
from enum import Enum, IntEnum
from dataclasses import dataclass, field

@functools.total_ordering
class Level(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
print(Level.LOW < Level.HIGH, Level.HIGH >= Level.LOW, sorted([Level.HIGH, Level.LOW]))
print(copy.copy(Level.LOW) is Level.LOW, copy.deepcopy([Level.HIGH])[0] is Level.HIGH)

@dataclass
class Task:
    name: str
    level: Level = Level.LOW
    tags: list = field(default_factory=list)
t = Task("write")
print(t, t.level is Level.LOW)
print(Level._member_names_, Level._value2member_map_, Level.LOW._sort_order_)
print(Level.__members__.keys(), 'LOW' in Level.__members__)
x = Level.HIGH
if x is Level.HIGH:
    print("identity ok")
print(isinstance(Level.LOW, Enum), issubclass(Level, Enum), Level.LOW.__reduce_ex__(4))
print(sys.getrefcount(Level.LOW), sys.getrefcount(Level))
