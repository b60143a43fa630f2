# Descriptors written in Python: one with __set__ (a data descriptor) wins over the instance's dict,
# one with only __get__ does not; the built-in descriptors have __get__ / __set__ / __delete__ too.
import sys


class Logged:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("get", self.name[1:])
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        print("set", self.name[1:], value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name[1:])
        delattr(obj, self.name)


class Default:
    def __get__(self, obj, owner=None):
        return "default"


class Thing:
    size = Logged()
    label = Default()

    def method(self):
        return "method"


t = Thing()
t.size = 3
print(t.size, t.__dict__)
t.__dict__['size'] = 99
print(t.size)
del t.size
print(t.size, sorted(t.__dict__))
print(t.label)
t.label = "own"
print(t.label)
del t.label
print(t.label)

f = Thing.__dict__['method']
print(f.__get__(t)(), f.__get__(None, Thing) is f, type(f.__get__(t)).__name__)
p = property(lambda self: 42)
print(p.__get__(t), p.__get__(None, Thing) is p, p.fget(None), p.fset, p.fdel)


class Boxed:
    @property
    def value(self):
        return 42


try:
    Boxed.__dict__['value'].__set__(Boxed(), 1)
except AttributeError as e:
    print("AttributeError:", e)
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: "static")
print(cm.__get__(t)(), cm.__get__(None, Thing)(), sm.__get__(t)(), sm.__get__(None, Thing)())
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
print([hasattr(o, '__get__') for o in (f, p, cm, sm, 1, Thing)], [hasattr(o, '__set__') for o in (f, p, Logged())])
print(sys.getrefcount(t), sys.getrefcount(f))


class Hashed:
    def __init__(self, key):
        self.key = key

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, Hashed) and self.key == other.key


print(hash(Hashed("text")) == hash("text"), hash(Hashed(2**70)) == hash(2**70), hash(Hashed(-1)), {Hashed("a"): 1}[Hashed("a")])
print(format(3, ''), format(True, ''), int.__format__(255, 'x'), str.__format__('ab', '>4'), object.__format__(t, '') == repr(t))
try:
    object.__format__(t, 'x')
except TypeError as e:
    print("TypeError:", e)
print(str.__str__('abc'), str.__str__ is not object.__str__)
