# A subclass of a slotted class without __slots__ of its own gets a __dict__ for its other attributes:
# the inherited slots stay out of it (vars(), __dict__), reached only through their member descriptors;
# '__dict__' in __slots__ does the same. Deleting an empty slot raises AttributeError; a dict entry of
# the same name is not what the attribute reads.
class Base:
    __slots__ = ("a", "b")

class Child(Base):
    pass

c = Child()
c.a = 1; c.extra = [2]
print(vars(c), c.a)
print(sorted(k for k in dir(c) if not k.startswith("__")))

class WithDict(Base):
    __slots__ = ("c", "__dict__")

w = WithDict()
w.a = "a"; w.c = "c"; w.more = "more"
print(w.__dict__, w.a, w.c)
del w.a
try:
    w.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del w.b
except AttributeError as e:
    print("AttributeError:", e)
w.__dict__["a"] = "in the dict"
print(w.a if hasattr(w, "a") else "slot still empty", w.__dict__)
object.__setattr__(w, "b", "via object.__setattr__")
print(w.b, "b" in w.__dict__)
