# __slots__ without '__weakref__' removes weak reference support; adding it (or inheriting a class that has it) restores it; the slot shows who refers weakly.
import weakref

class NoWeak:
    __slots__ = ("x",)

class WithWeak:
    __slots__ = ("x", "__weakref__")

class Regular:
    pass

class SubOfNoWeak(NoWeak):
    pass  # no __slots__: gets __dict__ and __weakref__ again

for cls in (NoWeak, WithWeak, Regular, SubOfNoWeak):
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(f"{cls.__name__:12} ok, __weakref__ is r: {obj.__weakref__ is r}")
    except TypeError as e:
        print(f"{cls.__name__:12} TypeError: {e}")

obj = Regular()
print("__weakref__ with no weakrefs:", obj.__weakref__)
r1 = weakref.ref(obj)
r2 = weakref.ref(obj, lambda r: None)
print("__weakref__ is the first ref:", obj.__weakref__ is r1)
print("'__weakref__' in Regular.__dict__:", "__weakref__" in Regular.__dict__, "in NoWeak.__dict__:", "__weakref__" in NoWeak.__dict__)
try:
    obj.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
