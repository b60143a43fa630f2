# What an async generator refuses: a StopIteration or StopAsyncIteration raised inside becomes
# RuntimeError; a second __anext__() while the first is still awaiting is "already running"; an
# awaited __anext__() awaitable cannot be reused; a plain for loop or an await of the generator are
# TypeErrors; asend() of a value to a just-started generator.
import asyncio

async def raises(exc):
    yield 1
    raise exc

async def slow():
    await asyncio.sleep(0.01)
    yield "slow"

async def main():
    for exc in (StopIteration(5), StopAsyncIteration()):
        g = raises(exc)
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    g = slow()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    g = slow()
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        for x in slow():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await slow()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await slow().asend(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
