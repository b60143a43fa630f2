# An import looks in sys.modules first: an object a program puts there is what `import` gives (and
# `from ... import` reads its attributes), None there halts the import, and a module removed from it is
# loaded again as a new module object (the old one stays alive while a name holds it).
import sys

class Settings:
    colour = 'blue'
    size = 3

sys.modules['settings'] = Settings()
import settings
print(type(settings).__name__, settings.colour, settings is sys.modules['settings'])
from settings import size
print(size)
try:
    from settings import missing
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['settings'] = 42
import settings
print(settings)

import json
first = json
del sys.modules['json']
print('json' in sys.modules, first.dumps([1, 2]))
import json
print(json is first, json.dumps({'a': 1}), first.__name__, json.__name__)

sys.modules['heapq'] = None
try:
    import heapq
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['heapq']
import heapq
print(heapq.nsmallest(2, [5, 1, 4]))
