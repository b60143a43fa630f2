# A @contextmanager object used as a decorator (ContextDecorator): each call of the decorated
# function enters a new one (_recreate_cm). A ContextDecorator subclass works the same way.
from contextlib import contextmanager, ContextDecorator


@contextmanager
def logged(label):
    print('start', label)
    try:
        yield
    except ZeroDivisionError as e:
        print('handled', e)
    finally:
        print('stop', label)


@logged('double')
def double(x):
    """Twice x."""
    return 2 * x


print(double(3), double(4))
print(double.__name__, double.__doc__)


@logged('divide')
def divide(a, b):
    return a / b


print(divide(6, 3), divide(1, 0))


class announce(ContextDecorator):
    def __enter__(self):
        print('announce on')
        return self

    def __exit__(self, *exc):
        print('announce off', exc[0].__name__ if exc[0] else None)
        return False


@announce()
def greet(name):
    print('hello', name)


greet('Ada')


@logged('failing')
def failing():
    raise KeyError('missing key')


failing()
