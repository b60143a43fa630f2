# Each generator has its own "exception being handled" (gi_exc_state): what it handles across a
# yield does not leak to its caller; one that handles nothing sees its caller's.
import sys


def handler():
    print('  start sees', repr(sys.exception()))
    try:
        raise KeyError('inside')
    except KeyError:
        yield 'in except'
        print('  resumed sees', repr(sys.exception()))
        yield 're-raise next'
        raise
    yield 'never'


g = handler()
try:
    raise TypeError('caller')
except TypeError:
    print(next(g))
    print('caller sees', repr(sys.exception()))
print('outside sees', repr(sys.exception()), sys.exc_info())
print(next(g))
try:
    next(g)
except KeyError as e:
    print('bare raise in the generator re-raised', repr(e), repr(e.__context__))


def chained():
    try:
        yield
    except ValueError:
        raise LookupError('while handling the thrown one')


c = chained()
next(c)
try:
    c.throw(ValueError('thrown'))
except LookupError as e:
    print(repr(e), 'context', repr(e.__context__))
