# The ImportError an import raises names the module (and its file; 3.12+ the name asked for).
import sys
try:
    from helper import missing
except ImportError as e:
    print(type(e).__name__, e.msg.split(" (")[0], e.name, e.path.endswith("helper.py"))
    print(getattr(e, "name_from", "no name_from"))
from helper import present
print(present)

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e, e.name, e.path)

class Namespace:
    __name__ = "fake"

sys.modules["fake"] = Namespace()
try:
    from fake import anything
except ImportError as e:
    print(e, e.name, e.path)
