# A young cycle referenced from dead garbage in an older generation looks externally referenced to collect(0): it survives until a full collection.
import gc

gc.disable()
gc.collect()

old = []
old.append(old)
gc.collect(1)  # old is now in generation 2
young = [1]
young.append(young)
old.append(young)
del old, young  # both are garbage now
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))

def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]

holder = {}
holder["me"] = holder
gc.collect(1)
child = []
holder["child"] = child  # an old dict now refers to a young list
gc.collect(0)
print("child after collect(0):", where(child), "holder:", where(holder))
