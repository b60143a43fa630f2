# The metaclass patterns of teaching code: a singleton through __call__, a registry, __prepare__,
# __instancecheck__/__subclasscheck__, a function as metaclass, and the errors CPython raises.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")


c1 = Config()
c2 = Config()
print(c1 is c2, len(Singleton._instances))


class PluginRegistry(type):
    plugins = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginRegistry.plugins.append(cls.__name__)


class Plugin(metaclass=PluginRegistry):
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(PluginRegistry.plugins)


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(4, (str, EvenNumber)))
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber), isinstance(EvenNumber(), EvenNumber))


class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'injected': 42}


class O(metaclass=Prepared):
    a = 1


print(O.injected, O.a)


def func_meta(name, bases, ns):
    print("func_meta", name, sorted(ns))
    return type(name, bases, ns)


class F(metaclass=func_meta):
    x = 1


print(type(F), F.__name__, F.x)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(e)
try:
    class A(metaclass=5):
        pass
except TypeError as e:
    print("A:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class B(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("B:", e)
try:
    class K(flag=1):
        pass
except TypeError as e:
    print("K:", e)
try:
    type('T', (), {}, foo=1)
except TypeError as e:
    print("T:", e)
try:
    M1('x')
except TypeError as e:
    print("M1:", e)
try:
    M1(1, 2, 3)
except TypeError as e:
    print("M1:", e)
