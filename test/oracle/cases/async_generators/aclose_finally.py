# Closing async generators: aclose() runs the finally at the yield it stopped at (twice is harmless,
# __anext__() then raises StopAsyncIteration); a generator dropped mid-iteration (break) is handed to
# asyncio's finalizer hook, whose aclose() task runs its finally later; asyncio.run's shutdown_asyncgens
# closes the ones still suspended at the end; a yield in the finally is "ignored GeneratorExit".
import asyncio
import sys

async def agen(name):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finally")

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def main():
    async for v in agen("broken"):
        if v == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after a sleep")
    await asyncio.sleep(0)
    g = agen("closed")
    print(await g.__anext__())
    print("aclose ->", await g.aclose())
    print("again ->", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    fresh = agen("never started")
    print("aclose fresh ->", await fresh.aclose())
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    left = agen("left suspended")
    print(await left.__anext__())
    print("hooks installed:", sys.get_asyncgen_hooks().finalizer is not None)
    print("main returns")

asyncio.run(main())
print("hooks after run:", sys.get_asyncgen_hooks())
