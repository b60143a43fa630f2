# A coroutine's __await__: a slot wrapper of the coroutine type, bound a method-wrapper, returning a
# 'coroutine_wrapper' iterator (its own __iter__, GC-tracked, not creatable directly).
import gc

async def f():
    return 1

c = f()
print(hasattr(c, '__await__'), type(c).__await__)
print(type(type(c).__await__).__name__, type(c.__await__).__name__)
print(repr(c.__await__).startswith("<method-wrapper '__await__' of coroutine object at 0x"))
w = c.__await__()
print(type(w).__name__, type(w).__qualname__, type(w).__module__, type(w))
print(type(w).__mro__)
print(type(w).__iter__, type(w).__next__)
print(type(w).send, type(w).throw, type(w).close)
print(iter(w) is w, w.__iter__() is w)
print(gc.is_tracked(w))
print(c.__await__() is w, type(c.__await__()) is type(w))
try:
    type(w)()
except TypeError as e:
    print('TypeError:', e)
w.close()
