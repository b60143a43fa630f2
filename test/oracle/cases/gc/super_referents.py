# gc.get_referents(super object) (super_traverse): the object, the class the lookup starts after, and the
# object's type as supercheck found it (the object itself when it is a class, as in super(B, B)).
import gc


class A:
    def bound(self):
        return super()


class B(A):
    pass


def names(objects):
    return [o.__name__ if isinstance(o, type) else type(o).__name__ for o in objects]


b = B()
print("super(B, b):", names(gc.get_referents(super(B, b))))
print("super(A, b):", names(gc.get_referents(super(A, b))))
print("super(B, B):", names(gc.get_referents(super(B, B))))
print("zero-argument super():", names(gc.get_referents(b.bound())))
