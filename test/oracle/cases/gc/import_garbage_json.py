# What `import json` leaves, as DEBUG_SAVEALL keeps it: all it loads with re, enum and functools is new (none
# of them is loaded at start-up), and the classes those modules made and dropped are there (OrderedDict,
# partial, operator's three, types.py's _C, and the plain classes enum's _simple_enum turned into EnumCheck and
# RegexFlag). Under DEBUG_SAVEALL the automatic collections during the
# import keep what they find in gc.garbage too: the list has all of it, the count what the last one left.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
import json
print(gc.collect())
print(sorted(f'{o.__module__}.{o.__qualname__}' for o in gc.garbage if isinstance(o, type)))
print(sorted({type(o).__name__ for o in gc.garbage}))
gc.set_debug(0)
gc.garbage.clear()
