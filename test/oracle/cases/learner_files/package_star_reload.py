# `from package import *` imports the submodules its __all__ names; importlib finds submodules by a relative
# name; reload runs a submodule's file again in the same module object.
import importlib
import sys
from kit import *
print(sorted(k for k in globals() if not k.startswith("__")))
print(tools.hammer(), "kit.extra" in sys.modules)
extra = importlib.import_module(".extra", "kit")
print(extra.__name__, extra is sys.modules["kit.extra"])
before = extra
extra.COUNT = 99
importlib.reload(extra)
print(extra is before, extra.COUNT, list(sys.modules)[-1])
try:
    importlib.import_module("..nothing", "kit")
except ImportError as e:
    print(type(e).__name__, e)
