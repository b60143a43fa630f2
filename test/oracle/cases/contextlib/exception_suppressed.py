# A @contextmanager generator that catches the with block's exception suppresses it: __exit__
# returns True and execution goes on after the with statement.
import sys
from contextlib import contextmanager


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as e:
        print('suppressed', type(e).__name__, e)
    finally:
        print('cleanup')


with ignoring(ZeroDivisionError):
    print('dividing')
    1 / 0
    print('never printed')
print('after the block')

with ignoring(KeyError):
    print('no exception')

with ignoring(Exception):
    raise StopIteration('from the block')
print('a StopIteration from the block is suppressed too')

manager = ignoring(ValueError)
manager.__enter__()
print(manager.__exit__(ValueError, None, None))
print(sys.exc_info())
