# A class's own __setattr__/__delattr__ decides before any data descriptor (property, slot member):
# object.__setattr__ / object.__delattr__, reached through super(), then apply the descriptor.
class Logged:
    __slots__ = ("slot",)
    def __setattr__(self, name, value):
        print("__setattr__", name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)

class WithProperty(Logged):
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("property setter")
        object.__setattr__(self, "_v", value * 2)

o = WithProperty()
o.slot = 1
o.v = 5
print(o.slot, o.v)
del o.slot
try:
    o.nothing = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)

class Frozen:
    __slots__ = ("x",)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

fr = Frozen()
try:
    fr.x = 1
except AttributeError as e:
    print("AttributeError:", e)
object.__setattr__(fr, "x", 2)
print(fr.x)
try:
    object.__setattr__(Frozen, "y", 1)
except TypeError as e:
    print("TypeError:", e)
