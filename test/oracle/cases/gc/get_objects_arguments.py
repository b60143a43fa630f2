# gc.get_objects(generation): None and -1 (what Argument Clinic makes of None) list every generation,
# 0..2 one of them, anything else is a ValueError; the objects are found where the collections moved them.
import gc


class Marker:
    pass


gc.collect()
m = Marker()
for generation in (None, -1, 0, 1, 2):
    print(generation, any(o is m for o in gc.get_objects(generation)))
gc.collect(0)
print("after collect(0):", [any(o is m for o in gc.get_objects(g)) for g in range(3)])
print("by keyword:", any(o is m for o in gc.get_objects(generation=1)))
for bad in (3, -2, 1.0):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
