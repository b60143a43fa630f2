# Class attributes that change while the program runs: every lookup after the change sees it (the
# simulator caches what it finds along a class's MRO, as CPython's method cache does).
import sys


class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    pass


c = Child()
print(c.kind, c.greet())

Base.kind = "changed"                      # a base's attribute, read through the subclass
print(c.kind, Child.kind)

Child.kind = "own"                         # the subclass shadows it
print(c.kind, Base.kind)

del Child.kind                             # and stops shadowing it
print(c.kind)

Base.greet = lambda self: "hello from a lambda"
print(c.greet())

setattr(Child, "greet", lambda self: "hello from Child")
print(c.greet())
delattr(Child, "greet")
print(c.greet())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1                 # a class attribute changed at every instantiation


for _ in range(5):
    Counter()
print(Counter.count)


def init(self, value):
    self.value = value


Child.__init__ = init                      # __init__ added after instances were made
print(Child(7).value)


class Noisy:
    pass


n = Noisy()
del n                                      # freed without a __del__
Noisy.__del__ = lambda self: print("Noisy.__del__")
n = Noisy()
del n                                      # the __del__ added since runs
print(sys.getrefcount(Noisy.__dict__["__del__"]))

Base.__repr__ = lambda self: "<a Base>"
print(repr(c), str(c))
