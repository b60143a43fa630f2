# contextlib.suppress: the listed exceptions (and their subclasses) end the block silently;
# others go on.
import sys
from contextlib import suppress

data = {'a': 1}
with suppress(KeyError):
    print('looking up b')
    print(data['b'])
    print('never printed')
print('after suppress')

with suppress(LookupError, ZeroDivisionError):
    [][3]
print('IndexError is a LookupError')

s = suppress(ValueError)
print(s.__exit__(ValueError, ValueError('x'), None), s.__exit__(TypeError, TypeError('y'), None))
print(s.__exit__(None, None, None))
with s:
    int('not a number')
with s:
    pass
print('reusable, refcount', sys.getrefcount(s))

with suppress(KeyError):
    raise IndexError('not suppressed')
