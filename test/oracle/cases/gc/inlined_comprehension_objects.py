# 3.12+ inlines list, set and dict comprehensions (PEP 709): no function object is made for them, so
# inside one gc.get_count() has not counted one and gc.get_objects(0) does not list one; 3.11 calls a
# function (listed, counted). A generator expression keeps its function in every version.
import gc


def young_types():
    return sorted(type(o).__name__ for o in gc.get_objects(0))


gc.collect()
print("list comprehension:", [young_types() for _ in range(1)][0])
gc.collect()
print("set comprehension:", {len(gc.get_objects(0)) for _ in range(1)})
gc.collect()
print("dict comprehension:", {k: len(gc.get_objects(0)) for k in range(1)})
gc.collect()
print("generator expression:", next(young_types() for _ in range(1)))


def counted():
    gc.collect()
    before = gc.get_count()[0]
    return [gc.get_count()[0] - before for _ in range(1)][0]


print("count inside a comprehension:", counted())
