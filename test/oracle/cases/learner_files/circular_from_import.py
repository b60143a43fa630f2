# The classic circular import: spam imports a name from eggs, which imports a name from spam while spam's
# code has not defined it yet.
import sys
try:
    import spam
except ImportError as e:
    print(e.msg.split(" (")[0], "|", e.msg.split(") (")[0].split(" (", 1)[1])
    print(e.name, "spam" in sys.modules, "eggs" in sys.modules)
import spam
