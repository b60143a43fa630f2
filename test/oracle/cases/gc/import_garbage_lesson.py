# A typical lesson: gc and collections imported at the top, a cycle made and dropped, then gc.collect().
# The count includes what importing collections left (its OrderedDict and operator.py's classes, but what
# an automatic collection during the import took), besides the two objects of the cycle.
import gc, collections


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


a = Node('a')
b = Node('b')
a.peer, b.peer = b, a
del a, b
print('unreachable:', gc.collect())
print('again:', gc.collect())
q = collections.deque([1, 2, 3])
print(q.popleft(), len(q))
