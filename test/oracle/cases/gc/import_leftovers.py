# What a program's first imports leave for the collector: CPython does not import `types` at start-up, and
# types.py's class _C, made and deleted there, is cyclic garbage. In 3.13 it is still there after
# `import weakref` (or threading, copy): the next gc.collect() counts its 7 objects with the program's own.
import gc

gc.collect()
import weakref
print('after import weakref:', gc.collect())
import copy
print('after import copy:', gc.collect())

class Node:
    pass

a = Node()
b = Node()
a.peer, b.peer = b, a
del a, b
print('a cycle of two:', gc.collect())
