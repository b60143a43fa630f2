# inspect.signature() of what is not a plain function: a class (its __init__ or __new__, a metaclass's
# __call__, a dataclass, a class with neither: object's), methods bound and not, static and class
# methods, an instance with __call__, functools.partial, a function wrapped by functools.wraps (followed
# through __wrapped__ unless follow_wrapped=False) and one with its own __signature__.
import inspect
import functools
from dataclasses import dataclass
from typing import List, Optional

class Point:
    def __init__(self, x, y=0):
        pass
    def move(self, dx, /, dy=0):
        pass
    @staticmethod
    def origin(a, b):
        pass
    @classmethod
    def parse(cls, text, sep=','):
        pass
    def __call__(self, scale, *, round_to=None):
        pass
print(inspect.signature(Point), inspect.signature(Point.move), inspect.signature(Point(1).move))
print(inspect.signature(Point.origin), inspect.signature(Point.parse), inspect.signature(Point(1)))

class Plain:
    pass
print(inspect.signature(Plain))

class WithNew:
    def __new__(cls, a, *, b=1):
        return super().__new__(cls)
print(inspect.signature(WithNew))

class Meta(type):
    def __call__(cls, q, r=2):
        return super().__call__()
class Made(metaclass=Meta):
    pass
print(inspect.signature(Made))

@dataclass
class Item:
    name: str
    qty: int = 1
print(inspect.signature(Item))

def target(a, b, *args, c, d=4, **kw):
    pass
print(inspect.signature(functools.partial(target, 1, c=5)), inspect.signature(functools.partial(target, b=2)))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=None):
    pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))

def annotated(a: List[int], b: Optional[str] = None, c: 'int' = 3) -> List[str]:
    pass
print(inspect.signature(annotated))
print(inspect.signature(annotated, eval_str=True).parameters['c'].annotation)

def custom():
    pass
custom.__signature__ = inspect.Signature([inspect.Parameter('z', inspect.Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(custom))
