# A class is always in a reference cycle (its __mro__ contains it), so a weakref to a deleted class stays alive until gc.collect(); instances die at once.
import gc
import weakref

gc.disable()
gc.collect()

class Temporary:
    pass

inst = Temporary()
r_inst = weakref.ref(inst, lambda r: print("instance callback"))
r_cls = weakref.ref(Temporary, lambda r: print("class callback"))
print("Temporary in its own __mro__:", Temporary.__mro__[0] is Temporary)
del inst
print("class alive after its instance died:", r_cls() is not None)
del Temporary
print("after del Temporary:", r_cls() is not None, r_cls().__name__)
print("subclasses of object still list it:", any(c is r_cls() for c in object.__subclasses__()))
gc.collect()
print("after gc.collect():", r_cls())

def factory():
    class Local:
        pass
    return weakref.ref(Local)

r_local = factory()
print("class made in a function, after return:", r_local() is not None)
gc.collect()
print("after gc.collect():", r_local())
