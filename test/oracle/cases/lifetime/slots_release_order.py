# A slotted instance releases its slots in member order, not assignment order: the class's own members
# sorted by name, then its base's (subtype_dealloc's clear_slots along the tp_base chain); a subclass
# without __slots__ keeps its other attributes in a __dict__, released after the slots.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Base:
    __slots__ = ("b", "a", "c")

s = Base()
s.c = Noisy("c"); s.a = Noisy("a"); s.b = Noisy("b")
del s
print("--")

class Derived(Base):
    __slots__ = ("z", "y")

t = Derived()
t.c = Noisy("c"); t.z = Noisy("z"); t.a = Noisy("a"); t.y = Noisy("y")
del t
print("--")

class Loose(Base):
    pass

u = Loose()
u.x = Noisy("x (dict)"); u.c = Noisy("c"); u.a = Noisy("a")
del u
print("end")
