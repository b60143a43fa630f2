# sys.getrefcount around with blocks: the @contextmanager object holds the generator, its
# arguments (until __enter__) and the generator frame holds its locals until __exit__.
import sys
from contextlib import contextmanager, ExitStack


@contextmanager
def lend(obj):
    print('  in generator', sys.getrefcount(obj))
    yield obj
    print('  generator resumes', sys.getrefcount(obj))


data = [1, 2, 3]
print('start', sys.getrefcount(data))
cm = lend(data)
print('cm made (args tuple + generator frame)', sys.getrefcount(data))
with cm as alias:
    print('inside (alias too)', sys.getrefcount(data))
print('after (alias stays)', sys.getrefcount(data))
del alias
print('alias deleted', sys.getrefcount(data))
del cm
print('cm deleted', sys.getrefcount(data))

with lend(data):
    print('without as', sys.getrefcount(data))
print('end', sys.getrefcount(data))

with ExitStack() as stack:
    stack.callback(len, data)
    print('callback registered', sys.getrefcount(data))
print('stack unwound', sys.getrefcount(data))
