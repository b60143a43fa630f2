# What one small module's import (nturl2path: it imports nothing) counts in the states a program's import can
# meet (scripts/measure-import-garbage.mjs). The traces are measured in `coldpath`: right after gc.collect() (a
# full collection empties the free lists), the program's first import found on sys.path (it makes the finder of
# the program's directory). argv[1]:
#   start     the program's first import (the free lists as the startup left them, no finder yet)
#   coldpath  after gc.collect(), no finder yet
#   cold      after gc.collect(), the finder made before it
#   warm      after gc.collect() and another import (colorsys: it imports nothing)
import gc
import sys

mode = sys.argv[1]
if mode == 'cold':
    import colorsys
if mode != 'start':
    gc.collect()
if mode == 'warm':
    import colorsys
before = gc.get_count()[0]
gc.disable()
import nturl2path
print(gc.get_count()[0] - before)
