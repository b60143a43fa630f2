import asyncio

class Ticker:
    """An asynchronous iterator: each step awaits the clock."""
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def count(name, n, delay):
    total = 0
    async for k in Ticker(n, delay):
        print(name, k)
        total += k
    else:
        print(name, "exhausted")
    return total

async def early():
    async for k in Ticker(10, 0.01):
        if k == 2:
            continue
        if k == 4:
            break
        print("early", k)
    else:
        print("never printed")
    return k

class BadIter:
    def __aiter__(self):
        return 5

class NoAwait:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

class Raises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("inside __anext__")

async def errors():
    for obj in [object(), BadIter(), NoAwait()]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print(e, "| cause:", repr(e.__cause__))
    try:
        async for x in Raises():
            pass
    except KeyError as e:
        print("KeyError", e)

async def main():
    print(await asyncio.gather(count("a", 3, 0.02), count("b", 2, 0.03)))
    print(await early())
    await errors()

asyncio.run(main())
