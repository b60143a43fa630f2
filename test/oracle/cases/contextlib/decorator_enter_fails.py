# A @contextmanager used as a decorator whose generator fails before its yield: the traceback shows
# contextlib.py's inner at its `with` line (3.13 marks the context expression), then __enter__.
from contextlib import contextmanager


@contextmanager
def connected(host):
    print('connecting to', host)
    raise ConnectionError('no route to ' + host)
    yield


@connected('db.local')
def query(sql):
    print('never runs', sql)


query('SELECT 1')
