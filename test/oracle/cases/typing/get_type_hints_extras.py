# get_type_hints leaves Annotated's metadata out unless include_extras=True (the library reference's
# example), also inside a generic alias or a union.
from typing import Annotated, get_type_hints, List, Optional


def func(x: Annotated[int, "metadata"], y: list[Annotated[str, 'm']], z: Annotated[int, 1] | None, w: List[Annotated[int, 2]]) -> None:
    pass


print(get_type_hints(func))
print(get_type_hints(func, include_extras=True))


class Point:
    x: Annotated[float, 'cm']
    y: float


print(get_type_hints(Point), get_type_hints(Point, include_extras=True))
