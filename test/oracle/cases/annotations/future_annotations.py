# PEP 563: with the future import, every annotation is kept as the text CPython's unparser writes
# back (normalised spacing and quotes), and nothing in it is evaluated.
from __future__ import annotations
import __future__

print(__future__.annotations)

def f(a: list[int]  |  None, b: 'Node' = None, *c: Dict[str,int], d: (1, 2), e: lambda x: x+1) -> 1 + 2*3:
    return a

print(f.__annotations__)

class Node:
    parent: Node | None = None
    children: list[Node]
    weights: dict[str, float] = {}
    meta: {"k": [1, 2.5, -3], 'q': ...}

print(Node.__annotations__)

def g(x: a.b[1:2, ::3], y: not_defined_anywhere[int]) -> f"{x!r:>3}":
    pass

print(g.__annotations__)
x: int | str = 5
print(__annotations__)
