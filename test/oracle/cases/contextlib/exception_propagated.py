# An exception the generator does not catch goes on out of the with statement: its finally block
# runs first; __exit__ gives the exception back with its own traceback (no contextlib frames).
from contextlib import contextmanager


@contextmanager
def resource(name):
    print('acquire', name)
    try:
        yield name
    finally:
        print('release', name)


def work():
    with resource('lock') as r:
        raise ValueError('failed while holding ' + r)


try:
    work()
except ValueError as e:
    print('caught:', e)
    tb = e.__traceback__
    while tb is not None:
        print('  frame', tb.tb_frame.f_code.co_name, 'line', tb.tb_lineno)
        tb = tb.tb_next


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError('converted') from e


try:
    with converting():
        {}['missing']
except LookupError as e:
    print(type(e).__name__, e, '<-', repr(e.__cause__), e.__suppress_context__)

try:
    with resource('pass-through'):
        raise StopIteration('not swallowed')
except StopIteration as e:
    print('StopIteration propagated:', e)
