# Everyday cycles: a doubly linked list and a tree with parent links are freed only by gc.collect(), which counts every object involved.
import gc

gc.disable()
gc.collect()

class DNode:
    def __init__(self, value, prev=None):
        self.value, self.prev, self.next = value, prev, None
        if prev is not None:
            prev.next = self

head = DNode(0)
node = head
for v in range(1, 10):
    node = DNode(v, node)
del head, node
print("doubly linked list of 10:", gc.collect())

class TreeNode:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = TreeNode()
for _ in range(3):
    child = TreeNode(root)
    TreeNode(child)
del root, child
print("tree of 7 nodes (each with a children list):", gc.collect())

chain = DNode(0)
DNode(1, chain)
chain.next.prev = None  # break the only cycle by hand
del chain
print("after breaking the links by hand:", gc.collect())
