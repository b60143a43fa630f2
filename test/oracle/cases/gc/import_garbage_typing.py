# Importing typing and dataclasses after gc.collect(): 3.13 leaves what typing loads (collections, functools,
# operator's and types.py's classes...); 3.11 leaves dataclasses' inspect -> ast._Precedence, the plain class
# enum._simple_enum turned into an enum (its auto() values with it).
import gc

gc.collect()
import typing
print('typing:', gc.collect())
import dataclasses
print('dataclasses:', gc.collect())


@dataclasses.dataclass
class Point:
    x: int
    y: int


print(Point(1, 2))
