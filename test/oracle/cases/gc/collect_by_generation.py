# gc.collect(n) examines generations 0..n only: garbage that was promoted to an older generation waits for a collection of that generation.
import gc

gc.disable()
gc.collect()

def cycle(tag):
    d = {"tag": tag}
    d["self"] = d
    return d

old = cycle("old")
gc.collect(0)  # old survives, moves to generation 1
older = cycle("older")
gc.collect(0)
gc.collect(1)  # older goes 0 -> 1 -> 2, old goes 1 -> 2
print("old in gen 2:", any(o is old for o in gc.get_objects(2)), "older in gen 2:", any(o is older for o in gc.get_objects(2)))
mid = cycle("mid")
gc.collect(0)  # mid is in generation 1
young = cycle("young")
del old, older, mid, young
print("collect(0):", gc.collect(0), "(young only)")
print("collect(0) again:", gc.collect(0))
print("collect(1):", gc.collect(1), "(mid)")
print("collect(2):", gc.collect(2), "(old and older)")
