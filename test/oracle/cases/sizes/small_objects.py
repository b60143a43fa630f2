# sys.getsizeof of small fixed-size objects: float, complex, None, bool, object(), Ellipsis, slice, and the default argument.
import sys

for label, obj in [("float", 1.5), ("float 1e300", 1e300), ("complex", 1 + 2j), ("None", None),
                   ("True", True), ("object()", object()), ("Ellipsis", ...), ("NotImplemented", NotImplemented),
                   ("slice", slice(1, 2, 3)), ("range(10)", range(10)), ("range(10**20)", range(10**20))]:
    print(f"{label:16} {sys.getsizeof(obj)}")

class NoSize:
    def __sizeof__(self):
        raise TypeError("no size")

print("default used when __sizeof__ fails:", sys.getsizeof(NoSize(), "n/a"))

class Custom:
    def __sizeof__(self):
        return 1000

print("__sizeof__ plus the GC header:", sys.getsizeof(Custom()))
try:
    sys.getsizeof(NoSize())
except TypeError as e:
    print("TypeError:", e)
