# For each module named on the command line (comma-separated): how CPython found it, as its repr says it
# ("built-in", "frozen", else a file), and its __file__ and __cached__ relative to the standard library's
# folder ("" when the attribute is None, null when the module has none). Printed as JSON. Run by
# scripts/measure-module-origins.mjs.
import importlib
import json
import sys
import sysconfig

stdlib = sysconfig.get_paths()["stdlib"] + "/"


MISSING = object()


def relative(path):
    if path is MISSING:
        return None
    if path is None:
        return ""
    return path[len(stdlib):] if path.startswith(stdlib) else "?" + path


found = {}
for name in sys.argv[1].split(","):
    try:
        module = importlib.import_module(name)
    except Exception:
        continue
    text = repr(module)
    kind = "built-in" if text.endswith("(built-in)>") else "frozen" if text.endswith("(frozen)>") else "file"
    found[name] = [kind, relative(getattr(module, "__file__", MISSING)), relative(getattr(module, "__cached__", MISSING))]
print(json.dumps(found))
