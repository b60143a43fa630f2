# The garbage `import types` leaves (types.py's class _C): what DEBUG_SAVEALL keeps of it. Clearing
# gc.garbage makes it garbage again.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
import types
found = gc.collect()
print(found, sorted(type(o).__name__ for o in gc.garbage))
print([o.__qualname__ for o in gc.garbage if type(o).__name__ in ('type', 'function')])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
