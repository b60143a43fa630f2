# A folder without __init__.py imports as a namespace package (PEP 420): no code runs, __file__ is None,
# __path__ a _NamespacePath; its modules import as from a package.
import sys
folder = sys.path[0]


def rel(text):
    return text.replace(folder + "/", "") if folder else text


import helpers
print(rel(repr(helpers)).split(" at 0x")[0])
print([k for k in vars(helpers)])
print(rel(repr(helpers.__path__)), type(helpers.__path__).__name__, len(helpers.__path__))
print(helpers.__file__, helpers.__package__, type(helpers.__loader__).__name__)
print([rel(p) for p in helpers.__path__], rel(helpers.__path__[0]) == "helpers", folder + "/helpers" in helpers.__path__ or not folder)
from helpers import text
print(text.shout("hi"), text.__package__, rel(text.__file__))
print(sys.getrefcount(helpers), sys.getrefcount(text))
try:
    from helpers import nope
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
import helpers.deep.inner
print(helpers.deep.inner.VALUE, helpers.deep.__file__, rel(repr(helpers.deep)).split(" at 0x")[0])
print([k for k in vars(helpers) if not k.startswith("__")])
try:
    helpers.missing
except AttributeError as e:
    print(e)
