# A metaclass's __prepare__ returning a dict subclass: the class body's names go through its own
# __setitem__ / __getitem__ / __delitem__ (STORE_NAME, LOAD_NAME, DELETE_NAME, LOAD_CLASSDEREF,
# SETUP_ANNOTATIONS), a missing name falls back to the globals then the builtins.
import sys


class LogDict(dict):
    def __setitem__(self, key, value):
        print("  set", key, type(value).__name__)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("  del", key)
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return LogDict()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)


x = 10


class A(metaclass=Meta):
    a = 1
    b = a + x
    c: int = 3

    def f(self):
        return self.a

    del b
    print("  len is", len)
    try:
        b
    except NameError as e:
        print("  NameError:", e)
    print("  locals is the namespace:", type(locals()).__name__)


print(A.a, A.c, A().f(), hasattr(A, 'b'), A.__annotations__)
print(type(A.__dict__).__name__, 'a' in A.__dict__)


class B(A, flag=True):
    def g(self):
        return super().f() + 1


print(B().g(), type(B).__name__)


def outer():
    y = "free variable"

    class C(metaclass=Meta):
        z = y
        print("  z =", z)
    return C


print(outer().z)


class Auto(dict):
    """A namespace that makes up a value for any name it lacks (__missing__)."""
    def __missing__(self, key):
        if key.startswith('__') or key in ('print',):
            raise KeyError(key)
        self[key] = value = len(self)
        return value


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()


class Numbers(metaclass=AutoMeta):
    zero
    one
    two
    print("  in body:", zero, one, two)


print(Numbers.zero, Numbers.one, Numbers.two)


class Strict(dict):
    def __setitem__(self, key, value):
        if key in self:
            raise TypeError(f"cannot redefine {key!r}")
        super().__setitem__(key, value)

    def __delitem__(self, key):
        raise ValueError("no deleting")


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()


try:
    class Twice(metaclass=StrictMeta):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class NoDel(metaclass=StrictMeta):
        a = 1
        del a
except NameError as e:
    print("NameError:", e, type(e.__context__).__name__)


class Plain(dict):
    pass


class PlainMeta(type):
    kept = None

    @classmethod
    def __prepare__(mcls, name, bases):
        ns = Plain()
        mcls.kept = ns
        return ns


class P(metaclass=PlainMeta):
    value = [1, 2, 3]
    print("  refcount of value in body:", sys.getrefcount(value))


ns = PlainMeta.kept
print(type(ns).__name__, sorted(ns), sys.getrefcount(ns))
print(sys.getrefcount(P.value), sys.getrefcount(P))
del PlainMeta.kept
print(sys.getrefcount(ns), sys.getrefcount(P.value))
del ns
print(sys.getrefcount(P.value))


class Broken(dict):
    def __getitem__(self, key):
        raise RuntimeError("lookup of " + key)


class BrokenMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Broken()


try:
    class Oops(metaclass=BrokenMeta):
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
