# Weakrefs to objects in a garbage cycle stay alive until the collector runs; then all are cleared before any callback runs (test_weakref/test_gc bug1055820b).
import gc
import weakref

gc.disable()
gc.collect()

class Node:
    def __init__(self, i):
        self.i = i
        self.me = self

seen = []
def callback(ref):
    seen.append([r() for r in refs])  # every weakref to the trash is already dead

nodes = [Node(i) for i in range(3)]
refs = [weakref.ref(n, callback) for n in nodes]
cache = weakref.WeakValueDictionary({n.i: n for n in nodes})
del nodes
print("after del: alive", [r() is not None for r in refs], "cache size", len(cache))
print("collect():", gc.collect())  # 3 nodes + the 3 cache KeyedRefs freed once their callbacks ran
print("callbacks:", len(seen), seen)
print("cache size:", len(cache))

a = Node("a")
wr = weakref.ref(a)
a.ref_to_self = wr  # the weakref itself is part of the garbage: no callback anyway
p = weakref.proxy(a)
del a
gc.collect()
print("proxy after gc:", end=" ")
try:
    p.i
except ReferenceError as e:
    print(e)
