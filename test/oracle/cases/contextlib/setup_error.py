# An exception in the generator before its yield comes out of __enter__ (contextlib.py's
# `return next(self.gen)`); the block never runs. Wrong arguments fail in helper and __init__.
from contextlib import contextmanager


@contextmanager
def needs_two(a, b):
    yield a + b


try:
    with needs_two(1) as total:
        print('never')
except TypeError as e:
    print('TypeError:', e)


@contextmanager
def opener(path):
    print('opening', path)
    raise FileNotFoundError(path)
    yield


with opener('missing.txt') as f:
    print('never printed')
