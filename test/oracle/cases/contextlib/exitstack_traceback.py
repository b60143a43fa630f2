# A callback of ExitStack failing at the end of the block: the traceback shows contextlib.py's
# __exit__ (twice: where it re-raises and where it called the callback) and the callback wrapper.
from contextlib import ExitStack


def cleanup(name):
    print('cleanup', name)
    if name == 'cache':
        raise OSError('cannot remove ' + name)


with ExitStack() as stack:
    for name in ('log', 'cache', 'tmp'):
        stack.callback(cleanup, name)
    print('working')
