# abc.ABC and @abstractmethod: a class with abstract methods left cannot be instantiated (the message
# names them, sorted, in each version's words), a subclass that implements them all can, and
# __abstractmethods__ follows inheritance; abstract properties, classmethods and staticmethods count.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class One(ABC):
    @abstractmethod
    def f(self):
        ...


for cls in (Shape, One):
    try:
        cls()
    except TypeError as e:
        print(e)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side


try:
    Square(2)
except TypeError as e:
    print(e)
sq = FullSquare(3)
print(sq.describe(), sq.perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), FullSquare.__abstractmethods__)
print(type(Shape).__name__, ABC.__slots__, type(Shape) is ABCMeta, isinstance(Shape, type))
print(sorted(Shape.__dict__))
print(type(Shape.__dict__['_abc_impl']))
print(Shape.area.__isabstractmethod__, hasattr(FullSquare.area, '__isabstractmethod__'))


class WithDescriptors(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithDescriptors.__abstractmethods__))
try:
    WithDescriptors()
except TypeError as e:
    print(e)
print(WithDescriptors.__dict__['name'].__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)


class Named(WithDescriptors):
    name = "named"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Named.make().name, Named.helper())


class Late(ABC):
    def run(self):
        ...


Late.run = abstractmethod(lambda self: None)
print(Late.__abstractmethods__, sorted(update_abstractmethods(Late).__abstractmethods__))
try:
    Late()
except TypeError as e:
    print(e)


class Meta(ABCMeta):
    pass


class Custom(metaclass=Meta):
    @abstractmethod
    def go(self):
        ...


try:
    Custom()
except TypeError as e:
    print(e)
print(type(Custom).__name__, Custom.__abstractmethods__)
