# 3.13 stores __firstlineno__ and __static_attributes__ in every class body (the names of `self.X = ...`
# stores in its functions, sorted); 3.11 and 3.12 have neither.
def deco(c):
    return c


@deco
class A:
    """A class."""
    z = 0

    def f(self):
        self.b = 1
        self.a: int = 2
        self.c += 1          # an augmented assignment is not counted
        del self.d           # nor a deletion
        (self.e, self.f) = 1, 2
        def inner(s):
            s.h = 1          # only a name spelled `self` counts
            self.i = 4

    def k(this):
        this.l = 1
        self.m = 1

    class Inner:
        def f(self):
            self.n = 1


print(getattr(A, '__firstlineno__', None), getattr(A, '__static_attributes__', None))
print(getattr(A.Inner, '__firstlineno__', None), getattr(A.Inner, '__static_attributes__', None))
print(list(A.__dict__))


class B:
    pass


print(list(B.__dict__))


class C:
    __firstlineno__ = 99
    x = 1


print(getattr(C, '__firstlineno__', None), list(C.__dict__))
