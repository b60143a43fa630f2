# An uncaught exception raised in the with block: the traceback shows only the block's line
# (__exit__ restores the exception's traceback before giving it back).
from contextlib import contextmanager


@contextmanager
def opened(path):
    print('open', path)
    try:
        yield path
    finally:
        print('close', path)


def read_config(path):
    with opened(path) as p:
        return int(p)


read_config('settings.ini')
