# Calling a class whose __init__ is written in Python, on every path the call can end by: it returns
# None, returns something else, raises, cannot bind its arguments, the class is abstract, the calls
# nest or recurse past the limit; and what the __init__ frame sees of its caller.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self):
        return self.x + self.y

total = 0
for i in range(5):
    p = Point(i, -i)
    total += p.m()
print(total)

class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)

class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError(v)
try:
    Raises(3)
except ValueError as e:
    print(repr(e), e.__traceback__.tb_next.tb_frame.f_code.co_name)

try:
    Point(1)
except TypeError as e:
    print(e)

from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self): ...
class B(A):
    def __init__(self):
        pass
try:
    B()
except TypeError as e:
    print(e)

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(3)
print(d.child.child.child.child)

def rec(n):
    return Rec(n)
class Rec:
    def __init__(self, n):
        rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("recursion", e)

class Sub(Point):
    pass
s = Sub(2, 3)
print(s.m(), type(s).__name__)

import sys
class Q:
    def __init__(self):
        self.f = sys._getframe(1).f_code.co_name
print(Q().f)
def g():
    return Q().f
print(g())
