# The generator turns the block's exception into another one: the new exception's traceback runs
# through contextlib.py's __exit__ (gen.throw) into the generator; the original one shows the
# generator's yield above the block's line.
from contextlib import contextmanager


@contextmanager
def transaction(name):
    print('begin', name)
    try:
        yield
    except ZeroDivisionError as e:
        print('rollback', name)
        raise RuntimeError('transaction ' + name + ' failed')


with transaction('t1'):
    print('computing')
    total = 10 / 0
