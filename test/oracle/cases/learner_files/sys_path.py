# The script's folder is sys.path[0]: the path finder looks there for the learner's files, and nowhere
# once the program took it off.
import sys
folder = sys.path[0]
print(type(sys.path).__name__, len(sys.path) >= 4, sys.path[1].endswith(".zip"))
sys.path.remove(folder)
try:
    import helper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.insert(0, folder)
import helper
print(sys.modules["helper"] is helper)
sys.path.append("/ufs/guido/lib/python")
print(sys.path[-1])
