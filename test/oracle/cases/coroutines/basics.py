# A coroutine object: what calling an `async def` makes, driven by hand with send().
async def double(x):
    return x * 2

c = double(21)
print(type(c), type(c).__name__, type(c).__qualname__)
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code is double.__code__, c.cr_origin)
print(double.__code__.co_flags & 0x80 != 0, double.__code__.co_flags & 0x20 != 0)
print(repr(c).startswith("<coroutine object double at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

class C:
    async def method(self):
        return self

m = C().method()
print(m.__qualname__)
m.close()
fresh = double(1)
try:
    fresh.send(5)
except TypeError as e:
    print(e)
fresh.close()
for probe in (iter, next):
    x = double(2)
    try:
        probe(x)
    except TypeError as e:
        print(e)
    x.close()

import types
print(types.CoroutineType, isinstance(double(3), types.CoroutineType), isinstance(double, types.CoroutineType))
