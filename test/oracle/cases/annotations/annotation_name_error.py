# Annotations run when the def runs: a name that does not exist yet fails there, not when the
# function is called.
class Tree:
    def __init__(self):
        self.children = []

def grow(tree: Tree) -> Tree:
    return tree

print(grow(Tree()).children)

def link(parent: Tree, child: Leaf) -> None:
    parent.children.append(child)

print("not reached")
