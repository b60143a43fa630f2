# What goes wrong with a package's imports, as ImportError's message and name say it.
import pkg

def attempt(label, code, namespace=None):
    try:
        exec(code, namespace if namespace is not None else {"__name__": "__main__"})
    except (ImportError, KeyError) as e:
        print(label, "|", type(e).__name__, "|", str(e).replace(pkg.__path__[0].rsplit("pkg", 1)[0], ""), "|", getattr(e, "name", "-"))

attempt("missing submodule", "import pkg.nope")
attempt("missing name", "from pkg import nope")
attempt("module is no package", "import pkg.plain.deeper")
attempt("relative in the script", "from . import x")
attempt("relative, no __name__", "from . import x", {})
attempt("relative, empty __package__", "from . import x", {"__package__": ""})
import pkg.sub.leaf
print(pkg.sub.leaf.VALUE, pkg.sub.leaf.__package__)
attempt("beyond top level", "from ... import x", vars(pkg.sub))
attempt("relative, missing", "from .nothing import x", vars(pkg))
try:
    import pkg.broken
except ZeroDivisionError as e:
    print("broken:", e, "pkg.broken" in __import__("sys").modules, hasattr(pkg, "broken"))
from pkg import plain
print(plain.__name__, plain.__package__)
# __import__ with a level, as `from . import x` calls it.
for args in [("x",), ("x", None), ("x", {}), ("plain", vars(pkg), None, ("NAME",)), ("leaf", vars(pkg.sub)), ("sub.leaf", vars(pkg))]:
    try:
        print(__import__(*args, level=1).__name__)
    except (ImportError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
# Off sys.path, the script's folder hides its packages; a package imported before keeps finding its submodules.
import sys
folder = sys.path.pop(0)
for name in ("extra.thing", "extra", "pkg.other", "pkg.sub"):
    try:
        print(__import__(name).__name__)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
