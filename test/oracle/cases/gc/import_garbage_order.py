# As import_garbage_sequence, in another order: weakref first (3.13: types.py's _C), random (operator.py's
# classes), collections (its OrderedDict alone then), enum, json, typing.
import gc

gc.collect()
for name in ['weakref', 'random', 'collections', 'enum', 'json', 'typing']:
    __import__(name)
    print(name, gc.collect())
