# The first repr of a container in a thread allocates that thread's dict and, in it, the list that
# Py_ReprEnter uses to spot a container that contains itself (printed [...]): two objects
# gc.get_count() counts, once. A set's repr also makes a list of its members each time.
import gc


def gen0():
    return gc.get_count()[0]


gc.collect()
gen0()
deltas = []
for value in ([], [1, 2], [3, 4], {'a': 1}, (5, 6), {7}, {8}):
    before = gen0()
    text = repr(value)
    deltas.append(gen0() - before)
print(deltas)
looped = [1]
looped.append(looped)
print(looped)
