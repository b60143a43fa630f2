# `from m import *` binds the names of m.__all__ when it has one (random.py lists its public API:
# its module constants such as NV_MAGICCONST stay out), else every name without a leading underscore.
import sys
from random import *
print('randint' in globals(), 'Random' in globals(), 'NV_MAGICCONST' in globals())
from collections import *
print(sorted(n for n in ('deque', 'Counter', 'ChainMap', 'UserDict', 'namedtuple', 'defaultdict') if n in globals()))
from dataclasses import *
print('make_dataclass' in globals(), 'dataclass' in globals(), 'copy' in globals(), 'types' in globals())
from math import *
print(floor(pi), 'sqrt' in globals())
# Each name bound by * holds one more reference to the module's object.
import collections
del deque
before = sys.getrefcount(collections.deque)
from collections import *
print(sys.getrefcount(collections.deque) - before, deque is collections.deque)
