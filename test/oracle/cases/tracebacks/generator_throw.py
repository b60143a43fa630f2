# An exception thrown into a generator that delegates with `yield from` and lets it out: the
# traceback runs from the throw() call through each generator's frame where it stopped.
def reader():
    while True:
        line = yield
        print('read', line)


def pipeline():
    print('pipeline starts')
    yield from reader()


p = pipeline()
next(p)
p.send('first line')
p.throw(ConnectionError('closed by the peer'))
