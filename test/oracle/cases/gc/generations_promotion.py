# Survivors move up one generation per collection of their generation: gc.get_objects(generation) shows where a list is (test_gc's get_objects_generations).
import gc

gc.disable()
gc.collect()

def where(obj):
    return [any(o is obj for o in gc.get_objects(generation=g)) for g in range(3)]

l = []
l.append(l)
print("new:", where(l))
gc.collect(0)
print("after collect(0):", where(l))
gc.collect(0)
print("after another collect(0):", where(l))
gc.collect(1)
print("after collect(1):", where(l))
gc.collect(2)
print("after collect(2):", where(l))
print("in get_objects():", any(o is l for o in gc.get_objects()))
d = {"a": 1}
print("atomic dict in get_objects():", any(o is d for o in gc.get_objects()))
for bad in (3, -5):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("get_objects(%d):" % bad, e)
try:
    gc.get_objects("1")
except TypeError as e:
    print("TypeError:", e)
