# A package's submodule is its attribute once something imported it: `import collections` alone does not
# import collections.abc (collections/__init__.py uses _collections_abc, which the startup loaded), so
# `collections.abc` is an AttributeError until `import collections.abc`.
import sys
import collections

print('_collections_abc' in sys.modules, 'collections.abc' in sys.modules)
try:
    collections.abc
except AttributeError as e:
    print('AttributeError:', e)
import collections.abc
print(collections.abc.__name__, collections.abc.Sequence.__name__)
print('collections.abc' in sys.modules)
