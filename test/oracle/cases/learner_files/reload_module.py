# importlib.reload runs the learner's file again in the same module object; import_module gives the module.
import importlib
import sys
import counter
print(counter.runs, counter.step)
same = importlib.reload(counter)
print(same is counter, counter.runs, counter.step)
again = importlib.import_module("counter")
print(again is counter)
import json
names = list(sys.modules)
print(names.index("counter") < names.index("json"))
importlib.reload(counter)
# A reload moves the module to the end of sys.modules, after json.
names = list(sys.modules)
print(names.index("counter") > names.index("json"), counter.runs)
print(importlib.invalidate_caches())
for bad in [42, sys.modules.__class__]:
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e, getattr(e, "name", None))
try:
    importlib.import_module(".counter")
except TypeError as e:
    print(e)
try:
    importlib.import_module("")
except ValueError as e:
    print(e)
print(sys.getrefcount(counter))
