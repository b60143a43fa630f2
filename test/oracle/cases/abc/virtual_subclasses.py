# ABCMeta's isinstance/issubclass: real subclasses, classes registered as virtual subclasses, and a
# __subclasshook__ that decides by the methods a class has; the caches learn the answers.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Picture:
    def draw(self):
        return "picture"


class Text:
    pass


print(isinstance(Picture(), Drawable), isinstance(Text(), Drawable), issubclass(int, Drawable), issubclass(Picture, Drawable))


class Sequenceish(metaclass=ABCMeta):
    pass


token = get_cache_token()
print(Sequenceish.register(tuple) is tuple, get_cache_token() - token)
print(isinstance((1,), Sequenceish), issubclass(tuple, Sequenceish), isinstance([], Sequenceish))
Sequenceish.register(list)
print(isinstance([], Sequenceish), issubclass(bool, Sequenceish))
try:
    Sequenceish.register(5)
except TypeError as e:
    print(e)
try:
    issubclass(5, Sequenceish)
except TypeError as e:
    print(e)


class Base(ABC):
    pass


class Child(Base):
    pass


try:
    Child.register(Base)
except RuntimeError as e:
    print(e)
print(Base.register(Child) is Child, issubclass(Child, Base), isinstance(Child(), Base))


class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...


class Dog(Animal):
    def speak(self):
        return "woof"


class Robot:
    def speak(self):
        return "beep"


Animal.register(Robot)
for thing in (Dog(), Robot(), Text()):
    print(type(thing).__name__, isinstance(thing, Animal), isinstance(thing, (Drawable, Animal)))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError:", e)
