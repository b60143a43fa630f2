# __new__: super().__new__(cls) reaches the built-in types' tp_new (the singleton, tuple and str subclasses),
# object.__new__'s argument checks, and a built-in base's __init__ running after a Python __new__.
import sys
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
a = Singleton(); b = Singleton()
print(a is b, sys.getrefcount(a))
class P: pass
try: object.__new__(P, 1)
except TypeError as e: print(e)
class R:
  def __new__(cls, *a): return super().__new__(cls, *a)
try: R(1)
except TypeError as e: print(e)
try: int.__new__(P)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: int.__new__(5)
except TypeError as e: print(e)
try: int.__new__()
except TypeError as e: print(e)
try: list.__new__(tuple)
except TypeError as e: print(e)
print(list.__new__(list, [1,2]), dict.__new__(dict, a=1), tuple.__new__(tuple, [1,2]), str.__new__(str, 5))
print(P.__new__ is object.__new__, type(object.__new__).__name__)
class S(ValueError): pass
print(repr(BaseException.__new__(S, 1)))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = Pt(1, 2)
print(p, type(p), sys.getrefcount(Pt), p[0])
class Up(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
u = Up("abc"); print(u, type(u).__name__, len(u))
class L(list):
    def __new__(cls, *a):
        self = super().__new__(cls)
        print("new", self)
        return self
print(L([1, 2]))
class WithInit:
    def __init__(self, x): self.x = x
w = object.__new__(WithInit)
print(hasattr(w, 'x'))
w2 = WithInit.__new__(WithInit, 5)
print(type(w2).__name__)
