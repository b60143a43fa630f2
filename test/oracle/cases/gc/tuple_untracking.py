# Tuples are created tracked; a collection untracks those whose items can never form a cycle (checked again at every collection).
import gc

gc.disable()
atoms = tuple([1, 2.5, "some text"])
with_list = tuple([1, []])
nested = tuple([atoms, (3, 4)])
print("before:", gc.is_tracked(atoms), gc.is_tracked(with_list), gc.is_tracked(nested))
gc.collect()
print("after a collection:", gc.is_tracked(atoms), gc.is_tracked(with_list), gc.is_tracked(nested))

# The inner tuples are untracked during the same pass, but the outer one was examined first;
# after collect(0) it sits in generation 1, which collect(0) does not visit any more.
outer = tuple([tuple([1, 2]), tuple([3, 4])])
gc.collect(0)
print("outer after collect(0):", gc.is_tracked(outer), gc.is_tracked(outer[0]))
gc.collect(0)
print("outer after another collect(0):", gc.is_tracked(outer))
gc.collect(1)
print("outer after collect(1):", gc.is_tracked(outer))

# An object inside a tuple keeps it tracked, even an untracked-looking one.
class Point:
    pass

t = tuple([Point()])
gc.collect()
print("tuple holding an instance:", gc.is_tracked(t))
print("empty tuple:", gc.is_tracked(()))
