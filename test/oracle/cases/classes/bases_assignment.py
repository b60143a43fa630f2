# `C.__bases__ = (...)` (Objects/typeobject.c: type_set_bases): attribute lookups, isinstance and the
# MRO follow the new bases, for the class's subclasses too (mro_hierarchy); __subclasses__() moves; the
# class keeps the assigned tuple and references its new bases (sys.getrefcount); and CPython's checks:
# a non-empty tuple of classes, no inheritance cycle, the same deallocator and instance layout as the old
# base, a consistent MRO for the class and each subclass (else nothing changes).
import sys


class A:
    x = 'A.x'

    def hello(self):
        return 'hello from A'


class B:
    y = 'B.y'


class C(A):
    pass


class D(C):
    pass


c = C()
d = D()
print(c.x, c.hello(), isinstance(c, A), hasattr(c, 'y'))
ra, rb = sys.getrefcount(A), sys.getrefcount(B)
new = (B,)
before = sys.getrefcount(new)
C.__bases__ = new
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(sys.getrefcount(new) - before, sys.getrefcount(A) - ra, sys.getrefcount(B) - rb)
print(c.y, d.y, hasattr(c, 'x'), isinstance(c, A), isinstance(d, B), issubclass(D, B))
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(C.__mro__, c.x, c.y, d.hello())
print(sys.getrefcount(new) - before, sys.getrefcount(A) - ra, sys.getrefcount(B) - rb)
print(A.__subclasses__(), B.__subclasses__())
del new


def attempt(label, cls, bases):
    try:
        cls.__bases__ = bases
        print(label, 'ok', cls.__mro__)
    except TypeError as e:
        print(label, 'TypeError:', e)


class E:
    pass


attempt('empty', C, ())
attempt('list', C, [A])
attempt('non-class', C, (A, 1))
attempt('cycle', A, (D,))
attempt('self', A, (A,))
attempt('object to class', E, (A,))
attempt('duplicate', C, (A, B, A))


class I(int):
    pass


class L(list):
    pass


class Ex(Exception):
    pass


attempt('int to class', I, (A,))
attempt('int to object', I, (object,))
attempt('int to bool', I, (bool,))
attempt('list to dict', L, (dict,))
attempt('list to class', L, (A,))
attempt('Exception to ValueError', Ex, (ValueError,))
attempt('ValueError to OSError', Ex, (OSError,))
attempt('immutable', int, (object,))


class S1:
    __slots__ = ('a',)


class S2:
    __slots__ = ('a',)


class S3:
    __slots__ = ('b',)


class T(S1):
    pass


attempt('same slots', T, (S2,))
attempt('other slots', T, (S3,))


class X:
    pass


class Y:
    pass


class P(X, Y):
    pass


class Q(Y, X):
    pass


class R(P):
    pass


class Sub(R, Y):
    pass


attempt('inconsistent', R, (P, Q))
# R's MRO would be fine, its subclass's is not: both stay as they were.
attempt('inconsistent subclass', R, (Y, X))
print(R.__bases__, R.__mro__, Sub.__mro__)
try:
    del C.__bases__
except TypeError as e:
    print('del:', e)
