# The garbage `import collections` leaves, saved by DEBUG_SAVEALL: the pure-Python OrderedDict that
# `from _collections import OrderedDict` replaces, and the three classes of operator.py (attrgetter, itemgetter,
# methodcaller) that `from _operator import *` replaces. In 3.11 an automatic collection in the middle of reading
# operator's .pyc untracks the constant tuples read before it (attrgetter's __slots__), not those read after.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
import collections
found = gc.collect()
print(found, len(gc.garbage))
print(sorted(o.__qualname__ for o in gc.garbage if isinstance(o, type)))
print(sorted({type(o).__name__ for o in gc.garbage}))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
