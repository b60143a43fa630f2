import copy, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

class Probe:
    def __deepcopy__(self, memo):
        # the memo holds the copies made so far and (memo[id(memo)]) their originals
        print("in __deepcopy__: memo entries", len(memo))
        print("root refcount during the copy", sys.getrefcount(root))
        print("child refcount during the copy", sys.getrefcount(root.children[0]))
        return Probe()

root = Node("root node")
root.children.append(Node("child one"))
root.children.append(Probe())
root.children[0].children.append(root)
print("before", sys.getrefcount(root), sys.getrefcount(root.children[0]))
memo = {}
clone = copy.deepcopy(root, memo)
print("after", sys.getrefcount(root), sys.getrefcount(root.children[0]))
print("memo keeps", len(memo), sys.getrefcount(clone))
print(clone.children[0].children[0] is clone, clone.name == root.name, clone.name is root.name)
del memo
print("memo gone", sys.getrefcount(root), sys.getrefcount(clone))
cl2 = copy.deepcopy(root)
print("fresh memo", sys.getrefcount(root), sys.getrefcount(cl2))
