# Which list methods add or drop references.
import sys

o = ['o']
L = []
L.append(o)
print("append:", sys.getrefcount(o))
L.insert(0, o)
print("insert:", sys.getrefcount(o))
L.extend([o, o])
print("extend by 2:", sys.getrefcount(o))
print("index/count do not keep any:", L.index(o), L.count(o), sys.getrefcount(o))
L.remove(o)
print("remove:", sys.getrefcount(o))
popped = L.pop()
print("pop() into a name:", sys.getrefcount(o))
L.reverse()
print("reverse:", sys.getrefcount(o), len(L))
