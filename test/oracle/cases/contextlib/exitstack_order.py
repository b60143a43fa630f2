# ExitStack unwinds last-in, first-out, like nested with statements: enter_context, callback,
# push (an __exit__-like callable that can suppress) and pop_all (moving the callbacks out).
from contextlib import ExitStack, contextmanager


@contextmanager
def tag(name):
    print('enter', name)
    try:
        yield name.upper()
    finally:
        print('exit', name)


with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ('a', 'b', 'c')]
    stack.callback(print, 'callback', 1)
    stack.callback(print, 'callback', 2, sep='-')
    print('body', names)
print('---')


def swallow(exc_type, exc, tb):
    print('push saw', exc_type.__name__, exc)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    stack.enter_context(tag('inner'))
    raise KeyError('k')
print('suppressed by push')

with ExitStack() as stack:
    stack.enter_context(tag('kept'))
    stack.callback(print, 'kept callback')
    later = stack.pop_all()
    print('moved out')
print('block done; closing later')
later.close()


def fail(label):
    raise OSError(label)


try:
    with ExitStack() as stack:
        stack.callback(print, 'still runs')
        stack.callback(fail, 'second')
        stack.callback(fail, 'first')
except OSError as e:
    print('caught', e, 'context', repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)
