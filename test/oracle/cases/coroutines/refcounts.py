# Reference counts of coroutine objects and of what their frames hold.
import sys

async def hold(x):
    return len(x)

data = [1, 2, 3]
print(sys.getrefcount(data))
c = hold(data)
print(sys.getrefcount(data), sys.getrefcount(c))
alias = c
print(sys.getrefcount(c))
del alias
print(sys.getrefcount(c))
try:
    c.send(None)
except StopIteration:
    pass
print(sys.getrefcount(data), sys.getrefcount(c))
del c
print(sys.getrefcount(data))

class Slot:
    def __await__(self):
        yield self

async def waits(x):
    await Slot()
    return x

w = waits(data)
print(sys.getrefcount(data), sys.getrefcount(w))
yielded = w.send(None)
print(type(yielded).__name__, sys.getrefcount(yielded), sys.getrefcount(data), sys.getrefcount(w))
awaited = w.cr_await
print(type(awaited).__name__, sys.getrefcount(awaited))
del awaited, yielded
w.close()
print(sys.getrefcount(data), sys.getrefcount(w))
del w
print(sys.getrefcount(data))

async def outer(x):
    return await waits(x)

o = outer(data)
o.send(None)
inner = o.cr_await
print(type(inner).__name__, inner.__qualname__, sys.getrefcount(inner), sys.getrefcount(data))
del inner
del o
print(sys.getrefcount(data))
