# coroutine_wrapper holds a strong reference to its coroutine (cw_coroutine): one more per wrapper,
# released when the wrapper dies; iterating it returns the wrapper itself.
import sys

async def f():
    return 1

c = f()
print(sys.getrefcount(c))
w = c.__await__()
print(sys.getrefcount(c), sys.getrefcount(w))
w2 = c.__await__()
print(sys.getrefcount(c), w2 is w)
del w2
print(sys.getrefcount(c))
m = c.__await__
print(sys.getrefcount(c))
del m
print(sys.getrefcount(c))
it = iter(w)
print(sys.getrefcount(w))
del it
try:
    w.send(None)
except StopIteration as e:
    print('stop', e.value)
print(sys.getrefcount(c), sys.getrefcount(w))
del w
print(sys.getrefcount(c))

async def g():
    return [1, 2, 3]

w = g().__await__()
print(sys.getrefcount(w))
try:
    next(w)
except StopIteration as e:
    print('stop', e.value, sys.getrefcount(e.value))
del w
print('done')
