# Asynchronous comprehensions: list, set and dict comprehensions over an async generator (`async for`),
# with conditions, nested with a plain `for`, awaits in the element, an asynchronous generator
# expression consumed by `async for`, and the generator's locals released once the comprehension is done.
import asyncio
import sys

class Token:
    pass

async def count(n, hold=None):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in count(5)])
    print([x async for x in count(6) if x % 2])
    print(sorted({x % 3 async for x in count(7)}))
    print({x: x * x async for x in count(4)})
    print([(x, y) async for x in count(3) for y in "ab"])
    print([await double(x) async for x in count(4)])
    print([await double(x) for x in range(3)])
    agen = (x * 10 async for x in count(3))
    print(type(agen).__name__)
    print([v async for v in agen])
    print([[y async for y in count(x)] async for x in count(4)])
    t = Token()
    print("token", sys.getrefcount(t))
    items = [x async for x in count(2, t)]
    print("after", sys.getrefcount(t), items)

asyncio.run(main())
