# issubclass() with a first argument that is not a class (Objects/abstract.c: object_issubclass,
# recursive_issubclass): a tuple second argument is tried one item at a time, stopping at the first true
# or error, so a non-class raises "arg 1 must be a class" as soon as an item checks it (a plain class, an
# ABC's __subclasscheck__), an empty tuple is False, and an earlier true answer wins over later errors.
import abc
from collections.abc import Iterable, Sized


class Base(abc.ABC):
    pass


class Plain:
    pass


def attempt(label, derived, cls):
    try:
        print(label, issubclass(derived, cls))
    except TypeError as e:
        print(label, 'TypeError:', e)


attempt('int', 1, int)
attempt('tuple of types', 1, (int, str))
attempt('empty tuple', 1, ())
attempt('nested tuple', 'x', ((), (str,)))
attempt('ABC', 1, Base)
attempt('tuple of ABCs', 1, (Base, Iterable))
attempt('ABC then type', 1, (Sized, int))
attempt('type then ABC', 1, (Plain, Base))
attempt('instance of ABC subclass', Plain(), (Base,))
attempt('union', 1, int | str)
attempt('true first', bool, (int, 1))
attempt('non-class item', bool, (1, int))
attempt('both non-class', 1, (2,))
attempt('generic alias', 1, (list[int],))
attempt('class in ABC tuple', Plain, (Base, Iterable, Plain))
attempt('list in ABCs', list, (Base, Iterable))
Base.register(Plain)
attempt('registered', Plain, (int, Base))
attempt('None', None, (Base, int))


class Meta(type):
    def __subclasscheck__(cls, sub):
        print('  __subclasscheck__', cls.__name__, sub)
        return False


class Checked(metaclass=Meta):
    pass


attempt('hook then type', 1, (Checked, int))
attempt('type then hook', 1, (int, Checked))
attempt('hook only', 1, (Checked,))
