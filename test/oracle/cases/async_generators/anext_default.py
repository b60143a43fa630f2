# anext(iterator, default): an anext_awaitable holding the awaitable __anext__ gave and the default (a
# reference each); awaited, the next value, or the default once the iterator ends (StopAsyncIteration);
# driven by hand, __await__/__iter__ give itself and its end is StopIteration(default).
import asyncio
import sys


async def countdown(n):
    while n:
        yield n
        n -= 1


class Ticker:
    def __init__(self, limit):
        self.limit = limit
        self.count = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == self.limit:
            raise StopAsyncIteration
        self.count += 1
        return self.count


async def main():
    gen = countdown(1)
    default = object()
    aw = anext(gen, default)
    print(type(aw).__name__, sys.getrefcount(default))
    print(await aw)
    print(await anext(gen, default) is default, sys.getrefcount(default))
    print(await anext(gen, "again"))
    ticker = Ticker(1)
    print(await anext(ticker, "none"), await anext(ticker, "none"))
    manual = anext(countdown(2), "d")
    print(manual.__await__() is manual, iter(manual) is manual)
    try:
        manual.send(None)
    except StopIteration as e:
        print("stop", e.value)
    empty = anext(countdown(0), "d")
    try:
        next(empty)
    except StopIteration as e:
        print("stop", e.value)
    try:
        anext(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    del aw
    print(sys.getrefcount(default))


asyncio.run(main())
