# Instances are counted like any object: names, attributes of other objects, containers.
import sys

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self

root = Node('root')
leaf = Node('leaf')
print("root:", sys.getrefcount(root), "leaf:", sys.getrefcount(leaf))
root.add(leaf)
print("root:", sys.getrefcount(root), "leaf:", sys.getrefcount(leaf))
other = Node('other')
root.add(other)
print("root, with two children pointing back:", sys.getrefcount(root))
del other
print("other still alive in children:", root.children[1].value)
