# StopIteration.value and SystemExit.code are fields of their own that __init__ sets, each holding a
# reference besides the args tuple's (a generator's return value is held twice while its
# StopIteration lives), and __init__ called again replaces them.
import sys

x = object()


def g():
    yield 1
    return x


it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(sys.getrefcount(x), e.value is x, e.args[0] is x)
print(sys.getrefcount(x))
s = StopIteration(x, 2)
print(sys.getrefcount(x), s.value is x)
s.__init__(5)
print(sys.getrefcount(x), s.value, s.args)
del s
print(sys.getrefcount(x), StopIteration().value)
try:
    sys.exit(x)
except SystemExit as e:
    print(sys.getrefcount(x), e.code is x)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, sys.getrefcount(e.args))
try:
    sys.exit()
except SystemExit as e:
    print(e.code)


def h():
    v = yield from g()
    print("got", v is x, sys.getrefcount(x))


list(h())
print(sys.getrefcount(x))
