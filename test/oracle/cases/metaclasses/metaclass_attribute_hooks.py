# A metaclass's __setattr__, __delattr__ and __getattr__ run for its classes' attributes; type's own
# are reached with super(); a class's __name__ and __qualname__ can be reassigned.
class Meta(type):
    def __setattr__(cls, name, value):
        print("setattr", cls.__name__, name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("delattr", cls.__name__, name)
        super().__delattr__(name)

    def __getattr__(cls, name):
        print("getattr", cls.__name__, name)
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)

    def __dir__(cls):
        return ['b', 'a', 'c']

    @property
    def info(cls):
        return "info of " + cls.__name__


class Base(metaclass=Meta):
    x = 1


class Derived(str, Base):
    pass


print(Derived.__bases__, Derived.__mro__, repr(Base), type(Base))
Base.y = 2
print(Base.x, Base.y, Base.dyn_hello, Base.info)
del Base.y
try:
    Base.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.info = 3
except AttributeError as e:
    print("AttributeError:", e)
print(dir(Base), dir(Derived))
type.__setattr__(Base, 'z', 3)
print(Base.z, type.mro(Derived) == list(Derived.__mro__), Base.mro())
Base.__name__ = 'Renamed'
Base.__qualname__ = 'Outer.Renamed'
print(Base, Base.__name__, Base.__qualname__)
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Child(Plain):
    pass


try:
    class Keyword(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
print(Plain.__init_subclass__ is Plain.__init_subclass__, object.__init_subclass__ is object.__init_subclass__)
