# DEBUG_SAVEALL: unreachable objects are appended to gc.garbage instead of being freed (test_gc's saveall); they count as collected, not uncollectable.
import gc

gc.disable()
gc.collect()
print("garbage at start:", gc.garbage, "debug flags:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("DEBUG_SAVEALL == 32:", gc.DEBUG_SAVEALL == 32, gc.get_debug())
infos = []
gc.callbacks.append(lambda phase, info: phase == "stop" and infos.append(info))

l = [1, 2, 3]
l.append(l)
d = {"name": "cycle dict"}
d["self"] = d
del l, d
print("collect():", gc.collect())
print("stop info:", infos[-1]["collected"], infos[-1]["uncollectable"])
print("garbage types:", sorted(type(o).__name__ for o in gc.garbage))
saved = [o for o in gc.garbage if type(o) is list][0]
print("saved list is intact:", saved[:3], saved[3] is saved)
print("still tracked:", gc.is_tracked(saved))

gc.set_debug(0)
del saved
gc.garbage.clear()
print("after clearing gc.garbage:", gc.collect())
gc.callbacks.clear()
