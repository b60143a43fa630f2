# gc.freeze moves every tracked object to the permanent generation: collections ignore them until gc.unfreeze puts them back in the oldest generation.
import gc

gc.disable()
gc.collect()
base = gc.get_freeze_count()
cycle = []
cycle.append(cycle)
cycle_in_gen = [any(o is cycle for o in gc.get_objects(g)) for g in range(3)]
print("cycle starts in:", cycle_in_gen)
gc.freeze()
print("frozen count grew:", gc.get_freeze_count() > base)
print("frozen object in any generation:", any(o is cycle for o in gc.get_objects()))
del cycle
print("collect() while frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect(1) after unfreeze (they are in generation 2):", gc.collect(1))
print("collect(2) after unfreeze:", gc.collect(2))
