# @contextmanager: the code before the yield runs on entering, the yielded object is what `as` binds,
# the code after it runs on leaving; the generator's frame keeps its locals alive until __exit__.
import sys
from contextlib import contextmanager


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('freed', self.name)


@contextmanager
def connect(name):
    conn = Connection(name)
    print('open', name, sys.getrefcount(conn))
    yield conn
    print('close', name, sys.getrefcount(conn))


with connect('db') as c:
    print('inside', c.name, sys.getrefcount(c))
print('after the block', sys.getrefcount(c))
del c
print('---')
manager = connect('cache')
print(type(manager).__name__, manager.gen.gi_frame is not None)
with manager:
    print('entered: args dropped', hasattr(manager, 'args'), hasattr(manager, 'func'))
print('generator finished', manager.gen.gi_frame)
