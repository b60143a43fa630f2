# The errors enum raises, caught: bad values and names, reassigning and deleting members, bad classes.
from enum import Enum, IntEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("Color(3)", lambda: Color(3))
attempt("Color('RED')", lambda: Color('RED'))
attempt("Color['red']", lambda: Color['red'])
attempt("Color.BLUE", lambda: Color.BLUE)
attempt("del Color.RED", lambda: delattr(Color, 'RED'))
attempt("Color.RED = 1", lambda: setattr(Color, 'RED', 1))
attempt("Color.GREEN.name = 'x'", lambda: setattr(Color.GREEN, 'name', 'x'))
attempt("Color()", lambda: Color())
attempt("Color.__members__['X'] = 1", lambda: Color.__members__.__setitem__('X', 1))
attempt("Color.RED < Color.GREEN", lambda: Color.RED < Color.GREEN)
attempt("Color.RED + 1", lambda: Color.RED + 1)
attempt("len(Color.RED)", lambda: len(Color.RED))
attempt("Color.RED.RED", lambda: Color.RED.RED)
attempt("Color.RED.value", lambda: Color.RED.value)

def define(label, make):
    try:
        cls = make()
        print(label, "->", list(cls))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def twice():
    class Twice(Enum):
        A = 1
        A = 2
    return Twice
define("twice", twice)

def extend():
    class Sub(Color):
        BLUE = 3
    return Sub
define("extend", extend)

def sunder():
    class Bad(Enum):
        _private_ = 1
    return Bad
define("sunder", sunder)

def mro_name():
    class Bad(Enum):
        mro = 1
    return Bad
define("mro", mro_name)

def dup():
    @unique
    class D(Enum):
        A = 1
        B = 2
        C = 1
        E = 2
    return D
define("unique", dup)

def intenum_bad():
    class N(IntEnum):
        A = 'x'
    return N
define("IntEnum str value", intenum_bad)

def order():
    class O(Enum):
        _order_ = 'A B'
        B = 2
        A = 1
    return O
define("_order_", order)

def ignore():
    class I(Enum):
        _ignore_ = 'tmp'
        tmp = 5
        A = 1
    return I
define("_ignore_", ignore)

def descriptor():
    class WithDesc(Enum):
        A = 1
        def describe(self):
            return self.name.lower()
        @property
        def double(self):
            return self.value * 2
        @staticmethod
        def helper():
            return "helper"
    return WithDesc
define("descriptors", descriptor)

class Missing(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Missing('a'), Missing('b'))
attempt("Missing(3)", lambda: Missing(3))
attempt("Missing('c')", lambda: Missing('c'))

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
attempt("Bad(2)", lambda: Bad(2))
