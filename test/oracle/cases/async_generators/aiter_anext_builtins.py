# The builtins aiter() and anext() (without a default): the async iterator __aiter__ gives, the awaitable
# __anext__ gives (an async generator's asend object), awaited to the next value, StopAsyncIteration at the
# end; their TypeErrors; and the references they take.
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


class BadAiter:
    def __aiter__(self):
        return 5


async def main():
    gen = countdown(2)
    it = aiter(gen)
    print(it is gen, sys.getrefcount(gen))
    step = anext(it)
    print(type(step).__name__, sys.getrefcount(gen))
    print(await step)
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("end of the generator")

    ticker = Ticker(2)
    print(aiter(ticker) is ticker, sys.getrefcount(ticker))
    first = anext(ticker)
    print(type(first).__name__)
    print(await first, await anext(ticker))
    try:
        await anext(ticker)
    except StopAsyncIteration:
        print("end of the ticker")

    for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter(BadAiter()), lambda: aiter(), lambda: anext(),
                lambda: anext(1, 2, 3), lambda: aiter(1, 2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
