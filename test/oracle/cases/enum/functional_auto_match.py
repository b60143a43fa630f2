# The functional API, auto(), aliases, __members__ and iteration, and enums in match statements.
from enum import Enum, IntEnum, StrEnum, auto, member, nonmember

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape.SQUARE, Shape(3), [s.name for s in Shape])
Mood = IntEnum('Mood', {'SAD': 0, 'HAPPY': 10})
print(Mood.HAPPY + 1, repr(Mood.SAD), Mood.__qualname__)
Letter = Enum('Letter', ['A', 'B'], start=10)
print([(l.name, l.value) for l in Letter])

class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 10
    FOURTH = auto()
print([(o.name, o.value) for o in Ordinal])

class Lowered(StrEnum):
    NORTH = auto()
    SOUTH = auto()
print([str(d) for d in Lowered], Lowered.NORTH == 'north')

class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    ONE = auto()
    TWO = auto()
print([c.value for c in Custom])

class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 0
print(list(Status), len(Status), Status.RUNNING, Status(1).name)
print(list(Status.__members__), [m.name for m in Status.__members__.values()])
print(Status.ACTIVE in Status, Status.RUNNING is Status.ACTIVE)

class Config(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def action():
        return "acted"
print([c.name for c in Config], Config.helper, Config.action.value())

def describe(color):
    match color:
        case Traffic.RED:
            return "stop"
        case Traffic.GREEN | Traffic.YELLOW:
            return "go on"
        case _:
            return "?"

class Traffic(Enum):
    RED = 'red'
    YELLOW = 'yellow'
    GREEN = 'green'
print([describe(t) for t in Traffic], describe(42))
print({t: t.value.upper() for t in Traffic})
print(sorted(Traffic, key=lambda t: t.value), max(Traffic, key=lambda t: len(t.value)))
print(Traffic.RED.__class__.__name__, type(Traffic.RED) is Traffic, Traffic['GREEN'] == Traffic('green'))
print([t for t in reversed(Traffic)], bool(Traffic), bool(Traffic.RED))
