# Importing typing and dataclasses after gc.collect(): what typing loads leaves garbage (collections, functools,
# operator's and types.py's classes...); the automatic collections during the import take it, but what the
# last one did not find yet (3.11, 3.13).
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
