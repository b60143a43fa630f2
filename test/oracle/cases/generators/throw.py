# gen.throw(): the exception is raised where the generator stopped; it can catch it and yield
# again, or let it out. Its forms: an instance, a class, a class and a value.
import sys


def worker():
    while True:
        try:
            x = yield 'ready'
            print('got', x)
        except ValueError as e:
            print('caught', repr(e), 'handling', repr(sys.exception()))
            yield 'handled'


w = worker()
print(next(w))
print(w.throw(ValueError('boom')))
print(w.send(None))
print(w.throw(ValueError))
print(next(w))
print(w.throw(ValueError('three')))
try:
    w.throw(KeyError('not caught'))
except KeyError as e:
    print('propagated', repr(e), w.gi_frame)
try:
    w.throw(KeyError('after the end'))
except KeyError as e:
    print('a finished generator raises it back:', repr(e))


def returns():
    try:
        yield 1
    except IndexError:
        return 'stopped'


r = returns()
next(r)
try:
    r.throw(IndexError)
except StopIteration as e:
    print('StopIteration carries', repr(e.value))

fresh = returns()
try:
    fresh.throw(IndexError('before start'))
except IndexError as e:
    print('not started: raised back', e, fresh.gi_frame)

g = returns()
for bad in [(1,), (ValueError('a'), 'b'), (ValueError, None, 5)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    g.throw()
except TypeError as e:
    print('TypeError:', e)
