# object.__getstate__ (3.11+): None for an empty __dict__, else the dict itself, paired with the values of
# the slots (copyreg._slotnames, cached in the class's __slotnames__); copy.copy and deepcopy go through it,
# or through a class's own __getstate__/__setstate__ or __reduce__.
import copy
class Base:
    __slots__ = ("a", "b")
class Child(Base):
    pass
c = Child()
c.a = [1]; c.extra = "e"
print(c.__getstate__())
c2 = copy.copy(c)
print(c2.a is c.a, vars(c2), hasattr(c2, "b"))
c3 = copy.deepcopy(c)
print(c3.a == c.a, c3.a is c.a, vars(c3))
p = copy.copy(c)
print(type(p).__name__, p.a, vars(p))
s = Base(); s.b = 2
print(s.__getstate__(), copy.copy(s).b)
class WithReduce(Base):
    __slots__ = ()
    def __reduce__(self):
        return (WithReduce, ())
print(type(copy.copy(WithReduce())).__name__)
print(Child.__slotnames__ if hasattr(Child, "__slotnames__") else "no cache")
class C: pass
try:
    C().__getstate__(1)
except TypeError as e:
    print(e)
print(C().__getstate__(), object().__getstate__(), "__slotnames__" in C.__dict__)
c = C(); c.x = [1]
print(c.__getstate__() is c.__dict__, C.__slotnames__)
class Custom:
    __slots__ = ("v",)
    def __getstate__(self):
        return {"v": "custom"}
    def __setstate__(self, st):
        self.v = st["v"] + "!"
print(copy.copy(Custom()).v)
