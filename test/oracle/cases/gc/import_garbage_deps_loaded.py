# An import whose dependencies an earlier import loaded leaves only its own garbage: after `import operator`
# (its three classes collected), `import collections` leaves its OrderedDict alone; `import functools` then
# adds its pure-Python partial (and, in 3.12, types.py's _C).
import gc

gc.collect()
import operator
print('operator:', gc.collect())
import collections
print('collections:', gc.collect())
import functools
print('functools:', gc.collect())
import types
print('types:', gc.collect())
