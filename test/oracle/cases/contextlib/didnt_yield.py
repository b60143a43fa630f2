# A generator that ends without yielding cannot be entered: RuntimeError("generator didn't yield"),
# raised from contextlib.py's __enter__ with its context suppressed.
from contextlib import contextmanager


@contextmanager
def maybe(flag):
    if flag:
        yield 'value'
    print('maybe', flag, 'ends')


with maybe(True) as v:
    print('got', v)

with maybe(False) as v:
    print('never printed')
