# A package of the learner's beside the script: a folder with an __init__.py, its submodules, relative imports
# inside it, and what the import system binds where (sys.modules, the package's attributes, the importer's names).
import sys
folder = sys.path[0]  # the script's: the files' paths are shown relative to it


def rel(path):
    return path[len(folder):].lstrip("/")


import shapes
print(shapes.__name__, shapes.__package__, rel(shapes.__file__), [rel(p) for p in shapes.__path__])
print(rel(shapes.__cached__), type(shapes.__path__).__name__)
print(shapes.Circle(2).area())
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print([k for k in vars(shapes) if k.startswith("__")])
print([k for k in vars(shapes) if not k.startswith("__")])
import shapes.solid.ball as ball
print(ball.__name__, ball.__package__, rel(ball.__file__))
print(shapes.solid.ball is ball, [rel(p) for p in shapes.solid.__path__])
print(sys.getrefcount(shapes), sys.getrefcount(shapes.util), sys.getrefcount(ball))
from shapes import util
print(util.area(1), util is shapes.util, sys.getrefcount(util))
from shapes.circle import Circle
print(Circle is shapes.Circle, Circle.__module__, Circle(1))
