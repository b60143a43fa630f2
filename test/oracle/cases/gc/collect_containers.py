# gc.collect() returns how many unreachable objects it found: self-referencing list, dicts in a cycle, a tuple closed by a list.
import gc

gc.disable()
gc.collect()

l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

a = {}
b = {}
a["b"] = b
b["a"] = a
del a, b
print("two dicts referencing each other:", gc.collect())

d = {}
d[1] = d
del d
print("dict containing itself:", gc.collect())

l = []
t = (l,)
l.append(t)
del t, l
print("list <-> tuple:", gc.collect())

ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring  # the outer list is freed by refcounting, the ring of 5 lists is not
print("ring of five lists:", gc.collect())
print("nothing left:", gc.collect())
