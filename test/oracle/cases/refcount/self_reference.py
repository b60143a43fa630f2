# An object can hold a reference to itself.
import sys

class Node:
    pass

n = Node()
print("node:", sys.getrefcount(n))
n.me = n
print("node with n.me = n:", sys.getrefcount(n))
lst = []
lst.append(lst)
print("list containing itself:", sys.getrefcount(lst), lst)
d = {}
d['self'] = d
print("dict containing itself:", sys.getrefcount(d), d)
