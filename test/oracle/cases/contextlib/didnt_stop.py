# A generator that yields twice: after a normal exit, "generator didn't stop" (the generator is
# closed, its finally runs); after an exception, "generator didn't stop after throw()".
from contextlib import contextmanager


@contextmanager
def twice():
    try:
        yield 1
        print('between the yields')
        yield 2
    finally:
        print('finally')


try:
    with twice() as n:
        print('block', n)
except RuntimeError as e:
    print('RuntimeError:', e, e.__context__)


@contextmanager
def stubborn():
    try:
        yield
    except ValueError:
        print('caught, yields again')
        yield


with stubborn():
    raise ValueError('first')
