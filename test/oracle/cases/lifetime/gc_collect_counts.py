# gc.collect() returns how many unreachable objects it found in cycles.
import gc

gc.collect()
lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())

a = {}
b = {'a': a}
a['b'] = b
del a, b
print("two dicts referencing each other:", gc.collect())

class Node:
    pass

x = Node()
y = Node()
x.other = y
y.other = x
del x, y
print("two instances referencing each other:", gc.collect())

z = Node()
z.me = z
print("its attributes:", sorted(z.__dict__))
del z
print("instance whose __dict__ was looked at:", gc.collect())
print("nothing left:", gc.collect())
