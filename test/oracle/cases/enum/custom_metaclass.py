# A metaclass derived from EnumMeta: its __prepare__ gets the enum's namespace (_EnumDict; EnumDict in 3.13).
import enum
from enum import Enum, EnumMeta
class Meta(EnumMeta):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("namespace:", type(ns).__name__, type(ns).__qualname__, isinstance(ns, dict))
        return ns
class E(Enum, metaclass=Meta):
    A = 1
print(list(E), type(E).__name__, E.__class__.__mro__[1:])
print(enum.Enum.__module__, enum.EnumType.__module__, type(enum.auto()).__module__, enum.auto())
import sys
print(sys.getrefcount(E), sys.getrefcount(E.A), sys.getrefcount(Meta))
