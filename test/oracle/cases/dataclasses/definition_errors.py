# Mistakes @dataclass reports when the class is defined.
from dataclasses import dataclass, field

attempts = {
    "mutable default": "class A:\n    items: list = []",
    "order of defaults": "class B:\n    x: int = 1\n    y: int",
    "field without annotation": "class C:\n    x = field(default=1)",
    "both defaults": "class D:\n    x: list = field(default=[], default_factory=list)",
}
for what, body in attempts.items():
    try:
        exec("@dataclass\n" + body, {"__name__": "__main__", "dataclass": dataclass, "field": field})
    except (TypeError, ValueError) as e:
        print(what, "->", type(e).__name__, e)

@dataclass(frozen=True)
class Frozen:
    a: int

try:
    @dataclass
    class Thawed(Frozen):
        b: int = 0
except TypeError as e:
    print(e)

@dataclass
class Base:
    a: int

@dataclass
class Derived(Base):
    b: int = 2

print(Derived(1), Derived.__match_args__)
