# The built-in exception classes (the tutorial's "Exception hierarchy"): OSError's subclasses picked
# by errno, the warning categories, the aliases of OSError, and __debug__.
import builtins
names = [n for n in dir(builtins) if n[0].isupper() and n not in ('BaseExceptionGroup', 'ExceptionGroup', 'UnicodeTranslateError', 'PythonFinalizationError')]
classes = [getattr(builtins, n) for n in names]
print(len(names))
for n, c in zip(names, classes):
    if isinstance(c, type):
        print(n, '->', c.__mro__[1].__name__, c.__name__ if c.__name__ != n else '')
print(IOError is OSError, EnvironmentError is OSError, __debug__)
for errno in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5):
    e = OSError(errno, 'message')
    print(errno, type(e).__name__, e)
try:
    raise PermissionError('denied')
except OSError as e:
    print(repr(e), isinstance(e, PermissionError))
try:
    raise ConnectionRefusedError
except ConnectionError as e:
    print(type(e).__mro__)
