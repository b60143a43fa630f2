# A @contextmanager entered but never exited: its generator stays suspended (frame alive) until the
# manager is freed; then the generator is closed (GeneratorExit) and its finally block runs.
import gc
import sys
from contextlib import contextmanager


class Handle:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('handle', self.n, 'freed')


@contextmanager
def handle(n):
    h = Handle(n)
    try:
        yield h
    finally:
        print('finally of handle', n)


cm = handle(1)
h = cm.__enter__()
print('suspended:', cm.gen.gi_frame is not None, sys.getrefcount(h))
del h
print('dropping the manager')
del cm
print('---')
cm = handle(2)
cm.__enter__()
cm.self_ref = cm
del cm
print('a cycle: nothing yet')
print('collected', gc.collect() > 0)
print('---')
with handle(3) as h3:
    frame = sys._getframe()
    print('inside', h3.n)
print('after the block, handle 3 still named by h3')
del h3
print('end')
