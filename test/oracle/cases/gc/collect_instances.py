# gc.collect() counts for instances in cycles: attributes live inline (no dict object) until __dict__ is read; what that dict adds varies by version.
import gc

gc.disable()
gc.collect()

class Node:
    pass

a = Node()
a.me = a
del a
print("instance referring to itself:", gc.collect())

a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("two instances in a cycle:", gc.collect())

x = Node()
x.__dict__  # asking for the dict materialises it
x.me = x
del x
print("self-referencing instance whose __dict__ was read:", gc.collect())

class Slotted:
    __slots__ = ("other",)

p, q = Slotted(), Slotted()
p.other, q.other = q, p
del p, q
print("two __slots__ instances:", gc.collect())

n = Node()
n.items = [n, {"back": n}]
del n
print("instance + list + dict:", gc.collect())
